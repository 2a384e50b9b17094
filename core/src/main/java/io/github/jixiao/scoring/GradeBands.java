// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade boundaries (等级划分): 优 from {@code excellentFrom}, 良 from {@code goodFrom}, 中 from
 * {@code fairFrom}, 差 below. With {@code lowerBoundsInclusive} (the 10号 reading, "90（含）-100分为优") a total
 * equal to a boundary gets the higher grade: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60; without it the
 * boundary belongs to the lower grade: 优 &gt; 90, 良 (80, 90], 中 (60, 80], 差 ≤ 60. The boundaries are totals out of
 * 100 and strictly decrease, so no grade is empty.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param excellentFrom the boundary of 优
 * @param goodFrom the boundary of 良
 * @param fairFrom the boundary of 中
 * @param lowerBoundsInclusive whether a total equal to a boundary gets the higher grade
 */
public record GradeBands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom,
        boolean lowerBoundsInclusive) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 财预〔2020〕10号: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60. */
    public static final GradeBands STANDARD = new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80),
            BigDecimal.valueOf(60), true);


    /**
     * Creates grade bands.
     *
     * @param excellentFrom the boundary of 优, not null, at most 100
     * @param goodFrom the boundary of 良, not null, at most {@code excellentFrom}
     * @param fairFrom the boundary of 中, not null, at most {@code goodFrom}
     * @param lowerBoundsInclusive whether a total equal to a boundary gets the higher grade
     */
    public GradeBands {
        Objects.requireNonNull(excellentFrom, "excellentFrom");
        Objects.requireNonNull(goodFrom, "goodFrom");
        Objects.requireNonNull(fairFrom, "fairFrom");
        if (excellentFrom.compareTo(HUNDRED) > 0) {
            throw new PolicyValueException("excellentFrom", "excellentFrom is " + excellentFrom.toPlainString()
                    + "; a grade boundary is a total out of 100, at most 100");
        }
        if (goodFrom.compareTo(excellentFrom) >= 0) {
            throw new PolicyValueException("goodFrom", "goodFrom " + goodFrom.toPlainString()
                    + " is not below excellentFrom " + excellentFrom.toPlainString()
                    + "; the boundaries must decrease, 优 above 良 above 中");
        }
        if (fairFrom.compareTo(goodFrom) >= 0) {
            throw new PolicyValueException("fairFrom", "fairFrom " + fairFrom.toPlainString()
                    + " is not below goodFrom " + goodFrom.toPlainString()
                    + "; the boundaries must decrease, 优 above 良 above 中");
        }
        if (fairFrom.signum() < 0) {
            throw new PolicyValueException("fairFrom", "fairFrom is " + fairFrom.toPlainString() + "; it must be ≥ 0");
        }
    }

    /**
     * The grade of a total.
     *
     * @param total the total, not null
     * @return never null
     */
    public Grade grade(BigDecimal total) {
        Objects.requireNonNull(total, "total");
        if (reaches(total, excellentFrom)) {
            return Grade.EXCELLENT;
        }
        if (reaches(total, goodFrom)) {
            return Grade.GOOD;
        }
        return reaches(total, fairFrom) ? Grade.FAIR : Grade.POOR;
    }

    private boolean reaches(BigDecimal total, BigDecimal boundary) {
        int c = total.compareTo(boundary);
        return lowerBoundsInclusive ? c >= 0 : c > 0;
    }
}
