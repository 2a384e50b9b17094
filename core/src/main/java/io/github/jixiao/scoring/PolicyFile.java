// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The policy file format (评分规则文件): a {@link ScoringPolicy} as a JSON object, every choice under its own key,
 * documented in {@code docs/policies.md} and by {@code scoring-policy.schema.json} in jixiao-io-json.
 *
 * <ul>
 *   <li>Decimals are strings in plain notation ({@code "0.30"}, {@code "80"}): at most 20 integer digits and 12
 *       decimal places, no exponent, no {@code +}, no leading zeros; the scale is kept ({@code "10.0"} is not
 *       {@code "10"}). Scales are JSON integers from 0 to 12. Choices are lower-case codes: {@code AT_LEAST} is
 *       {@code "at-least"}, {@link RoundingMode#HALF_UP} is {@code "half-up"}.</li>
 *   <li>Every choice is required; {@code region}, {@code description} and {@code source} are optional texts. An
 *       unknown key, a missing one, a value of the wrong type, an unknown code and a value that breaks a rule of
 *       its own (a band above 100 %, grade boundaries out of order, a negative tolerance) are refused with the
 *       value's JSON pointer.</li>
 *   <li>{@link #write} gives the canonical text: keys in the documented order, two-space indentation, {@code \n}
 *       line ends, UTF-8, a final line end; {@code read(write(p))} equals {@code p}.</li>
 * </ul>
 */
final class PolicyFile {

    static final String NAME = "name";
    static final String REGION = "region";
    static final String DESCRIPTION = "description";
    static final String SOURCE = "source";
    static final String EXECUTION_WEIGHT = "executionWeight";
    static final String DENOMINATOR = "denominator";
    static final String ROUNDING = "rounding";
    static final String EQUALITY = "equality";
    static final String BARE_TARGET = "bareTarget";
    static final String ZERO_TARGET = "zeroTarget";
    static final String OVER_ACHIEVEMENT = "overAchievement";
    static final String OVER_ACHIEVEMENT_THRESHOLD = "overAchievementThreshold";
    static final String IMPLAUSIBLE_FACTOR = "implausibleFactor";
    static final String QUALITATIVE_BANDS = "qualitativeBands";
    static final String BAND_POINT = "bandPoint";
    static final String LATE_DEADLINE = "lateDeadline";
    static final String UNSTATED_RESULT = "unstatedResult";
    static final String RESCALE_NOT_APPLICABLE = "rescaleNotApplicable";
    static final String GRADES = "grades";
    static final String SCORE_TOLERANCE = "scoreTolerance";
    static final String EXECUTION_TOLERANCE = "executionTolerance";

    /** The keys of a policy in the canonical order. */
    static final List<String> KEYS = List.of(NAME, REGION, DESCRIPTION, SOURCE, EXECUTION_WEIGHT, DENOMINATOR,
            ROUNDING, EQUALITY, BARE_TARGET, ZERO_TARGET, OVER_ACHIEVEMENT, OVER_ACHIEVEMENT_THRESHOLD,
            IMPLAUSIBLE_FACTOR, QUALITATIVE_BANDS, BAND_POINT, LATE_DEADLINE, UNSTATED_RESULT, RESCALE_NOT_APPLICABLE,
            GRADES, SCORE_TOLERANCE, EXECUTION_TOLERANCE);
    private static final List<String> OPTIONAL = List.of(REGION, DESCRIPTION, SOURCE);
    private static final List<String> ROUNDING_KEYS = List.of("rateScale", "rateMode", "roundRateBeforeMultiply",
            "scoreScale", "scoreMode");
    private static final List<String> BAND_KEYS = List.of("achievedFrom", "partiallyAchievedFrom");
    private static final List<String> GRADE_KEYS = List.of("excellentFrom", "goodFrom", "fairFrom",
            "lowerBoundsInclusive");

    /** A decimal as the format writes it: plain, at most 20 integer and 12 decimal digits, no leading zeros. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,19})(\\.[0-9]{1,12})?");
    private static final Pattern SCALE = Pattern.compile("-?[0-9]{1,9}");
    /** The rounding modes a policy may name: all but UNNECESSARY, which cannot round. */
    private static final RoundingMode[] MODES = Arrays.stream(RoundingMode.values())
            .filter(mode -> mode != RoundingMode.UNNECESSARY).toArray(RoundingMode[]::new);
    private static final int MAX_TEXT = 4000;

    private PolicyFile() {
    }

    // ---------------------------------------------------------------- reading

    static ScoringPolicy read(InputStream in) throws IOException {
        Object document = Json.parse(in);
        Obj root = Obj.of(document, List.of(), "a policy object {\"name\": …, \"executionWeight\": …, …}");
        root.only(KEYS);
        root.requireAll(KEYS, OPTIONAL);
        ScoringPolicy.Builder b = ScoringPolicy.builder();
        b.name(root.text(NAME, ScoringPolicy.MAX_NAME));
        root.optionalText(REGION).ifPresent(b::region);
        root.optionalText(DESCRIPTION).ifPresent(b::description);
        root.optionalText(SOURCE).ifPresent(b::source);
        b.executionWeight(root.decimal(EXECUTION_WEIGHT, "10"));
        b.denominator(root.code(DENOMINATOR, ScoringPolicy.Denominator.values()));
        b.rounding(rounding(root.object(ROUNDING)));
        b.equality(root.code(EQUALITY, ScoringPolicy.Equality.values()));
        b.bareTarget(root.code(BARE_TARGET, ScoringPolicy.BareTarget.values()));
        b.zeroTarget(root.code(ZERO_TARGET, ScoringPolicy.ZeroTarget.values()));
        b.overAchievement(root.code(OVER_ACHIEVEMENT, ScoringPolicy.OverAchievement.values()));
        b.overAchievementThreshold(root.decimal(OVER_ACHIEVEMENT_THRESHOLD, "0.30"));
        b.implausibleFactor(root.decimal(IMPLAUSIBLE_FACTOR, "5"));
        b.qualitativeBands(bands(root.object(QUALITATIVE_BANDS)));
        b.bandPoint(root.code(BAND_POINT, ScoringPolicy.BandPoint.values()));
        b.lateDeadline(root.code(LATE_DEADLINE, ScoringPolicy.LateDeadline.values()));
        b.unstatedResult(root.code(UNSTATED_RESULT, ScoringPolicy.UnstatedResult.values()));
        b.rescaleNotApplicable(root.bool(RESCALE_NOT_APPLICABLE));
        b.grades(grades(root.object(GRADES)));
        b.scoreTolerance(root.decimal(SCORE_TOLERANCE, "0.01"));
        b.executionTolerance(root.decimal(EXECUTION_TOLERANCE, "0.05"));
        return root.build(b::build);
    }

    private static RoundingPolicy rounding(Obj o) throws PolicyReadException {
        o.only(ROUNDING_KEYS);
        o.requireAll(ROUNDING_KEYS, List.of());
        int rateScale = o.scale("rateScale");
        RoundingMode rateMode = o.code("rateMode", MODES);
        boolean before = o.bool("roundRateBeforeMultiply");
        int scoreScale = o.scale("scoreScale");
        RoundingMode scoreMode = o.code("scoreMode", MODES);
        return o.build(() -> new RoundingPolicy(rateScale, rateMode, before, scoreScale, scoreMode));
    }

    private static QualitativeBands bands(Obj o) throws PolicyReadException {
        o.only(BAND_KEYS);
        o.requireAll(BAND_KEYS, List.of());
        BigDecimal achieved = o.decimal("achievedFrom", "80");
        BigDecimal partially = o.decimal("partiallyAchievedFrom", "60");
        return o.build(() -> new QualitativeBands(achieved, partially));
    }

    private static GradeBands grades(Obj o) throws PolicyReadException {
        o.only(GRADE_KEYS);
        o.requireAll(GRADE_KEYS, List.of());
        BigDecimal excellent = o.decimal("excellentFrom", "90");
        BigDecimal good = o.decimal("goodFrom", "80");
        BigDecimal fair = o.decimal("fairFrom", "60");
        boolean inclusive = o.bool("lowerBoundsInclusive");
        return o.build(() -> new GradeBands(excellent, good, fair, inclusive));
    }

    /** The code of a constant: {@code AT_LEAST} is {@code at-least}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An object of the document with its path, for reading its members with their pointers. */
    private static final class Obj {
        final Map<String, Object> members;
        final List<String> path;

        private Obj(Map<String, Object> members, List<String> path) {
            this.members = members;
            this.path = path;
        }

        @SuppressWarnings("unchecked")
        static Obj of(Object value, List<String> path, String expected) throws PolicyReadException {
            if (!(value instanceof Map)) {
                throw new PolicyReadException(Json.pointer(path), "expected " + expected + ", found "
                        + describe(value));
            }
            return new Obj((Map<String, Object>) value, path);
        }

        String pointer(String key) {
            List<String> tokens = new ArrayList<>(path);
            tokens.add(key);
            return Json.pointer(tokens);
        }

        PolicyReadException error(String key, String reason) {
            return new PolicyReadException(key == null ? Json.pointer(path) : pointer(key), reason);
        }

        void only(List<String> keys) throws PolicyReadException {
            for (String key : members.keySet()) {
                if (!keys.contains(key)) {
                    throw error(key, "unknown key \"" + cut(key, 64) + "\"; expected one of " + String.join(", ", keys));
                }
            }
        }

        void requireAll(List<String> keys, List<String> optional) throws PolicyReadException {
            for (String key : keys) {
                if (!optional.contains(key) && !members.containsKey(key)) {
                    throw error(null, "missing key \"" + key + "\"; a policy names every choice (see "
                            + "docs/policies.md)");
                }
            }
        }

        Obj object(String key) throws PolicyReadException {
            List<String> tokens = new ArrayList<>(path);
            tokens.add(key);
            return of(members.get(key), tokens, "an object");
        }

        String text(String key, int max) throws PolicyReadException {
            Object value = members.get(key);
            if (!(value instanceof String)) {
                throw error(key, "expected a string, found " + describe(value));
            }
            String text = (String) value;
            if (text.isBlank() || text.length() > max) {
                throw error(key, "expected a text of 1 to " + max + " characters, found "
                        + (text.isBlank() ? "a blank one" : "one of " + text.length()));
            }
            return text;
        }

        Optional<String> optionalText(String key) throws PolicyReadException {
            return members.containsKey(key) ? Optional.of(text(key, MAX_TEXT)) : Optional.empty();
        }

        BigDecimal decimal(String key, String example) throws PolicyReadException {
            Object value = members.get(key);
            String expected = "a decimal string such as \"" + example + "\"";
            if (value instanceof Json.Num) {
                throw error(key, "expected " + expected + ", found the number " + cut(value.toString(), 40)
                        + " (decimals are written as strings, so that no reader turns them into binary fractions)");
            }
            if (!(value instanceof String)) {
                throw error(key, "expected " + expected + ", found " + describe(value));
            }
            String text = (String) value;
            if (!DECIMAL.matcher(text).matches() || text.matches("-0(\\.0+)?")) {
                throw error(key, "expected " + expected + " (plain notation: at most 20 integer digits and 12 decimal "
                        + "places, no exponent, no '+', no leading zeros), found \"" + cut(text, 40) + "\"");
            }
            return new BigDecimal(text);
        }

        int scale(String key) throws PolicyReadException {
            Object value = members.get(key);
            String expected = "an integer from 0 to 12";
            if (!(value instanceof Json.Num) || !SCALE.matcher(value.toString()).matches()) {
                throw error(key, "expected " + expected + ", found " + describe(value));
            }
            int scale = Integer.parseInt(value.toString());
            if (scale < 0 || scale > 12) {
                throw error(key, "expected " + expected + ", found " + scale);
            }
            return scale;
        }

        boolean bool(String key) throws PolicyReadException {
            Object value = members.get(key);
            if (!(value instanceof Boolean)) {
                throw error(key, "expected true or false, found " + describe(value));
            }
            return (Boolean) value;
        }

        <E extends Enum<E>> E code(String key, E[] constants) throws PolicyReadException {
            Object value = members.get(key);
            List<String> codes = new ArrayList<>();
            for (E constant : constants) {
                codes.add(PolicyFile.code(constant));
            }
            String expected = "one of \"" + String.join("\", \"", codes) + "\"";
            if (!(value instanceof String)) {
                throw error(key, "expected " + expected + ", found " + describe(value));
            }
            int i = codes.indexOf(value);
            if (i < 0) {
                throw error(key, "unknown code \"" + cut((String) value, 40) + "\"; expected " + expected);
            }
            return constants[i];
        }

        /** Builds a value; a rule it breaks is refused at the key it names. */
        <T> T build(Supplier<T> build) throws PolicyReadException {
            try {
                return build.get();
            } catch (PolicyValueException e) {
                throw new PolicyReadException(Json.pointer(concat(path, e.key())), e.getMessage());
            }
        }

        private static List<String> concat(List<String> path, String key) {
            List<String> tokens = new ArrayList<>(path);
            tokens.addAll(Arrays.asList(key.split("/")));
            return tokens;
        }
    }

    /** What a value is, for a message: {@code true}, {@code the number 80}, {@code "text"}, {@code an object}. */
    static String describe(Object value) {
        if (value == null) {
            return "nothing (the key is missing)";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "the string \"" + cut((String) value, 40) + "\"";
        }
        if (value instanceof Json.Num) {
            return "the number " + cut(value.toString(), 40);
        }
        return value.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    // ---------------------------------------------------------------- writing

    static String write(ScoringPolicy p) {
        Writer w = new Writer();
        w.open();
        w.text(NAME, p.name());
        p.region().ifPresent(text -> w.text(REGION, text));
        p.description().ifPresent(text -> w.text(DESCRIPTION, text));
        p.source().ifPresent(text -> w.text(SOURCE, text));
        w.decimal(EXECUTION_WEIGHT, p.executionWeight());
        w.code(DENOMINATOR, p.denominator());
        w.key(ROUNDING);
        w.open();
        RoundingPolicy r = p.rounding();
        w.integer("rateScale", r.rateScale());
        w.code("rateMode", r.rateMode());
        w.bool("roundRateBeforeMultiply", r.roundRateBeforeMultiply());
        w.integer("scoreScale", r.scoreScale());
        w.code("scoreMode", r.scoreMode());
        w.close();
        w.code(EQUALITY, p.equality());
        w.code(BARE_TARGET, p.bareTarget());
        w.code(ZERO_TARGET, p.zeroTarget());
        w.code(OVER_ACHIEVEMENT, p.overAchievement());
        w.decimal(OVER_ACHIEVEMENT_THRESHOLD, p.overAchievementThreshold());
        w.decimal(IMPLAUSIBLE_FACTOR, p.implausibleFactor());
        w.key(QUALITATIVE_BANDS);
        w.open();
        w.decimal("achievedFrom", p.qualitativeBands().achievedFrom());
        w.decimal("partiallyAchievedFrom", p.qualitativeBands().partiallyAchievedFrom());
        w.close();
        w.code(BAND_POINT, p.bandPoint());
        w.code(LATE_DEADLINE, p.lateDeadline());
        w.code(UNSTATED_RESULT, p.unstatedResult());
        w.bool(RESCALE_NOT_APPLICABLE, p.rescaleNotApplicable());
        w.key(GRADES);
        w.open();
        GradeBands g = p.grades();
        w.decimal("excellentFrom", g.excellentFrom());
        w.decimal("goodFrom", g.goodFrom());
        w.decimal("fairFrom", g.fairFrom());
        w.bool("lowerBoundsInclusive", g.lowerBoundsInclusive());
        w.close();
        w.decimal(SCORE_TOLERANCE, p.scoreTolerance());
        w.decimal(EXECUTION_TOLERANCE, p.executionTolerance());
        w.close();
        return w.sb.append('\n').toString();
    }

    /** Writes the canonical text: two-space indentation, one member a line. */
    private static final class Writer {
        final StringBuilder sb = new StringBuilder(1024);
        int depth;
        boolean first;

        void open() {
            sb.append('{');
            depth++;
            first = true;
        }

        void close() {
            depth--;
            sb.append('\n').append("  ".repeat(depth)).append('}');
            first = false;
        }

        void key(String key) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('\n').append("  ".repeat(depth));
            string(key);
            sb.append(": ");
        }

        void text(String key, String value) {
            key(key);
            string(value);
        }

        void decimal(String key, BigDecimal value) {
            key(key);
            string(value.toPlainString());
        }

        void integer(String key, int value) {
            key(key);
            sb.append(value);
        }

        void bool(String key, boolean value) {
            key(key);
            sb.append(value);
        }

        void code(String key, Enum<?> value) {
            key(key);
            string(PolicyFile.code(value));
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"':
                        sb.append("\\\"");
                        break;
                    case '\\':
                        sb.append("\\\\");
                        break;
                    case '\n':
                        sb.append("\\n");
                        break;
                    case '\r':
                        sb.append("\\r");
                        break;
                    case '\t':
                        sb.append("\\t");
                        break;
                    default:
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                }
            }
            sb.append('"');
        }
    }
}
