// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.json.ValueKind.Part;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Blank;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.DatePrecision;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.NotApplicable;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.SubcategoryKind;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import io.github.jixiao.model.Unparsed;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the form onto a {@link JsonCursor}: the exact inverse of {@link FormWriter}. Keys may come in any order;
 * every problem is a {@link FormReadException} naming the JSON pointer and what was expected. Each method reads one
 * value, from its first token to its last, as the cursor's do.
 */
final class FormReader {

    private static final String CNY = Amount.CURRENCY_CODE;

    private static final AmountUnit[] AMOUNT_UNITS = AmountUnit.values();

    private FormReader() {
    }

    // ---- forms ----

    static SelfEvaluation form(JsonCursor r) throws IOException {
        SelfEvaluation.Builder b = SelfEvaluation.builder();
        Origins origins = new Origins();
        Origins treeOrigins = new Origins();
        Project project = null;
        Funding funding = null;
        List<Category> categories = null;
        Optional<BigDecimal> indicatorPoints = Optional.empty();
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "title" -> b.title(citedOptional(r, origins, Field.TITLE, JsonCursor::string));
                case "year" -> b.year(citedOptional(r, origins, Field.YEAR, FormReader::year));
                case "project" -> project = project(r);
                case "funding" -> funding = funding(r);
                case "goal" -> b.goal(goal(r, origins));
                case "indicators" -> categories = r.array(FormReader::category);
                case "indicatorPoints" -> indicatorPoints = citedOptional(r, treeOrigins, Field.POINTS, JsonCursor::decimal);
                case "reportedWeightTotal" -> b.reportedWeightTotal(citedOptional(r, origins, Field.WEIGHT_TOTAL, JsonCursor::decimal));
                case "reportedTotal" -> b.reportedTotal(citedOptional(r, origins, Field.TOTAL, JsonCursor::decimal));
                case "reportedGrade" -> b.reportedGrade(citedOptional(r, origins, Field.GRADE, JsonCursor::string));
                case "remarks" -> b.remarks(r.array(FormReader::remark));
                case "origins" -> origins.printed(r);
                default -> r.unknown(name, "title, year, project, funding, goal, indicators, indicatorPoints, "
                        + "reportedWeightTotal, reportedTotal, reportedGrade, remarks, origins");
            }
        }
        Map<Field, Origin> cited = origins.resolved();
        Origin points = cited.remove(Field.POINTS);
        if (points != null) {
            treeOrigins.print(Field.POINTS, points);
        }
        IndicatorTree tree = IndicatorTree.builder().categories(r.required(categories, "indicators"))
                .printedPoints(indicatorPoints).origins(treeOrigins.resolved()).build();
        b.project(r.required(project, "project")).funding(r.required(funding, "funding")).indicators(tree)
                .origins(cited);
        return r.build(b::build);
    }

    static Year year(JsonCursor r) throws IOException {
        int year = r.integer();
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw r.error("expected a year, found " + year);
        }
        return Year.of(year);
    }

    static Project project(JsonCursor r) throws IOException {
        Project.Builder b = Project.builder();
        Origins origins = new Origins();
        String name = null;
        for (String field = r.firstField(); field != null; field = r.nextField()) {
            switch (field) {
                case "name" -> name = cite(r, origins, Field.NAME, JsonCursor::string);
                case "code" -> b.code(citedOptional(r, origins, Field.CODE, JsonCursor::string));
                case "department" -> b.department(citedOptional(r, origins, Field.DEPARTMENT, JsonCursor::string));
                case "implementingUnit" -> b.implementingUnit(citedOptional(r, origins, Field.IMPLEMENTING_UNIT, JsonCursor::string));
                case "lead" -> b.lead(citedOptional(r, origins, Field.LEAD, JsonCursor::string));
                case "phone" -> b.phone(citedOptional(r, origins, Field.PHONE, JsonCursor::string));
                case "amount" -> b.amount(citedOptional(r, origins, Field.PROJECT_AMOUNT, FormReader::amount));
                case "otherFields" -> b.otherFields(texts(r));
                case "origins" -> origins.printed(r);
                default -> r.unknown(field, "name, code, department, implementingUnit, lead, phone, amount, otherFields, "
                        + "origins");
            }
        }
        b.name(r.required(name, "name")).origins(origins.resolved());
        return r.build(b::build);
    }

    static Funding funding(JsonCursor r) throws IOException {
        Funding.Builder b = Funding.builder();
        Origins origins = new Origins();
        AmountUnit unit = null;
        List<FundingSource> sources = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "unit" -> unit = amountUnit(r);
                case "weight" -> b.weight(citedOptional(r, origins, Field.WEIGHT, JsonCursor::decimal));
                case "printedPoints" -> b.printedPoints(citedOptional(r, origins, Field.POINTS, JsonCursor::decimal));
                case "reportedScore" -> b.reportedScore(citedOptional(r, origins, Field.SCORE, JsonCursor::decimal));
                case "total" -> b.total(r.optional(FormReader::fundingSource));
                case "sources" -> sources = r.array(FormReader::fundingSource);
                case "origins" -> origins.printed(r);
                default -> r.unknown(name, "unit, weight, printedPoints, reportedScore, total, sources, origins");
            }
        }
        b.unit(r.required(unit, "unit")).sources(r.required(sources, "sources")).origins(origins.resolved());
        return r.build(b::build);
    }

    static FundingSource fundingSource(JsonCursor r) throws IOException {
        FundingSource.Builder b = FundingSource.builder();
        Origins origins = new Origins();
        String label = null;
        FundingKind kind = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "label" -> label = cite(r, origins, Field.LABEL, JsonCursor::string);
                case "kind" -> kind = r.code(FundingKind.class);
                case "initialBudget" -> b.initialBudget(citedOptional(r, origins, Field.INITIAL_BUDGET, FormReader::amount));
                case "adjustedBudget" -> b.adjustedBudget(citedOptional(r, origins, Field.ADJUSTED_BUDGET, FormReader::amount));
                case "executed" -> b.executed(citedOptional(r, origins, Field.EXECUTED, FormReader::amount));
                case "reportedRate" -> b.reportedRate(citedOptional(r, origins, Field.RATE, FormReader::quantity));
                case "origins" -> origins.printed(r);
                default -> r.unknown(name, "label, kind, initialBudget, adjustedBudget, executed, reportedRate, origins");
            }
        }
        b.label(r.required(label, "label")).origins(origins.resolved());
        FundingSource source = r.build(b::build);
        return checkKind(r, kind, source.kind(), source);
    }

    static Amount amount(JsonCursor r) throws IOException {
        BigDecimal number = null;
        String currency = null;
        AmountUnit unit = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "amount" -> number = r.decimal(Decimals.MONEY);
                case "currency" -> {
                    r.expect(JsonToken.VALUE_STRING, "a string");
                    if (!r.textIs(CNY)) {
                        throw r.error("expected the currency \"CNY\" (forms are in 人民币), found \""
                                + r.parser().getText() + "\"");
                    }
                    currency = CNY;
                }
                case "unit" -> unit = amountUnit(r);
                default -> r.unknown(name, "amount, currency, unit");
            }
        }
        r.required(currency, "currency");
        return new Amount(r.required(number, "amount"), r.required(unit, "unit"));
    }

    /** The annual goal; where its two texts are is recorded with the form's origins. */
    static AnnualGoal goal(JsonCursor r, Origins formOrigins) throws IOException {
        String expected = null;
        String actual = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "expected" -> expected = cite(r, formOrigins, Field.GOAL_EXPECTED, JsonCursor::string);
                case "actual" -> actual = cite(r, formOrigins, Field.GOAL_ACTUAL, JsonCursor::string);
                default -> r.unknown(name, "expected, actual");
            }
        }
        return new AnnualGoal(r.required(expected, "expected"), r.required(actual, "actual"));
    }

    static Remark remark(JsonCursor r) throws IOException {
        Origins origins = new Origins();
        String label = null;
        String text = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "label" -> label = cite(r, origins, Field.LABEL, JsonCursor::string);
                case "text" -> text = r.string();
                case "origins" -> origins.printed(r);
                default -> r.unknown(name, "label, text, origins");
            }
        }
        Map<Field, Origin> cited = origins.resolved();
        Remark remark = Remark.of(r.required(label, "label"), r.required(text, "text"));
        return cited.containsKey(Field.LABEL) ? Remark.of(remark.label(), remark.text(), cited.get(Field.LABEL)) : remark;
    }

    static Category category(JsonCursor r) throws IOException {
        Category.Builder b = Category.builder();
        Origins origins = new Origins();
        String label = null;
        CategoryKind kind = null;
        List<Subcategory> subcategories = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "label" -> label = cite(r, origins, Field.LABEL, JsonCursor::string);
                case "kind" -> kind = r.code(CategoryKind.class);
                case "subcategories" -> subcategories = r.array(FormReader::subcategory);
                case "origins" -> origins.printed(r);
                default -> r.unknown(name, "label, kind, subcategories, origins");
            }
        }
        b.label(r.required(label, "label")).subcategories(r.required(subcategories, "subcategories"))
                .origins(origins.resolved());
        Category category = r.build(b::build);
        return checkKind(r, kind, category.kind(), category);
    }

    static Subcategory subcategory(JsonCursor r) throws IOException {
        Subcategory.Builder b = Subcategory.builder();
        Origins origins = new Origins();
        String label = null;
        SubcategoryKind kind = null;
        List<Indicator> indicators = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "label" -> label = cite(r, origins, Field.LABEL, JsonCursor::string);
                case "kind" -> kind = r.code(SubcategoryKind.class);
                case "indicators" -> indicators = r.array(FormReader::indicator);
                case "origins" -> origins.printed(r);
                default -> r.unknown(name, "label, kind, indicators, origins");
            }
        }
        b.label(r.required(label, "label")).indicators(r.required(indicators, "indicators"))
                .origins(origins.resolved());
        Subcategory subcategory = r.build(b::build);
        return checkKind(r, kind, subcategory.kind(), subcategory);
    }

    static Indicator indicator(JsonCursor r) throws IOException {
        Indicator.Builder b = Indicator.builder();
        Origins origins = new Origins();
        String name = null;
        Target target = null;
        Actual actual = null;
        String deviationNote = null;
        for (String field = r.firstField(); field != null; field = r.nextField()) {
            switch (field) {
                case "name" -> name = cite(r, origins, Field.NAME, JsonCursor::string);
                case "target" -> target = cite(r, origins, Field.TARGET, FormReader::target);
                case "actual" -> actual = cite(r, origins, Field.ACTUAL, FormReader::actual);
                case "weight" -> b.weight(citedOptional(r, origins, Field.WEIGHT, JsonCursor::decimal));
                case "reportedScore" -> b.reportedScore(citedOptional(r, origins, Field.SCORE, JsonCursor::decimal));
                case "deviationNote" -> deviationNote = cite(r, origins, Field.NOTE, JsonCursor::string);
                case "otherValues" -> b.otherValues(texts(r));
                case "origins" -> origins.printed(r);
                default -> r.unknown(field, "name, target, actual, weight, reportedScore, deviationNote, otherValues, "
                        + "origins");
            }
        }
        b.name(r.required(name, "name")).target(r.required(target, "target")).actual(r.required(actual, "actual"))
                .deviationNote(r.required(deviationNote, "deviationNote")).origins(origins.resolved());
        return r.build(b::build);
    }

    /** An object of texts by name, in document order: {@code {"备注": "…"}}. */
    static Map<String, String> texts(JsonCursor r) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            texts.put(name, r.string());
        }
        return texts;
    }

    /** The annual goal on its own (through {@link JixiaoModule}): where its texts are is not kept. */
    static AnnualGoal goal(JsonCursor r) throws IOException {
        return goal(r, new Origins());
    }

    /** An indicator tree on its own (through {@link JixiaoModule}): its categories; printed points belong to the form. */
    static IndicatorTree indicators(JsonCursor r) throws IOException {
        return IndicatorTree.of(r.array(FormReader::category));
    }

    /** Reads an optional value ({@code null} is absent), noting its JSON pointer as the origin of a field. */
    static <T> Optional<T> citedOptional(JsonCursor r, Origins origins, Field field, JsonCursor.Read<T> read)
            throws IOException {
        origins.at(field, r.origin());
        return r.optional(read);
    }

    /** Reads a value, noting the JSON pointer where it is as the origin of a field. */
    static <T> T cite(JsonCursor r, Origins origins, Field field, JsonCursor.Read<T> read)
            throws IOException {
        origins.at(field, r.origin());
        return read.read(r);
    }

    /** An origin object: {@code {"document": …, "part": …, "place": …}}. */
    static Origin origin(JsonCursor r) throws IOException {
        String document = null;
        String part = null;
        String place = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "document" -> document = r.string();
                case "part" -> part = r.string();
                case "place" -> place = r.string();
                default -> r.unknown(name, "document, part, place");
            }
        }
        return new Origin(r.required(document, "document"), r.required(part, "part"), r.required(place, "place"));
    }

    // ---- targets and actuals ----

    static Target target(JsonCursor r) throws IOException {
        ValueFields v = valueFields(r, true);
        Target written = switch (v.kind) {
            case QUANTITATIVE -> new Target.Quantitative(v.text, Optional.ofNullable(v.comparator), v.quantity);
            case RANGE -> r.build(() -> new Target.Range(v.text, v.low, v.high));
            case DEADLINE -> new Target.Deadline(v.text, v.date, v.precision);
            case QUALITATIVE -> new Target.Qualitative(v.text);
            case NOT_APPLICABLE -> new NotApplicable(v.text);
            case BLANK -> r.build(() -> new Blank(v.text));
            default -> r.build(() -> new Unparsed(v.text, v.reason, v.errorIndex));
        };
        return asPrinted(r, written, Target.parse(v.text), written.canonicalText(), "target", "年度指标值");
    }

    static Actual actual(JsonCursor r) throws IOException {
        ValueFields v = valueFields(r, false);
        Actual written = switch (v.kind) {
            case MEASURED -> new Actual.Measured(v.text, v.quantity);
            case BOUND -> new Actual.Bound(v.text, v.comparator, v.quantity);
            case DATE -> new Actual.OnDate(v.text, v.date, v.precision);
            case ACHIEVEMENT -> {
                if (v.levelLabel != null && !v.levelLabel.equals(v.level.label())) {
                    throw r.error("levelLabel \"" + v.levelLabel + "\" does not match level \"" + Codes.of(v.level)
                            + "\"; expected \"" + v.level.label() + "\"");
                }
                yield new Actual.Achievement(v.text, v.level);
            }
            case DESCRIBED -> new Actual.Described(v.text);
            case NOT_APPLICABLE -> new NotApplicable(v.text);
            case BLANK -> r.build(() -> new Blank(v.text));
            default -> r.build(() -> new Unparsed(v.text, v.reason, v.errorIndex));
        };
        return asPrinted(r, written, Actual.parse(v.text), written.canonicalText(), "actual", "实际完成值");
    }

    /**
     * The value as its text reads: the text is what was printed, and parsed parts that say otherwise (a quantity of
     * 99999 beside the text 15000) would score what the form never said.
     */
    private static <T> T asPrinted(JsonCursor r, T written, T printed, String writtenValue, String what,
            String whatZh) throws FormReadException {
        if (written.equals(printed)) {
            return written;
        }
        String text = printed instanceof Target t ? t.text() : ((Actual) printed).text();
        String reads = printed instanceof Target t ? t.canonicalText() : ((Actual) printed).canonicalText();
        r.textDisagrees(Finding.of("JSON_VALUE_FROM_TEXT", Severity.WARNING, r.location(),
                whatZh + "“" + Finding.echo(text) + "”读作 " + reads + "，与文件中的解析值 " + writtenValue + " 不符；按原文读取",
                "the " + what + " \"" + Finding.echo(text) + "\" reads as " + reads + ", but the document's parsed value is "
                        + writtenValue + "; the text is what was printed, and it is read as such"));
        return printed;
    }

    /** The fields of a target or actual object; which ones are there is checked against the kind. */
    private static final class ValueFields {
        int present;
        String text;
        ValueKind kind;
        Comparison comparator;
        Quantity quantity;
        Quantity low;
        Quantity high;
        LocalDate date;
        DatePrecision precision;
        AchievementLevel level;
        String levelLabel;
        String reason;
        int errorIndex;
    }

    private static ValueFields valueFields(JsonCursor r, boolean forTarget) throws IOException {
        ValueFields v = new ValueFields();
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            int field;
            switch (name) {
                case "text" -> {
                    field = Part.TEXT;
                    v.text = r.string();
                }
                case "kind" -> {
                    field = Part.KIND;
                    v.kind = kind(r, forTarget);
                }
                case "comparator" -> {
                    field = Part.COMPARATOR;
                    v.comparator = r.code(Comparison.class);
                }
                case "quantity" -> {
                    field = Part.QUANTITY;
                    v.quantity = quantity(r);
                }
                case "low" -> {
                    field = Part.LOW;
                    v.low = quantity(r);
                }
                case "high" -> {
                    field = Part.HIGH;
                    v.high = quantity(r);
                }
                case "due" -> {
                    field = Part.DUE;
                    v.date = r.date();
                }
                case "date" -> {
                    field = Part.DATE;
                    v.date = r.date();
                }
                case "precision" -> {
                    field = Part.PRECISION;
                    v.precision = r.code(DatePrecision.class);
                }
                case "level" -> {
                    field = Part.LEVEL;
                    v.level = r.code(AchievementLevel.class);
                }
                case "levelLabel" -> {
                    field = Part.LEVEL_LABEL;
                    v.levelLabel = r.string();
                }
                case "reason" -> {
                    field = Part.REASON;
                    v.reason = r.string();
                }
                case "errorIndex" -> {
                    field = Part.ERROR_INDEX;
                    v.errorIndex = r.integer();
                }
                default -> {
                    field = 0;
                    r.unknown(name, "text, kind and the fields of the kind");
                }
            }
            v.present |= field;
        }
        r.required(v.kind, "kind");
        int missing = v.kind.required & ~v.present;
        if (missing != 0) {
            throw r.error("missing required field \"" + Part.NAMES[Integer.numberOfTrailingZeros(missing)]
                    + "\" of a " + (forTarget ? "target" : "actual") + " of kind \"" + v.kind.code + "\"");
        }
        int extra = v.present & ~v.kind.allowed;
        if (extra != 0) {
            throw r.error("field \"" + Part.NAMES[Integer.numberOfTrailingZeros(extra)] + "\" does not belong to a "
                    + (forTarget ? "target" : "actual") + " of kind \"" + v.kind.code + "\"");
        }
        return v;
    }

    private static ValueKind kind(JsonCursor r, boolean forTarget) throws IOException {
        if (r.parser().currentToken() != JsonToken.VALUE_STRING) {
            throw r.wrongType(ValueKind.expected(forTarget));
        }
        for (ValueKind kind : ValueKind.all()) {
            if (kind.isFor(forTarget) && r.textIs(kind.code)) {
                return kind;
            }
        }
        throw r.error("expected " + ValueKind.expected(forTarget) + ", found \"" + r.parser().getText() + "\"");
    }

    static Quantity quantity(JsonCursor r) throws IOException {
        BigDecimal value = null;
        Unit unit = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "value" -> value = r.decimal();
                case "unit" -> unit = Unit.of(r.string());
                default -> r.unknown(name, "value, unit");
            }
        }
        return new Quantity(r.required(value, "value"), r.required(unit, "unit"));
    }

    static Finding finding(JsonCursor r) throws IOException {
        String code = null;
        Severity severity = null;
        String location = null;
        Optional<String> reported = Optional.empty();
        Optional<String> computed = Optional.empty();
        Optional<Origin> origin = Optional.empty();
        String messageZh = null;
        String messageEn = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "code" -> code = r.string();
                case "severity" -> severity = r.code(Severity.class);
                case "location" -> location = r.string();
                case "origin" -> origin = r.optional(FormReader::origin);
                case "reported" -> reported = r.optional(JsonCursor::string);
                case "computed" -> computed = r.optional(JsonCursor::string);
                case "messageZh" -> messageZh = r.string();
                case "messageEn" -> messageEn = r.string();
                default -> r.unknown(name, "code, severity, location, origin, reported, computed, messageZh, messageEn");
            }
        }
        return new Finding(r.required(code, "code"), r.required(severity, "severity"), r.required(location, "location"),
                origin, reported, computed, r.required(messageZh, "messageZh"), r.required(messageEn, "messageEn"));
    }

    static AmountUnit amountUnit(JsonCursor r) throws IOException {
        r.expect(JsonToken.VALUE_STRING, "\"元\" or \"万元\"");
        for (AmountUnit unit : AMOUNT_UNITS) {
            if (r.textIs(unit.symbol())) {
                return unit;
            }
        }
        throw r.error("expected \"元\" or \"万元\", found \"" + r.parser().getText() + "\"");
    }

    /** The value, after checking a derived {@code kind} field, if present, against what the label gives. */
    private static <T, E extends Enum<E>> T checkKind(JsonCursor r, E written, E derived, T value)
            throws FormReadException {
        if (written != null && written != derived) {
            throw r.error("kind \"" + Codes.of(written) + "\" does not match the label, which is of kind \""
                    + Codes.of(derived) + "\"; omit kind or write \"" + Codes.of(derived) + "\"");
        }
        return value;
    }
}
