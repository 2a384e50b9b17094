// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How rates and scores are rounded (舍入规则). No national text fixes it, so it is always named:
 *
 * <ul>
 *   <li>{@code rateScale} / {@code rateMode}: the execution rate 执行率 as a fraction (scale 4 is a percentage
 *       with 2 decimals, {@code 60.53%}; scale 2 is the fraction {@code 0.87});</li>
 *   <li>{@code roundRateBeforeMultiply}: whether the score is 分值 × the rounded rate (Shenzhen: 0.8669 → 0.87 →
 *       8.70) or 分值 × the exact rate, rounded once at the end (8.67);</li>
 *   <li>{@code scoreScale} / {@code scoreMode}: every score (execution and indicator points, rescaled total).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rateScale decimals of the rate as a fraction, at least 0
 * @param rateMode the rounding mode of the rate
 * @param roundRateBeforeMultiply whether 分值 is multiplied by the rounded rate
 * @param scoreScale decimals of every score, at least 0
 * @param scoreMode the rounding mode of scores
 */
public record RoundingPolicy(int rateScale, RoundingMode rateMode, boolean roundRateBeforeMultiply, int scoreScale,
        RoundingMode scoreMode) {

    /** National default: rate to 4 decimals (a percentage to 2) half-up, score rounded once, 2 decimals half-up. */
    public static final RoundingPolicy DEFAULT = new RoundingPolicy(4, RoundingMode.HALF_UP, false, 2,
            RoundingMode.HALF_UP);

    /** Shenzhen 2020–21: the fraction rounded half-up to 2 decimals before × 分值 (0.866893 → 0.87 → 8.70). */
    public static final RoundingPolicy SHENZHEN = new RoundingPolicy(2, RoundingMode.HALF_UP, true, 2,
            RoundingMode.HALF_UP);

    /** Shanghai municipal 2023: the percentage and the score truncated to 2 decimals (60.5357% → 60.53%, 9.988 → 9.98). */
    public static final RoundingPolicy SHANGHAI = new RoundingPolicy(4, RoundingMode.DOWN, false, 2,
            RoundingMode.DOWN);

    /**
     * Creates a rounding policy.
     *
     * @param rateScale decimals of the rate as a fraction, 0 to 12
     * @param rateMode the rounding mode of the rate, not null, not UNNECESSARY
     * @param roundRateBeforeMultiply whether 分值 is multiplied by the rounded rate
     * @param scoreScale decimals of every score, 0 to 12
     * @param scoreMode the rounding mode of scores, not null, not UNNECESSARY
     */
    public RoundingPolicy {
        Objects.requireNonNull(rateMode, "rateMode");
        Objects.requireNonNull(scoreMode, "scoreMode");
        checkScale("rateScale", rateScale);
        checkScale("scoreScale", scoreScale);
        if (rateMode == RoundingMode.UNNECESSARY) {
            throw new PolicyValueException("rateMode", "RoundingMode.UNNECESSARY cannot round rates or scores");
        }
        if (scoreMode == RoundingMode.UNNECESSARY) {
            throw new PolicyValueException("scoreMode", "RoundingMode.UNNECESSARY cannot round rates or scores");
        }
    }

    private static void checkScale(String name, int scale) {
        if (scale < 0 || scale > 12) {
            throw new PolicyValueException(name, name + " is " + scale + "; it must be 0 to 12");
        }
    }

    /** Rounds a rate: {@code rate.setScale(rateScale, rateMode)}. @param rate not null @return never null */
    public BigDecimal rate(BigDecimal rate) {
        return rate.setScale(rateScale, rateMode);
    }

    /** Rounds a score: {@code score.setScale(scoreScale, scoreMode)}. @param score not null @return never null */
    public BigDecimal score(BigDecimal score) {
        return score.setScale(scoreScale, scoreMode);
    }

    /** One unit in the last place of a score: 10<sup>−scoreScale</sup> (0.01 for 2 decimals). @return never null */
    public BigDecimal scoreUnit() {
        return BigDecimal.ONE.movePointLeft(scoreScale);
    }
}
