package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the model from a streaming parser: the exact inverse of {@link FormWriter}. Keys may come in any
 * order; every problem is a {@link FormReadException} naming the JSON pointer and what was expected.
 *
 * <p>Each {@code read} method starts with the parser on the first token of its value and leaves it on the
 * last ({@code END_OBJECT}, {@code END_ARRAY} or the scalar).
 */
final class FormReader {

    /** Reads one value of type {@code T} with a form reader. */
    @FunctionalInterface
    interface Read<T> {
        T read(FormReader reader) throws IOException;
    }

    /**
     * What the reader does with what a document should not hold: a field the format does not have (called with the
     * parser on the field's value), and a target or actual whose parsed parts contradict its text.
     */
    interface Surprises {
        void unknownField(FormReader reader, String name, String expected) throws IOException;

        /**
         * A value whose parts say otherwise than its text; the reader goes on with what the text says.
         *
         * @param reader the reader, on the value
         * @param finding what to report, at the value's pointer
         * @throws FormReadException to refuse instead
         */
        void textDisagrees(FormReader reader, Finding finding) throws FormReadException;
    }

    /** Unknown fields and values that contradict their text are errors. */
    static final Surprises STRICT = new Surprises() {
        @Override
        public void unknownField(FormReader reader, String name, String expected) throws FormReadException {
            throw reader.error("unknown field \"" + name + "\"; expected " + expected);
        }

        @Override
        public void textDisagrees(FormReader reader, Finding finding) throws FormReadException {
            throw reader.error(finding.messageEn());
        }
    };

    /**
     * Unknown fields are skipped, as a Jackson mapper without {@code FAIL_ON_UNKNOWN_PROPERTIES} skips them; a
     * value that contradicts its text is still an error, as there is nowhere to report it.
     */
    static final Surprises SKIP_UNKNOWN = new Surprises() {
        @Override
        public void unknownField(FormReader reader, String name, String expected) throws IOException {
            reader.p.skipChildren();
        }

        @Override
        public void textDisagrees(FormReader reader, Finding finding) throws FormReadException {
            STRICT.textDisagrees(reader, finding);
        }
    };

    /**
     * Unknown fields become {@code JSON_UNKNOWN_FIELD} warnings and their values are skipped; a value that
     * contradicts its text is read from its text with a {@code JSON_VALUE_FROM_TEXT} warning.
     */
    static final Surprises LENIENT = new Surprises() {
        @Override
        public void unknownField(FormReader reader, String name, String expected) throws IOException {
            reader.findings.add(Finding.of("JSON_UNKNOWN_FIELD", Severity.WARNING, reader.location(),
                    "未知字段 \"" + name + "\" 已忽略", "Unknown field \"" + name + "\" skipped; expected " + expected));
            reader.p.skipChildren();
        }

        @Override
        public void textDisagrees(FormReader reader, Finding finding) {
            reader.findings.add(finding);
        }
    };

    private static final String CNY = Amount.CURRENCY_CODE;

    private static final AmountUnit[] AMOUNT_UNITS = AmountUnit.values();

    private final JsonParser p;
    private final String source;
    private final Surprises surprises;
    private final List<Finding> findings = new ArrayList<>();
    /** The field names of the objects being read, innermost last, to reject a name given twice. */
    private String[] names = new String[32];
    private int nameCount;
    /** Where each object being read starts in {@link #names}. */
    private int[] objectStarts = new int[16];
    private int depth;

    FormReader(JsonParser p, String source, Surprises surprises) {
        this.p = p;
        this.source = source;
        this.surprises = surprises;
    }

    List<Finding> findings() {
        return findings;
    }

    JsonParser parser() {
        return p;
    }

    // ---- forms ----

    SelfEvaluation form() throws IOException {
        SelfEvaluation.Builder b = SelfEvaluation.builder();
        Origins origins = new Origins(source);
        Origins treeOrigins = new Origins(source);
        Project project = null;
        Funding funding = null;
        List<Category> categories = null;
        Optional<BigDecimal> indicatorPoints = Optional.empty();
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "title" -> b.title(citedOptional(origins, Field.TITLE, FormReader::string));
                case "year" -> b.year(citedOptional(origins, Field.YEAR, FormReader::year));
                case "project" -> project = project();
                case "funding" -> funding = funding();
                case "goal" -> b.goal(goal(origins));
                case "indicators" -> categories = array(FormReader::category);
                case "indicatorPoints" -> indicatorPoints = citedOptional(treeOrigins, Field.POINTS, FormReader::decimal);
                case "reportedWeightTotal" -> b.reportedWeightTotal(citedOptional(origins, Field.WEIGHT_TOTAL, FormReader::decimal));
                case "reportedTotal" -> b.reportedTotal(citedOptional(origins, Field.TOTAL, FormReader::decimal));
                case "reportedGrade" -> b.reportedGrade(citedOptional(origins, Field.GRADE, FormReader::string));
                case "remarks" -> b.remarks(array(FormReader::remark));
                case "origins" -> origins.printed(this);
                default -> unknown(name, "title, year, project, funding, goal, indicators, indicatorPoints, "
                        + "reportedWeightTotal, reportedTotal, reportedGrade, remarks, origins");
            }
        }
        Map<Field, Origin> cited = origins.resolved();
        Origin points = cited.remove(Field.POINTS);
        if (points != null) {
            treeOrigins.print(Field.POINTS, points);
        }
        IndicatorTree tree = IndicatorTree.builder().categories(required(categories, "indicators"))
                .printedPoints(indicatorPoints).origins(treeOrigins.resolved()).build();
        b.project(required(project, "project")).funding(required(funding, "funding")).indicators(tree)
                .origins(cited);
        return build(b::build);
    }

    Year year() throws IOException {
        int year = integer();
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw error("expected a year, found " + year);
        }
        return Year.of(year);
    }

    Project project() throws IOException {
        Project.Builder b = Project.builder();
        Origins origins = new Origins(source);
        String name = null;
        for (String field = firstField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = cite(origins, Field.NAME, FormReader::string);
                case "code" -> b.code(citedOptional(origins, Field.CODE, FormReader::string));
                case "department" -> b.department(citedOptional(origins, Field.DEPARTMENT, FormReader::string));
                case "implementingUnit" -> b.implementingUnit(citedOptional(origins, Field.IMPLEMENTING_UNIT, FormReader::string));
                case "lead" -> b.lead(citedOptional(origins, Field.LEAD, FormReader::string));
                case "phone" -> b.phone(citedOptional(origins, Field.PHONE, FormReader::string));
                case "amount" -> b.amount(citedOptional(origins, Field.PROJECT_AMOUNT, FormReader::amount));
                case "otherFields" -> b.otherFields(texts());
                case "origins" -> origins.printed(this);
                default -> unknown(field, "name, code, department, implementingUnit, lead, phone, amount, otherFields, "
                        + "origins");
            }
        }
        b.name(required(name, "name")).origins(origins.resolved());
        return build(b::build);
    }

    Funding funding() throws IOException {
        Funding.Builder b = Funding.builder();
        Origins origins = new Origins(source);
        AmountUnit unit = null;
        List<FundingSource> sources = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "unit" -> unit = amountUnit();
                case "weight" -> b.weight(citedOptional(origins, Field.WEIGHT, FormReader::decimal));
                case "printedPoints" -> b.printedPoints(citedOptional(origins, Field.POINTS, FormReader::decimal));
                case "reportedScore" -> b.reportedScore(citedOptional(origins, Field.SCORE, FormReader::decimal));
                case "total" -> b.total(optional(FormReader::fundingSource));
                case "sources" -> sources = array(FormReader::fundingSource);
                case "origins" -> origins.printed(this);
                default -> unknown(name, "unit, weight, printedPoints, reportedScore, total, sources, origins");
            }
        }
        b.unit(required(unit, "unit")).sources(required(sources, "sources")).origins(origins.resolved());
        return build(b::build);
    }

    FundingSource fundingSource() throws IOException {
        FundingSource.Builder b = FundingSource.builder();
        Origins origins = new Origins(source);
        String label = null;
        FundingKind kind = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = cite(origins, Field.LABEL, FormReader::string);
                case "kind" -> kind = code(FundingKind.class);
                case "initialBudget" -> b.initialBudget(citedOptional(origins, Field.INITIAL_BUDGET, FormReader::amount));
                case "adjustedBudget" -> b.adjustedBudget(citedOptional(origins, Field.ADJUSTED_BUDGET, FormReader::amount));
                case "executed" -> b.executed(citedOptional(origins, Field.EXECUTED, FormReader::amount));
                case "reportedRate" -> b.reportedRate(citedOptional(origins, Field.RATE, FormReader::quantity));
                case "origins" -> origins.printed(this);
                default -> unknown(name, "label, kind, initialBudget, adjustedBudget, executed, reportedRate, origins");
            }
        }
        b.label(required(label, "label")).origins(origins.resolved());
        FundingSource source = build(b::build);
        return checkKind(kind, source.kind(), source);
    }

    Amount amount() throws IOException {
        BigDecimal number = null;
        String currency = null;
        AmountUnit unit = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "amount" -> number = decimal(Decimals.MONEY);
                case "currency" -> {
                    expect(JsonToken.VALUE_STRING, "a string");
                    if (!textIs(CNY)) {
                        throw error("expected the currency \"CNY\" (forms are in 人民币), found \"" + p.getText() + "\"");
                    }
                    currency = CNY;
                }
                case "unit" -> unit = amountUnit();
                default -> unknown(name, "amount, currency, unit");
            }
        }
        required(currency, "currency");
        return new Amount(required(number, "amount"), required(unit, "unit"));
    }

    /** The annual goal; where its two texts are is recorded with the form's origins. */
    AnnualGoal goal(Origins formOrigins) throws IOException {
        String expected = null;
        String actual = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "expected" -> expected = cite(formOrigins, Field.GOAL_EXPECTED, FormReader::string);
                case "actual" -> actual = cite(formOrigins, Field.GOAL_ACTUAL, FormReader::string);
                default -> unknown(name, "expected, actual");
            }
        }
        return new AnnualGoal(required(expected, "expected"), required(actual, "actual"));
    }

    Remark remark() throws IOException {
        Origins origins = new Origins(source);
        String label = null;
        String text = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = cite(origins, Field.LABEL, FormReader::string);
                case "text" -> text = string();
                case "origins" -> origins.printed(this);
                default -> unknown(name, "label, text, origins");
            }
        }
        Map<Field, Origin> cited = origins.resolved();
        Remark remark = Remark.of(required(label, "label"), required(text, "text"));
        return cited.containsKey(Field.LABEL) ? Remark.of(remark.label(), remark.text(), cited.get(Field.LABEL)) : remark;
    }

    Category category() throws IOException {
        Category.Builder b = Category.builder();
        Origins origins = new Origins(source);
        String label = null;
        CategoryKind kind = null;
        List<Subcategory> subcategories = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = cite(origins, Field.LABEL, FormReader::string);
                case "kind" -> kind = code(CategoryKind.class);
                case "subcategories" -> subcategories = array(FormReader::subcategory);
                case "origins" -> origins.printed(this);
                default -> unknown(name, "label, kind, subcategories, origins");
            }
        }
        b.label(required(label, "label")).subcategories(required(subcategories, "subcategories"))
                .origins(origins.resolved());
        Category category = build(b::build);
        return checkKind(kind, category.kind(), category);
    }

    Subcategory subcategory() throws IOException {
        Subcategory.Builder b = Subcategory.builder();
        Origins origins = new Origins(source);
        String label = null;
        SubcategoryKind kind = null;
        List<Indicator> indicators = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = cite(origins, Field.LABEL, FormReader::string);
                case "kind" -> kind = code(SubcategoryKind.class);
                case "indicators" -> indicators = array(FormReader::indicator);
                case "origins" -> origins.printed(this);
                default -> unknown(name, "label, kind, indicators, origins");
            }
        }
        b.label(required(label, "label")).indicators(required(indicators, "indicators")).origins(origins.resolved());
        Subcategory subcategory = build(b::build);
        return checkKind(kind, subcategory.kind(), subcategory);
    }

    Indicator indicator() throws IOException {
        Indicator.Builder b = Indicator.builder();
        Origins origins = new Origins(source);
        String name = null;
        Target target = null;
        Actual actual = null;
        String deviationNote = null;
        for (String field = firstField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = cite(origins, Field.NAME, FormReader::string);
                case "target" -> target = cite(origins, Field.TARGET, FormReader::target);
                case "actual" -> actual = cite(origins, Field.ACTUAL, FormReader::actual);
                case "weight" -> b.weight(citedOptional(origins, Field.WEIGHT, FormReader::decimal));
                case "reportedScore" -> b.reportedScore(citedOptional(origins, Field.SCORE, FormReader::decimal));
                case "deviationNote" -> deviationNote = cite(origins, Field.NOTE, FormReader::string);
                case "otherValues" -> b.otherValues(texts());
                case "origins" -> origins.printed(this);
                default -> unknown(field, "name, target, actual, weight, reportedScore, deviationNote, otherValues, "
                        + "origins");
            }
        }
        b.name(required(name, "name")).target(required(target, "target")).actual(required(actual, "actual"))
                .deviationNote(required(deviationNote, "deviationNote")).origins(origins.resolved());
        return build(b::build);
    }

    /** An object of texts by name, in document order: {@code {"备注": "…"}}. */
    Map<String, String> texts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name = firstField(); name != null; name = nextField()) {
            texts.put(name, string());
        }
        return texts;
    }

    /** The annual goal on its own (through {@link JixiaoModule}): where its texts are is not kept. */
    AnnualGoal goal() throws IOException {
        return goal(new Origins(source));
    }

    /** An indicator tree on its own (through {@link JixiaoModule}): its categories; printed points belong to the form. */
    IndicatorTree indicators() throws IOException {
        return IndicatorTree.of(array(FormReader::category));
    }

    /** Reads an optional value ({@code null} is absent), noting its JSON pointer as the origin of a field. */
    <T> Optional<T> citedOptional(Origins origins, Field field, Read<T> read) throws IOException {
        origins.at(field, pointer());
        return optional(read);
    }

    /** Reads a value, noting the JSON pointer where it is as the origin of a field. */
    <T> T cite(Origins origins, Field field, Read<T> read) throws IOException {
        origins.at(field, pointer());
        return read.read(this);
    }

    /** An origin object: {@code {"document": …, "part": …, "place": …}}. */
    Origin origin() throws IOException {
        String document = null;
        String part = null;
        String place = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "document" -> document = string();
                case "part" -> part = string();
                case "place" -> place = string();
                default -> unknown(name, "document, part, place");
            }
        }
        return new Origin(required(document, "document"), required(part, "part"), required(place, "place"));
    }

    // ---- targets and actuals ----

    Target target() throws IOException {
        ValueFields v = valueFields(true);
        Target written = switch (v.kind) {
            case QUANTITATIVE -> new Target.Quantitative(v.text, Optional.ofNullable(v.comparator), v.quantity);
            case DEADLINE -> new Target.Deadline(v.text, v.date, v.precision);
            case QUALITATIVE -> new Target.Qualitative(v.text);
            case NOT_APPLICABLE -> new NotApplicable(v.text);
            case BLANK -> build(() -> new Blank(v.text));
            default -> build(() -> new Unparsed(v.text, v.reason, v.errorIndex));
        };
        return asPrinted(written, Target.parse(v.text), written.canonicalText(), "target", "年度指标值");
    }

    Actual actual() throws IOException {
        ValueFields v = valueFields(false);
        Actual written = switch (v.kind) {
            case MEASURED -> new Actual.Measured(v.text, v.quantity);
            case BOUND -> new Actual.Bound(v.text, v.comparator, v.quantity);
            case DATE -> new Actual.OnDate(v.text, v.date, v.precision);
            case ACHIEVEMENT -> {
                if (v.levelLabel != null && !v.levelLabel.equals(v.level.label())) {
                    throw error("levelLabel \"" + v.levelLabel + "\" does not match level \"" + Codes.of(v.level)
                            + "\"; expected \"" + v.level.label() + "\"");
                }
                yield new Actual.Achievement(v.text, v.level);
            }
            case DESCRIBED -> new Actual.Described(v.text);
            case NOT_APPLICABLE -> new NotApplicable(v.text);
            case BLANK -> build(() -> new Blank(v.text));
            default -> build(() -> new Unparsed(v.text, v.reason, v.errorIndex));
        };
        return asPrinted(written, Actual.parse(v.text), written.canonicalText(), "actual", "实际完成值");
    }

    /**
     * The value as its text reads: the text is what was printed, and parsed parts that say otherwise (a quantity of
     * 99999 beside the text 15000) would score what the form never said.
     */
    private <T> T asPrinted(T written, T printed, String writtenValue, String what, String whatZh)
            throws FormReadException {
        if (written.equals(printed)) {
            return written;
        }
        String text = printed instanceof Target t ? t.text() : ((Actual) printed).text();
        String reads = printed instanceof Target t ? t.canonicalText() : ((Actual) printed).canonicalText();
        surprises.textDisagrees(this, Finding.of("JSON_VALUE_FROM_TEXT", Severity.WARNING, location(),
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
        LocalDate date;
        DatePrecision precision;
        AchievementLevel level;
        String levelLabel;
        String reason;
        int errorIndex;
    }

    private ValueFields valueFields(boolean forTarget) throws IOException {
        ValueFields v = new ValueFields();
        for (String name = firstField(); name != null; name = nextField()) {
            int field;
            switch (name) {
                case "text" -> {
                    field = Part.TEXT;
                    v.text = string();
                }
                case "kind" -> {
                    field = Part.KIND;
                    v.kind = kind(forTarget);
                }
                case "comparator" -> {
                    field = Part.COMPARATOR;
                    v.comparator = code(Comparison.class);
                }
                case "quantity" -> {
                    field = Part.QUANTITY;
                    v.quantity = quantity();
                }
                case "due" -> {
                    field = Part.DUE;
                    v.date = date();
                }
                case "date" -> {
                    field = Part.DATE;
                    v.date = date();
                }
                case "precision" -> {
                    field = Part.PRECISION;
                    v.precision = code(DatePrecision.class);
                }
                case "level" -> {
                    field = Part.LEVEL;
                    v.level = code(AchievementLevel.class);
                }
                case "levelLabel" -> {
                    field = Part.LEVEL_LABEL;
                    v.levelLabel = string();
                }
                case "reason" -> {
                    field = Part.REASON;
                    v.reason = string();
                }
                case "errorIndex" -> {
                    field = Part.ERROR_INDEX;
                    v.errorIndex = integer();
                }
                default -> {
                    field = 0;
                    unknown(name, "text, kind and the fields of the kind");
                }
            }
            v.present |= field;
        }
        required(v.kind, "kind");
        int missing = v.kind.required & ~v.present;
        if (missing != 0) {
            throw error("missing required field \"" + Part.NAMES[Integer.numberOfTrailingZeros(missing)]
                    + "\" of a " + (forTarget ? "target" : "actual") + " of kind \"" + v.kind.code + "\"");
        }
        int extra = v.present & ~v.kind.allowed;
        if (extra != 0) {
            throw error("field \"" + Part.NAMES[Integer.numberOfTrailingZeros(extra)] + "\" does not belong to a "
                    + (forTarget ? "target" : "actual") + " of kind \"" + v.kind.code + "\"");
        }
        return v;
    }

    private ValueKind kind(boolean forTarget) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(ValueKind.expected(forTarget));
        }
        for (ValueKind kind : ValueKind.all()) {
            if (kind.isFor(forTarget) && textIs(kind.code)) {
                return kind;
            }
        }
        throw error("expected " + ValueKind.expected(forTarget) + ", found \"" + p.getText() + "\"");
    }

    Quantity quantity() throws IOException {
        BigDecimal value = null;
        Unit unit = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "value" -> value = decimal();
                case "unit" -> unit = Unit.of(string());
                default -> unknown(name, "value, unit");
            }
        }
        return new Quantity(required(value, "value"), required(unit, "unit"));
    }

    Finding finding() throws IOException {
        String code = null;
        Severity severity = null;
        String location = null;
        Optional<String> reported = Optional.empty();
        Optional<String> computed = Optional.empty();
        Optional<Origin> origin = Optional.empty();
        String messageZh = null;
        String messageEn = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "code" -> code = string();
                case "severity" -> severity = code(Severity.class);
                case "location" -> location = string();
                case "origin" -> origin = optional(FormReader::origin);
                case "reported" -> reported = optional(FormReader::string);
                case "computed" -> computed = optional(FormReader::string);
                case "messageZh" -> messageZh = string();
                case "messageEn" -> messageEn = string();
                default -> unknown(name, "code, severity, location, origin, reported, computed, messageZh, messageEn");
            }
        }
        return new Finding(required(code, "code"), required(severity, "severity"), required(location, "location"),
                origin, reported, computed, required(messageZh, "messageZh"), required(messageEn, "messageEn"));
    }

    // ---- scalars ----

    /**
     * A string, which must be Unicode text: a surrogate escape ({@code \uD800}) that is not half of a pair is refused
     * with its place, and so is a string longer than {@link JsonFormat#MAX_STRING_LENGTH} (a limit the parser of
     * {@link JsonFormat} applies itself; a mapper of the user's may not).
     */
    String string() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        String text = p.getText();
        if (text.length() > JsonFormat.MAX_STRING_LENGTH) {
            throw error("a string of " + text.length() + " characters; the limit is " + JsonFormat.MAX_STRING_LENGTH
                    + " (JsonFormat.MAX_STRING_LENGTH)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                JsonLocation at = p.currentTokenLocation();
                throw error(String.format("a lone surrogate \\u%04X at character %d of the string (line %d, column %d);"
                        + " a JSON string must be Unicode text", (int) c, i + 1, at.getLineNr(), at.getColumnNr()));
            }
        }
        return text;
    }

    boolean bool() throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType("true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    int integer() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, "an integer");
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error("expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", found "
                    + p.getText());
        }
        return p.getIntValue();
    }

    BigDecimal decimal() throws IOException {
        return decimal(Decimals.GENERAL);
    }

    BigDecimal decimal(Decimals kind) throws IOException {
        expect(JsonToken.VALUE_STRING, kind.expected());
        BigDecimal value = kind.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (value == null) {
            throw error("expected " + kind.expected() + ", found \"" + p.getText() + "\"");
        }
        return value;
    }

    LocalDate date() throws IOException {
        expect(JsonToken.VALUE_STRING, "an ISO-8601 date such as \"2021-12-31\"");
        try {
            return LocalDate.parse(p.getText());
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 date such as \"2021-12-31\", found \"" + p.getText() + "\"");
        }
    }

    AmountUnit amountUnit() throws IOException {
        expect(JsonToken.VALUE_STRING, "\"元\" or \"万元\"");
        for (AmountUnit unit : AMOUNT_UNITS) {
            if (textIs(unit.symbol())) {
                return unit;
            }
        }
        throw error("expected \"元\" or \"万元\", found \"" + p.getText() + "\"");
    }

    <E extends Enum<E>> E code(Class<E> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(Codes.expected(type));
        }
        String[] codes = Codes.codes(type);
        for (int i = 0; i < codes.length; i++) {
            if (textIs(codes[i])) {
                return Codes.constant(type, i);
            }
        }
        throw error("expected " + Codes.expected(type) + ", found \"" + p.getText() + "\"");
    }

    /** Whether the current string is {@code s}, compared in the parser's buffer without making a string. */
    private boolean textIs(String s) throws IOException {
        int length = p.getTextLength();
        if (length != s.length()) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- structure ----

    /** The value of an optional field: JSON {@code null} is the same as an absent field. */
    <T> Optional<T> optional(Read<T> read) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(read.read(this));
    }

    <T> List<T> array(Read<T> read) throws IOException {
        expect(JsonToken.START_ARRAY, "an array");
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(read.read(this));
        }
        return values;
    }

    /** The first field name of an object, or null if it is empty; moves the parser to the field's value. */
    String firstField() throws IOException {
        JsonToken token = p.currentToken();
        String name;
        if (token == JsonToken.START_OBJECT) {
            name = p.nextFieldName();
        } else if (token == JsonToken.FIELD_NAME) {
            name = p.currentName();
        } else {
            throw wrongType("an object");
        }
        if (depth == objectStarts.length) {
            objectStarts = Arrays.copyOf(objectStarts, depth * 2);
        }
        objectStarts[depth++] = nameCount;
        return value(name);
    }

    /** The next field name of an object, or null at its end; moves the parser to the field's value. */
    String nextField() throws IOException {
        return value(p.nextFieldName());
    }

    /**
     * Moves to the value of the field {@code name} after checking that the object has not had it before, or
     * closes the object when {@code name} is null. Names are few per object, so a scan beats a hash set.
     */
    private String value(String name) throws IOException {
        if (name == null) {
            nameCount = objectStarts[--depth];
            return null;
        }
        for (int i = objectStarts[depth - 1]; i < nameCount; i++) {
            if (names[i].equals(name)) {
                throw error("field \"" + name + "\" appears twice in this object; expected each field once");
            }
        }
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
        p.nextToken();
        return name;
    }

    void unknown(String name, String expected) throws IOException {
        surprises.unknownField(this, name, expected);
    }

    private void expect(JsonToken token, String expected) throws IOException {
        if (p.currentToken() != token) {
            throw wrongType(expected);
        }
    }

    <T> T required(T value, String field) throws FormReadException {
        if (value == null) {
            throw error("missing required field \"" + field + "\"");
        }
        return value;
    }

    /** The value, after checking a derived {@code kind} field, if present, against what the label gives. */
    private <T, E extends Enum<E>> T checkKind(E written, E derived, T value) throws FormReadException {
        if (written != null && written != derived) {
            throw error("kind \"" + Codes.of(written) + "\" does not match the label, which is of kind \""
                    + Codes.of(derived) + "\"; omit kind or write \"" + Codes.of(derived) + "\"");
        }
        return value;
    }

    <T> T build(Supplier<T> build) throws FormReadException {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private FormReadException wrongType(String expected) throws IOException {
        return error("expected " + expected + ", found " + describe(p.currentToken()));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString();
        }
    }

    /** An error at the current value, naming its JSON pointer. */
    FormReadException error(String reason) {
        return new FormReadException(source, pointer(), reason);
    }

    /** An error at a value read before, named by its JSON pointer. */
    FormReadException error(String pointer, String reason) {
        return new FormReadException(source, pointer, reason);
    }

    /** Where the current value is, as {@code source#pointer}, for findings and entries. */
    String location() {
        return source + "#" + pointer();
    }

    /** The JSON pointer of the current value: for {@code {} and [} the container itself. */
    String pointer() {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        return context.pathAsPointer().toString();
    }
}
