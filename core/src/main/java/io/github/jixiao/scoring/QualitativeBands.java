// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bands of a qualitative indicator (定性指标分档), in percent of the row's 分值: 达成 from
 * {@code achievedFrom} to 100 % (both included), 部分达成 from {@code partiallyAchievedFrom} (included) to
 * {@code achievedFrom} (excluded), 未达成 from 0 (included) to {@code partiallyAchievedFrom} (excluded).
 * 财预〔2020〕10号: "100-80%（含）、80-60%（含）、60-0%", so {@link #STANDARD} is 80 and 60; a late deadline, a zero
 * target and a row without target and actual are scored in these bands too, as the policy says.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param achievedFrom the lowest percentage of 达成, above {@code partiallyAchievedFrom} and at most 100
 * @param partiallyAchievedFrom the lowest percentage of 部分达成, above 0
 */
public record QualitativeBands(BigDecimal achievedFrom, BigDecimal partiallyAchievedFrom) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 财预〔2020〕10号: 达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %). */
    public static final QualitativeBands STANDARD = new QualitativeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(60));


    /**
     * Creates bands.
     *
     * @param achievedFrom the lowest percentage of 达成, not null, above {@code partiallyAchievedFrom}, at most 100
     * @param partiallyAchievedFrom the lowest percentage of 部分达成, not null, above 0
     * @throws IllegalArgumentException if a band would be empty or reach above 100 %
     */
    public QualitativeBands {
        Objects.requireNonNull(achievedFrom, "achievedFrom");
        Objects.requireNonNull(partiallyAchievedFrom, "partiallyAchievedFrom");
        if (achievedFrom.compareTo(HUNDRED) > 0) {
            throw new PolicyValueException("achievedFrom", "achievedFrom is " + achievedFrom.toPlainString()
                    + " %; a band cannot reach above 100 % of the weight");
        }
        if (partiallyAchievedFrom.signum() <= 0) {
            throw new PolicyValueException("partiallyAchievedFrom", "partiallyAchievedFrom is "
                    + partiallyAchievedFrom.toPlainString() + " %; it must be above 0, or 未达成 would be empty");
        }
        if (partiallyAchievedFrom.compareTo(achievedFrom) >= 0) {
            throw new PolicyValueException("partiallyAchievedFrom", "partiallyAchievedFrom "
                    + partiallyAchievedFrom.toPlainString() + " % is not below achievedFrom "
                    + achievedFrom.toPlainString() + " %; the bands must not overlap: 未达成 < 部分达成 < 达成");
        }
    }

    /** The lowest share of the weight in 达成, as a fraction: 0.8 for 80 %. @return never null */
    BigDecimal achievedShare() {
        return achievedFrom.movePointLeft(2).stripTrailingZeros();
    }

    /** The lowest share of the weight in 部分达成, as a fraction: 0.6 for 60 %. @return never null */
    BigDecimal partiallyAchievedShare() {
        return partiallyAchievedFrom.movePointLeft(2).stripTrailingZeros();
    }
}
