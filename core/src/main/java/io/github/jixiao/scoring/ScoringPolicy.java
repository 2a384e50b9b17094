package io.github.jixiao.scoring;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A scoring policy (评分规则): every choice the rules leave open, named. Regions are presets, not branches
 * in code: {@link #national()} (财预〔2020〕10号), {@link #shenzhen()}, {@link #shanghai()},
 * {@link #twentyPointExecution()}; {@link #builder()} starts from the national values for custom ones.
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

    /** A short name for reports, such as {@code national}. @return never null */
    @Value.Default
    public String name() {
        return "custom";
    }

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
        requireNotNegative("executionWeight", executionWeight());
        requireNotNegative("overAchievementThreshold", overAchievementThreshold());
        requireNotNegative("scoreTolerance", scoreTolerance());
        requireNotNegative("executionTolerance", executionTolerance());
        if (implausibleFactor().compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException(
                    "implausibleFactor is " + implausibleFactor().toPlainString() + "; it must be > 1");
        }
    }

    private static void requireNotNegative(String name, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " is " + value.toPlainString() + "; it must be ≥ 0");
        }
    }

    /**
     * 财预〔2020〕10号 as in DESIGN §4: execution 10 points over 全年预算数, rate to 4 decimals half-up, score
     * rounded once to 2 decimals half-up, {@code =} as ≥, over-achievement flagged, qualitative band top,
     * a late deadline in the 未达成 band, no rescaling, grades 90/80/60 inclusive.
     *
     * @return never null
     */
    public static ScoringPolicy national() {
        return Presets.NATIONAL;
    }

    /**
     * Shenzhen 2020–21 (seed 002): as {@link #national()}, but the rate is rounded half-up to 2 decimals before
     * × 10 (0.8669 → 0.87 → 8.70) and the execution score is checked to 0.01.
     *
     * @return never null
     */
    public static ScoringPolicy shenzhen() {
        return Presets.SHENZHEN;
    }

    /**
     * Shanghai municipal 2023 (seed 003): as {@link #national()}, but rate and score are truncated to 2 decimals
     * (60.5357% → 60.53% → 6.05; 99.88% → 9.98) and the execution score is checked to 0.01.
     *
     * @return never null
     */
    public static ScoringPolicy shanghai() {
        return Presets.SHANGHAI;
    }

    /**
     * The Yunnan 保山 / Hubei template: as {@link #national()}, with 20 points for the execution rate
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

    /** The presets, built once. */
    private static final class Presets {
        static final ScoringPolicy NATIONAL = builder().name("national").build();
        static final ScoringPolicy SHENZHEN = builder().name("shenzhen").rounding(RoundingPolicy.SHENZHEN)
                .executionTolerance(new BigDecimal("0.01")).build();
        static final ScoringPolicy SHANGHAI = builder().name("shanghai").rounding(RoundingPolicy.SHANGHAI)
                .executionTolerance(new BigDecimal("0.01")).build();
        static final ScoringPolicy TWENTY_POINT_EXECUTION = builder().name("twentyPointExecution")
                .executionWeight(BigDecimal.valueOf(20)).build();
    }
}
