package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.audit.Finding;
import io.github.jixiao.audit.Severity;
import io.github.jixiao.json.ValueKind.Field;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparator;
import io.github.jixiao.model.DatePrecision;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.NotApplicable;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
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
import java.util.List;
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

    /** What to do with a field the format does not have; called with the parser on the field's value. */
    @FunctionalInterface
    interface UnknownFields {
        void unknown(FormReader reader, String name, String expected) throws IOException;
    }

    /** Unknown fields are errors. */
    static final UnknownFields STRICT = (reader, name, expected) -> {
        throw reader.error("unknown field \"" + name + "\"; expected " + expected);
    };

    private static final String CNY = Amount.CURRENCY_CODE;

    private static final AmountUnit[] AMOUNT_UNITS = AmountUnit.values();

    private final JsonParser p;
    private final String source;
    private final UnknownFields unknownFields;
    private final List<Finding> findings = new ArrayList<>();
    /** The field names of the objects being read, innermost last, to reject a name given twice. */
    private String[] names = new String[32];
    private int nameCount;
    /** Where each object being read starts in {@link #names}. */
    private int[] objectStarts = new int[16];
    private int depth;

    FormReader(JsonParser p, String source, UnknownFields unknownFields) {
        this.p = p;
        this.source = source;
        this.unknownFields = unknownFields;
    }

    /** Unknown fields become {@code JSON_UNKNOWN_FIELD} warnings, and their values are skipped. */
    static UnknownFields lenient() {
        return (reader, name, expected) -> {
            String at = reader.location();
            reader.findings.add(Finding.of("JSON_UNKNOWN_FIELD", Severity.WARNING, at,
                    "未知字段 \"" + name + "\" 已忽略", "Unknown field \"" + name + "\" skipped; expected " + expected));
            reader.p.skipChildren();
        };
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
        String title = null;
        Project project = null;
        Funding funding = null;
        AnnualGoal goal = null;
        IndicatorTree indicators = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "title" -> title = string();
                case "year" -> b.year(optional(FormReader::year));
                case "project" -> project = project();
                case "funding" -> funding = funding();
                case "goal" -> goal = goal();
                case "indicators" -> indicators = indicators();
                case "reportedWeightTotal" -> b.reportedWeightTotal(optional(FormReader::decimal));
                case "reportedTotal" -> b.reportedTotal(optional(FormReader::decimal));
                case "reportedGrade" -> b.reportedGrade(optional(FormReader::string));
                default -> unknown(name, "title, year, project, funding, goal, indicators, reportedWeightTotal,"
                        + " reportedTotal, reportedGrade");
            }
        }
        b.title(required(title, "title")).project(required(project, "project"))
                .funding(required(funding, "funding")).goal(required(goal, "goal"))
                .indicators(required(indicators, "indicators"));
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
        String name = null;
        String department = null;
        String implementingUnit = null;
        for (String field = firstField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = string();
                case "code" -> b.code(optional(FormReader::string));
                case "department" -> department = string();
                case "implementingUnit" -> implementingUnit = string();
                case "lead" -> b.lead(optional(FormReader::string));
                case "phone" -> b.phone(optional(FormReader::string));
                case "amount" -> b.amount(optional(FormReader::amount));
                default -> unknown(field, "name, code, department, implementingUnit, lead, phone, amount");
            }
        }
        b.name(required(name, "name")).department(required(department, "department"))
                .implementingUnit(required(implementingUnit, "implementingUnit"));
        return build(b::build);
    }

    Funding funding() throws IOException {
        Funding.Builder b = Funding.builder();
        AmountUnit unit = null;
        BigDecimal weight = null;
        FundingSource total = null;
        List<FundingSource> sources = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "unit" -> unit = amountUnit();
                case "weight" -> weight = decimal();
                case "reportedScore" -> b.reportedScore(optional(FormReader::decimal));
                case "total" -> total = fundingSource();
                case "sources" -> sources = array(FormReader::fundingSource);
                default -> unknown(name, "unit, weight, reportedScore, total, sources");
            }
        }
        b.unit(required(unit, "unit")).weight(required(weight, "weight")).total(required(total, "total"))
                .sources(required(sources, "sources"));
        return build(b::build);
    }

    FundingSource fundingSource() throws IOException {
        FundingSource.Builder b = FundingSource.builder();
        String label = null;
        FundingKind kind = null;
        Amount adjusted = null;
        Amount executed = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = string();
                case "kind" -> kind = code(FundingKind.class);
                case "initialBudget" -> b.initialBudget(optional(FormReader::amount));
                case "adjustedBudget" -> adjusted = amount();
                case "executed" -> executed = amount();
                case "reportedRate" -> b.reportedRate(optional(FormReader::quantity));
                default -> unknown(name, "label, kind, initialBudget, adjustedBudget, executed, reportedRate");
            }
        }
        b.label(required(label, "label")).adjustedBudget(required(adjusted, "adjustedBudget"))
                .executed(required(executed, "executed"));
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

    AnnualGoal goal() throws IOException {
        String expected = null;
        String actual = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "expected" -> expected = string();
                case "actual" -> actual = string();
                default -> unknown(name, "expected, actual");
            }
        }
        return new AnnualGoal(required(expected, "expected"), required(actual, "actual"));
    }

    IndicatorTree indicators() throws IOException {
        return IndicatorTree.of(array(FormReader::category));
    }

    Category category() throws IOException {
        String label = null;
        CategoryKind kind = null;
        List<Subcategory> subcategories = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = string();
                case "kind" -> kind = code(CategoryKind.class);
                case "subcategories" -> subcategories = array(FormReader::subcategory);
                default -> unknown(name, "label, kind, subcategories");
            }
        }
        Category category = Category.of(required(label, "label"), required(subcategories, "subcategories"));
        return checkKind(kind, category.kind(), category);
    }

    Subcategory subcategory() throws IOException {
        String label = null;
        SubcategoryKind kind = null;
        List<Indicator> indicators = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "label" -> label = string();
                case "kind" -> kind = code(SubcategoryKind.class);
                case "indicators" -> indicators = array(FormReader::indicator);
                default -> unknown(name, "label, kind, indicators");
            }
        }
        String l = required(label, "label");
        List<Indicator> i = required(indicators, "indicators");
        Subcategory subcategory = build(() -> Subcategory.of(l, i));
        return checkKind(kind, subcategory.kind(), subcategory);
    }

    Indicator indicator() throws IOException {
        Indicator.Builder b = Indicator.builder();
        String name = null;
        Target target = null;
        Actual actual = null;
        BigDecimal weight = null;
        String deviationNote = null;
        for (String field = firstField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = string();
                case "target" -> target = target();
                case "actual" -> actual = actual();
                case "weight" -> weight = decimal();
                case "reportedScore" -> b.reportedScore(optional(FormReader::decimal));
                case "deviationNote" -> deviationNote = string();
                default -> unknown(field, "name, target, actual, weight, reportedScore, deviationNote");
            }
        }
        b.name(required(name, "name")).target(required(target, "target")).actual(required(actual, "actual"))
                .weight(required(weight, "weight")).deviationNote(required(deviationNote, "deviationNote"));
        return build(b::build);
    }

    // ---- targets and actuals ----

    Target target() throws IOException {
        ValueFields v = valueFields(true);
        switch (v.kind) {
            case QUANTITATIVE:
                return new Target.Quantitative(v.text, Optional.ofNullable(v.comparator), v.quantity);
            case DEADLINE:
                return new Target.Deadline(v.text, v.date, v.precision);
            case QUALITATIVE:
                return new Target.Qualitative(v.text);
            case NOT_APPLICABLE:
                return new NotApplicable(v.text);
            default:
                return build(() -> new Unparsed(v.text, v.reason, v.errorIndex));
        }
    }

    Actual actual() throws IOException {
        ValueFields v = valueFields(false);
        switch (v.kind) {
            case MEASURED:
                return new Actual.Measured(v.text, v.quantity);
            case BOUND:
                return new Actual.Bound(v.text, v.comparator, v.quantity);
            case DATE:
                return new Actual.OnDate(v.text, v.date, v.precision);
            case ACHIEVEMENT:
                if (v.levelLabel != null && !v.levelLabel.equals(v.level.label())) {
                    throw error("levelLabel \"" + v.levelLabel + "\" does not match level \"" + Codes.of(v.level)
                            + "\"; expected \"" + v.level.label() + "\"");
                }
                return new Actual.Achievement(v.text, v.level);
            case DESCRIBED:
                return new Actual.Described(v.text);
            case NOT_APPLICABLE:
                return new NotApplicable(v.text);
            default:
                return build(() -> new Unparsed(v.text, v.reason, v.errorIndex));
        }
    }

    /** The fields of a target or actual object; which ones are there is checked against the kind. */
    private static final class ValueFields {
        int present;
        String text;
        ValueKind kind;
        Comparator comparator;
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
                    field = Field.TEXT;
                    v.text = string();
                }
                case "kind" -> {
                    field = Field.KIND;
                    v.kind = kind(forTarget);
                }
                case "comparator" -> {
                    field = Field.COMPARATOR;
                    v.comparator = code(Comparator.class);
                }
                case "quantity" -> {
                    field = Field.QUANTITY;
                    v.quantity = quantity();
                }
                case "due" -> {
                    field = Field.DUE;
                    v.date = date();
                }
                case "date" -> {
                    field = Field.DATE;
                    v.date = date();
                }
                case "precision" -> {
                    field = Field.PRECISION;
                    v.precision = code(DatePrecision.class);
                }
                case "level" -> {
                    field = Field.LEVEL;
                    v.level = code(AchievementLevel.class);
                }
                case "levelLabel" -> {
                    field = Field.LEVEL_LABEL;
                    v.levelLabel = string();
                }
                case "reason" -> {
                    field = Field.REASON;
                    v.reason = string();
                }
                case "errorIndex" -> {
                    field = Field.ERROR_INDEX;
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
            throw error("missing required field \"" + Field.NAMES[Integer.numberOfTrailingZeros(missing)]
                    + "\" of a " + (forTarget ? "target" : "actual") + " of kind \"" + v.kind.code + "\"");
        }
        int extra = v.present & ~v.kind.allowed;
        if (extra != 0) {
            throw error("field \"" + Field.NAMES[Integer.numberOfTrailingZeros(extra)] + "\" does not belong to a "
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
        String messageZh = null;
        String messageEn = null;
        for (String name = firstField(); name != null; name = nextField()) {
            switch (name) {
                case "code" -> code = string();
                case "severity" -> severity = code(Severity.class);
                case "location" -> location = string();
                case "reported" -> reported = optional(FormReader::string);
                case "computed" -> computed = optional(FormReader::string);
                case "messageZh" -> messageZh = string();
                case "messageEn" -> messageEn = string();
                default -> unknown(name, "code, severity, location, reported, computed, messageZh, messageEn");
            }
        }
        return new Finding(required(code, "code"), required(severity, "severity"), required(location, "location"),
                reported, computed, required(messageZh, "messageZh"), required(messageEn, "messageEn"));
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
        unknownFields.unknown(this, name, expected);
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
