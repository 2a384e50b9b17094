// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.model.AchievementLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The qualitative bands (定性指标分档) of a policy — 财预〔2020〕10号: 达成 [80%, 100%], 部分达成 [60%, 80%),
 * 未达成 [0, 60%) of the weight — and the point a policy picks inside one.
 */
final class Bands {

    private Bands() {
    }

    /**
     * The allowed range of a level on weight {@code w}, with the bands' lower shares as fractions ({@code achieved}
     * 0.8, {@code partially} 0.6); a single point 0 when the weight is 0.
     */
    static ScoreRange range(AchievementLevel level, BigDecimal w, RoundingPolicy rounding, BigDecimal achieved,
            BigDecimal partially) {
        if (w.signum() == 0) {
            return ScoreRange.exactly(tidy(BigDecimal.ZERO, rounding));
        }
        switch (level) {
            case ACHIEVED:
                return new ScoreRange(tidy(w.multiply(achieved), rounding), tidy(w, rounding), true);
            case PARTIALLY_ACHIEVED:
                return new ScoreRange(tidy(w.multiply(partially), rounding), tidy(w.multiply(achieved), rounding),
                        false);
            default:
                return new ScoreRange(tidy(BigDecimal.ZERO, rounding), tidy(w.multiply(partially), rounding), false);
        }
    }

    /**
     * The point inside a range: the top (or, when the top is excluded, the largest multiple of the score unit
     * below it), the middle rounded, or the bottom; never outside the range — if no number of the score scale
     * lies in it, the exact bottom.
     */
    static BigDecimal point(ScoreRange range, ScoringPolicy.BandPoint point, RoundingPolicy rounding) {
        BigDecimal chosen;
        switch (point) {
            case TOP:
                chosen = range.maxInclusive() ? range.max()
                        : range.max().setScale(rounding.scoreScale(), RoundingMode.CEILING)
                                .subtract(rounding.scoreUnit());
                break;
            case MIDDLE:
                chosen = rounding.score(range.min().add(range.max()).divide(BigDecimal.valueOf(2)));
                break;
            default:
                chosen = range.min().setScale(Math.max(rounding.scoreScale(), 0), RoundingMode.CEILING);
                break;
        }
        return range.contains(chosen) ? chosen : range.min();
    }

    /** The number at the score scale when no digit is lost (12.000 → 12.00), otherwise unchanged (7.145). */
    static BigDecimal tidy(BigDecimal x, RoundingPolicy rounding) {
        if (x.scale() == rounding.scoreScale()) {
            return x;
        }
        if (x.scale() < rounding.scoreScale()) {
            return x.setScale(rounding.scoreScale());
        }
        BigDecimal stripped = x.stripTrailingZeros();
        return stripped.scale() <= rounding.scoreScale() ? x.setScale(rounding.scoreScale()) : stripped;
    }
}
