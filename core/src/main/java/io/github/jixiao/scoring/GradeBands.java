package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade boundaries (等级划分): 优 from {@code excellentFrom}, 良 from {@code goodFrom}, 中 from
 * {@code fairFrom}, 差 below. With {@code lowerBoundsInclusive} (the 10号 reading, "90（含）-100分为优") a total
 * equal to a boundary gets the higher grade: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60; without it the
 * boundary belongs to the lower grade: 优 &gt; 90, 良 (80, 90], 中 (60, 80], 差 ≤ 60.
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

    /** 财预〔2020〕10号: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60. */
    public static final GradeBands STANDARD = new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80),
            BigDecimal.valueOf(60), true);

    /**
     * Creates grade bands.
     *
     * @param excellentFrom the boundary of 优, not null
     * @param goodFrom the boundary of 良, not null, at most {@code excellentFrom}
     * @param fairFrom the boundary of 中, not null, at most {@code goodFrom}
     * @param lowerBoundsInclusive whether a total equal to a boundary gets the higher grade
     */
    public GradeBands {
        Objects.requireNonNull(excellentFrom, "excellentFrom");
        Objects.requireNonNull(goodFrom, "goodFrom");
        Objects.requireNonNull(fairFrom, "fairFrom");
        if (goodFrom.compareTo(excellentFrom) > 0 || fairFrom.compareTo(goodFrom) > 0) {
            throw new IllegalArgumentException("Grade boundaries " + excellentFrom.toPlainString() + ", "
                    + goodFrom.toPlainString() + ", " + fairFrom.toPlainString() + " must not increase");
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
