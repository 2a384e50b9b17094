// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scoring policy (评分规则): every choice the rules leave open, named. Regions are presets, not branches
 * in code: each preset is a policy file shipped in the jar ({@code io/github/jixiao/scoring/presets/*.json}),
 * loaded by {@link #preset(String)} and listed by {@link #presets()} — {@code national} (财预〔2020〕10号),
 * {@code shenzhen}, {@code shanghai}, {@code putuo}, {@code twenty-point}, with {@link #national()} and the others
 * as shortcuts. {@link #read(InputStream)} reads a policy file of one's own and {@link #write(OutputStream)}
 * writes one (the format is in {@code docs/policies.md}); {@link #builder()} starts from the national values.
 * Which preset fits a form is {@link PolicySelector}'s question.
 *
 * <p>What each value decides:
 * <ul>
 *   <li>{@link #executionWeight()}, {@link #denominator()}: 执行率 = 全年执行数 / 全年预算数 (or 年初预算数);
 *       得分 = 分值 × min(执行率, 1);</li>
 *   <li>{@link #rounding()}: rate scale and mode, rounding the rate before multiplying, score scale and mode;</li>
 *   <li>{@link #equality()}: how {@code =} targets are read; {@link #bareTarget()}: how a target without a
 *       comparator ({@code 100%}, {@code 15000}) is read;</li>
 *   <li>{@link #zeroTarget()}: the score of an unmet target whose proportion is undefined (target 0);</li>
 *   <li>{@link #overAchievement()}, {@link #overAchievementThreshold()}, {@link #implausibleFactor()}:
 *       偏离度 — flag or deduct beyond a threshold, and when a deviation looks like a data-entry error;</li>
 *   <li>{@link #bandPoint()}: the point inside a qualitative band (达成 [80%, 100%], 部分达成 [60%, 80%),
 *       未达成 [0, 60%) of the weight); {@link #lateDeadline()}: the band of a missed deadline;</li>
 *   <li>{@link #rescaleNotApplicable()}: total = Σ得分 / Σ applicable 分值 × 100 when rows do not apply;</li>
 *   <li>{@link #grades()}: the grade boundaries; {@link #scoreTolerance()}, {@link #executionTolerance()}:
 *       how far a reported score may be from the computed one before the audit reports it.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoringPolicy {

    ScoringPolicy() {
    }

    /** The denominator of 执行率 (预算执行率的分母). */
    public enum Denominator {
        /** 全年预算数, the adjusted full-year budget (财预〔2020〕10号 and every seed). */
        ADJUSTED_BUDGET,
        /** 年初预算数, the initial budget; a line without one has an undefined rate. */
        INITIAL_BUDGET
    }

    /** How a target written with {@code =} is read (等于型指标). */
    public enum Equality {
        /** {@code =} reads as ≥: a value above the target meets it and is flagged as over-achievement (national). */
        AT_LEAST,
        /** On a percentage ({@code =100%}) {@code =} reads as ≥; on other units both sides miss: above scores 目标/实际. */
        RATE_AT_LEAST,
        /** Both sides miss on every unit: below scores 实际/目标, above 目标/实际. */
        EXACT
    }

    /** How a target without a comparator ({@code 100%}, {@code 15000}, {@code 31}) is read (无符号指标值). */
    public enum BareTarget {
        /** Under a cost indicator (成本指标) as ≤, otherwise as {@code =} (national). */
        BY_CATEGORY,
        /** Always as {@code =}. */
        EQUAL
    }

    /** The score of an unmet target whose proportion is undefined: target 0, or a value at or below zero (零目标). */
    public enum ZeroTarget {
        /** 0 points (national). */
        ZERO,
        /** The 未达成 band (from 0 to just under 60% of the weight), at the policy's {@link BandPoint}. */
        NOT_ACHIEVED_BAND
    }

    /** What happens to a target exceeded by more than {@link #overAchievementThreshold()} (偏离度). */
    public enum OverAchievement {
        /** Flag it, keep full points (national: 10号 asks for an analysis, not a fixed deduction). */
        FLAG,
        /** Score 0 (大英县: "超过预期指标30%以上的…均不计分"). A better actual may then score less. */
        DEDUCT
    }

    /** The point chosen inside a qualitative band (定性指标分档取值). */
    public enum BandPoint {
        /**
         * The band's top: 100% for 达成; for a band whose top is excluded (部分达成 [60%, 80%), 未达成 [0, 60%))
         * the top minus one unit of the score scale (5 × 80% = 4 → 3.99 with 2 decimals). National default.
         */
        TOP,
        /** The middle of the band, rounded with the score rounding (90%, 70%, 30%). */
        MIDDLE,
        /** The bottom of the band: 80%, 60%, 0. */
        BOTTOM
    }

    /**
     * How a weighted row that prints neither 年度指标值 nor 实际完成值 is scored (未填写指标值和完成值): a template
     * row filled in with a 分值 and a 得分 only.
     */
    public enum UnstatedResult {
        /**
         * As a qualitative 达成 (the band [80%, 100%]): nothing on the form contradicts the unit's claim, and the
         * audit reports the row as unverifiable (national).
         */
        ACHIEVED_BAND,
        /** 0 points: no evidence, no points. */
        ZERO
    }

    /** The score of a deadline missed (时效指标逾期). */
    public enum LateDeadline {
        /** The 未达成 band (national default). */
        NOT_ACHIEVED_BAND,
        /** The 部分达成 band. */
        PARTIALLY_ACHIEVED_BAND,
        /** 0 points. */
        ZERO
    }

    /** The longest name: 64 characters. */
    static final int MAX_NAME = 64;
    /** The longest region, description or source: 4,000 characters. */
    static final int MAX_TEXT = 4000;

    /**
     * A short name for reports, such as {@code national}: 1 to 64 characters, no line breaks or other control
     * characters.
     *
     * @return never null
     */
    @Value.Default
    public String name() {
        return "custom";
    }

    /** Where the rules apply (适用地区), such as {@code 上海市（市级）}. @return never null, empty when not said */
    public abstract Optional<String> region();

    /** What the rules are, in a sentence or two, for readers of a policy file. @return never null */
    public abstract Optional<String> description();

    /**
     * Where the rules come from (依据): the document, notice or published forms they follow, with enough detail to
     * find them again, such as {@code 财预〔2020〕10号} or the address of a published form.
     *
     * @return never null, empty when not said
     */
    public abstract Optional<String> source();

    /**
     * The weight of the execution rate (预算执行率分值) where the form prints none: 10, or 20 on the Yunnan/Hubei
     * template. A weight the form prints (in its 分值 column or its title, 预算执行情况(20分)) is used instead.
     *
     * @return never null
     */
    @Value.Default
    public BigDecimal executionWeight() {
        return BigDecimal.TEN;
    }

    /** The denominator of 执行率. @return never null */
    @Value.Default
    public Denominator denominator() {
        return Denominator.ADJUSTED_BUDGET;
    }

    /** The rounding of rates and scores. @return never null */
    @Value.Default
    public RoundingPolicy rounding() {
        return RoundingPolicy.DEFAULT;
    }

    /** How {@code =} targets are read. @return never null */
    @Value.Default
    public Equality equality() {
        return Equality.AT_LEAST;
    }

    /** How a target without a comparator is read. @return never null */
    @Value.Default
    public BareTarget bareTarget() {
        return BareTarget.BY_CATEGORY;
    }

    /** The score of an unmet zero target. @return never null */
    @Value.Default
    public ZeroTarget zeroTarget() {
        return ZeroTarget.ZERO;
    }

    /** Flag or deduct beyond {@link #overAchievementThreshold()}. @return never null */
    @Value.Default
    public OverAchievement overAchievement() {
        return OverAchievement.FLAG;
    }

    /**
     * The deviation above which a met positive target counts as over-achieved: (实际 − 目标) / 目标 &gt; this.
     * 0.30 by default (the only numeric threshold found, 大英县).
     *
     * @return never null, ≥ 0
     */
    @Value.Default
    public BigDecimal overAchievementThreshold() {
        return new BigDecimal("0.30");
    }

    /**
     * The factor beyond which a deviation looks like a data-entry error rather than a result: 实际 / 目标 ≥ this
     * (77730629 against ≥10000; 1170000 against ≤124000), or 实际 / 目标 ≤ 1 / this for a positive target.
     * 5 by default.
     *
     * @return never null, &gt; 1
     */
    @Value.Default
    public BigDecimal implausibleFactor() {
        return BigDecimal.valueOf(5);
    }

    /** The qualitative bands: 达成 from 80 %, 部分达成 from 60 % of the weight by default. @return never null */
    @Value.Default
    public QualitativeBands qualitativeBands() {
        return QualitativeBands.STANDARD;
    }

    /** The lowest share of the weight in 达成, as a fraction (0.8): computed once, for the scorer. */
    @Value.Lazy
    BigDecimal achievedShare() {
        return qualitativeBands().achievedShare();
    }

    /** The lowest share of the weight in 部分达成, as a fraction (0.6): computed once, for the scorer. */
    @Value.Lazy
    BigDecimal partiallyAchievedShare() {
        return qualitativeBands().partiallyAchievedShare();
    }

    /** The point inside a qualitative band. @return never null */
    @Value.Default
    public BandPoint bandPoint() {
        return BandPoint.TOP;
    }

    /** How a weighted row without target and actual is scored. @return never null */
    @Value.Default
    public UnstatedResult unstatedResult() {
        return UnstatedResult.ACHIEVED_BAND;
    }

    /** The score of a missed deadline. @return never null */
    @Value.Default
    public LateDeadline lateDeadline() {
        return LateDeadline.NOT_ACHIEVED_BAND;
    }

    /** Whether the total is rescaled to 100 over the applicable weights (不适用指标按百分制折算). @return false by default */
    @Value.Default
    public boolean rescaleNotApplicable() {
        return false;
    }

    /** The grade boundaries. @return never null */
    @Value.Default
    public GradeBands grades() {
        return GradeBands.STANDARD;
    }

    /** How far a reported indicator score may be from the computed one: 0.01 by default. @return never null, ≥ 0 */
    @Value.Default
    public BigDecimal scoreTolerance() {
        return new BigDecimal("0.01");
    }

    /**
     * How far a reported execution score may be from the computed one. 0.05 under {@link #national()}: the 10号
     * text fixes no rounding, and a rate rounded to 2 decimals before × 10 moves the score by up to 10 × 0.005.
     *
     * @return never null, ≥ 0
     */
    @Value.Default
    public BigDecimal executionTolerance() {
        return new BigDecimal("0.05");
    }

    @Value.Check
    void check() {
        requireName(name());
        requireText("region", region());
        requireText("description", description());
        requireText("source", source());
        requireDecimal("executionWeight", executionWeight());
        requireDecimal("overAchievementThreshold", overAchievementThreshold());
        requireDecimal("implausibleFactor", implausibleFactor());
        requireDecimal("scoreTolerance", scoreTolerance());
        requireDecimal("executionTolerance", executionTolerance());
        requireDecimal("qualitativeBands/achievedFrom", qualitativeBands().achievedFrom());
        requireDecimal("qualitativeBands/partiallyAchievedFrom", qualitativeBands().partiallyAchievedFrom());
        requireDecimal("grades/excellentFrom", grades().excellentFrom());
        requireDecimal("grades/goodFrom", grades().goodFrom());
        requireDecimal("grades/fairFrom", grades().fairFrom());
        requireNotNegative("executionWeight", executionWeight());
        if (executionWeight().compareTo(HUNDRED) > 0) {
            throw new PolicyValueException("executionWeight", "executionWeight is "
                    + executionWeight().toPlainString() + "; it must be at most 100");
        }
        requireNotNegative("overAchievementThreshold", overAchievementThreshold());
        requireNotNegative("scoreTolerance", scoreTolerance());
        requireNotNegative("executionTolerance", executionTolerance());
        if (implausibleFactor().compareTo(BigDecimal.ONE) <= 0) {
            throw new PolicyValueException("implausibleFactor",
                    "implausibleFactor is " + implausibleFactor().toPlainString() + "; it must be > 1");
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static void requireNotNegative(String name, BigDecimal value) {
        if (value.signum() < 0) {
            throw new PolicyValueException(name, name + " is " + value.toPlainString() + "; it must be ≥ 0");
        }
    }

    /** A decimal a policy file can hold: 0 to 12 decimal places, at most 20 integer digits. */
    private static void requireDecimal(String key, BigDecimal value) {
        if (value.scale() < 0 || value.scale() > 12 || value.precision() - value.scale() > 20) {
            String name = key.substring(key.indexOf('/') + 1);
            throw new PolicyValueException(key, name + " is " + value + "; a policy's decimals have 0 to 12 decimal"
                    + " places and at most 20 integer digits (write 1E+1 as 10)");
        }
    }

    private static void requireName(String name) {
        if (name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)
                || !wellFormed(name)) {
            throw new PolicyValueException("name", "name \"" + (name.length() > MAX_NAME
                    ? name.substring(0, MAX_NAME) + "…" : name).replaceAll("\\p{Cntrl}", "?")
                    + "\" must be 1 to " + MAX_NAME + " characters without control characters");
        }
    }

    private static void requireText(String key, Optional<String> text) {
        if (text.isPresent() && (text.get().isBlank() || text.get().length() > MAX_TEXT || !wellFormed(text.get()))) {
            throw new PolicyValueException(key, key + " must be 1 to " + MAX_TEXT + " characters of Unicode text, not"
                    + " blank; leave it out when there is nothing to say");
        }
    }

    /** Whether every surrogate in the text is half of a pair, so that it can be written as UTF-8. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- files

    /**
     * Reads a policy file (评分规则文件): a JSON object naming every choice, as {@code docs/policies.md} describes
     * and {@link #write} writes. Strict: at most 1 MiB of UTF-8, 32 levels of nesting, no duplicate or unknown key,
     * no trailing content; decimals as strings ({@code "0.30"}).
     *
     * @param in the file, UTF-8; read to its end, not closed
     * @return the policy, never null
     * @throws PolicyReadException if the file is not JSON, breaks a limit, or is not a consistent policy (a band
     *     above 100 %, grade boundaries out of order, a negative tolerance, an unknown key or code); its message is
     *     one line, the JSON pointer of the value and what was expected, such as
     *     {@code /grades/goodFrom: expected a decimal string such as "80", found true}
     * @throws IOException if reading fails
     */
    public static ScoringPolicy read(InputStream in) throws IOException {
        return PolicyFile.read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Writes this policy as a policy file: the canonical JSON of {@link #toJson()}, UTF-8.
     *
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out").write(toJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * This policy as the canonical text of a policy file: keys in the documented order, two-space indentation,
     * a final line end. {@code read(toJson())} gives an equal policy, and equal policies give equal text.
     *
     * @return never null
     */
    public String toJson() {
        return PolicyFile.write(this);
    }

    /**
     * A preset shipped with jixiao, by name: one of {@link #presets()}.
     *
     * @param name the preset's name, such as {@code shanghai}; not null
     * @return the preset, never null
     * @throws IllegalArgumentException if no preset has that name; the message lists the names
     */
    public static ScoringPolicy preset(String name) {
        Objects.requireNonNull(name, "name");
        ScoringPolicy preset = Presets.ALL.get(name);
        if (preset == null) {
            throw new IllegalArgumentException("'" + (name.length() > 64 ? name.substring(0, 64) + "…" : name)
                    + "' is not a preset; choose one of " + String.join(", ", presets()));
        }
        return preset;
    }

    /**
     * The names of the presets shipped with jixiao, in the order of {@code presets/presets.txt}: {@code national}
     * first.
     *
     * @return never null, unmodifiable
     */
    public static List<String> presets() {
        return Presets.NAMES;
    }

    /**
     * The preset {@code national}, 财预〔2020〕10号 as in DESIGN §4: execution 10 points over 全年预算数, rate to 4
     * decimals half-up, score rounded once to 2 decimals half-up, {@code =} as ≥, over-achievement flagged,
     * qualitative bands 80/60 and their top, a late deadline in the 未达成 band, no rescaling, grades 90/80/60
     * inclusive. The same values as {@link #builder()}'s.
     *
     * @return never null
     */
    public static ScoringPolicy national() {
        return Presets.NATIONAL;
    }

    /**
     * The preset {@code shenzhen}, Shenzhen 2020–21 (seed 002): as {@link #national()}, but the rate is rounded half-up to 2 decimals before
     * × 10 (0.8669 → 0.87 → 8.70) and the execution score is checked to 0.01.
     *
     * @return never null
     */
    public static ScoringPolicy shenzhen() {
        return Presets.SHENZHEN;
    }

    /**
     * The preset {@code shanghai}, Shanghai municipal 2023 (seed 003): as {@link #national()}, but rate and score are truncated to 2 decimals
     * (60.5357% → 60.53% → 6.05; 99.88% → 9.98) and the execution score is checked to 0.01.
     *
     * @return never null
     */
    public static ScoringPolicy shanghai() {
        return Presets.SHANGHAI;
    }

    /**
     * The preset {@code twenty-point}, the Yunnan 保山 / Hubei template: as {@link #national()}, with 20 points for the execution rate
     * (得分 = 20 × 执行率) and 80 for the goals.
     *
     * @return never null
     */
    public static ScoringPolicy twentyPointExecution() {
        return Presets.TWENTY_POINT_EXECUTION;
    }

    /** A builder starting from the national values. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoringPolicy}; every value has the national default. */
    public static class Builder extends ImmutableScoringPolicy.Builder {
        Builder() {
        }
    }

    /** The presets, read once from the jar. */
    private static final class Presets {
        static final List<String> NAMES;
        static final Map<String, ScoringPolicy> ALL;

        static {
            try {
                List<String> names = new ArrayList<>();
                Map<String, ScoringPolicy> all = new LinkedHashMap<>();
                for (String line : resource("presets.txt").split("\n")) {
                    String name = line.strip();
                    if (name.isEmpty() || name.startsWith("#")) {
                        continue;
                    }
                    try (InputStream in = open(name + ".json")) {
                        ScoringPolicy policy = read(in);
                        if (!policy.name().equals(name)) {
                            throw new IllegalStateException("Preset file " + name + ".json names itself \""
                                    + policy.name() + "\"");
                        }
                        names.add(name);
                        all.put(name, policy);
                    }
                }
                NAMES = Collections.unmodifiableList(names);
                ALL = Collections.unmodifiableMap(all);
            } catch (IOException e) {
                throw new UncheckedIOException("The presets of jixiao-core cannot be read: " + e.getMessage(), e);
            }
        }

        static final ScoringPolicy NATIONAL = ALL.get("national");
        static final ScoringPolicy SHENZHEN = ALL.get("shenzhen");
        static final ScoringPolicy SHANGHAI = ALL.get("shanghai");
        static final ScoringPolicy TWENTY_POINT_EXECUTION = ALL.get("twenty-point");

        private static InputStream open(String file) throws IOException {
            InputStream in = ScoringPolicy.class.getResourceAsStream("presets/" + file);
            if (in == null) {
                throw new IOException("resource presets/" + file + " is missing from jixiao-core");
            }
            return in;
        }

        private static String resource(String file) throws IOException {
            try (InputStream in = open(file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
