// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points an indicator may score under the rules (允许得分区间): {@code [min, max]}, or {@code [min, max)}
 * when the band excludes its top (部分达成 is [60%, 80%) of the weight). A quantitative row has a single point.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param min the lowest allowed points, inclusive
 * @param max the highest allowed points
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record ScoreRange(BigDecimal min, BigDecimal max, boolean maxInclusive) {

    /**
     * Creates a range.
     *
     * @param min the lowest, not null
     * @param max the highest, not null, at least {@code min}
     * @param maxInclusive whether {@code max} is allowed
     */
    public ScoreRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "Range [" + min.toPlainString() + ", " + max.toPlainString() + "] is empty");
        }
    }

    /** A single allowed point. @param points not null @return never null */
    public static ScoreRange exactly(BigDecimal points) {
        return new ScoreRange(points, points, true);
    }

    /**
     * Whether {@code points} lies in the range.
     *
     * @param points not null
     * @return true if inside
     */
    public boolean contains(BigDecimal points) {
        int top = points.compareTo(max);
        return points.compareTo(min) >= 0 && (maxInclusive ? top <= 0 : top < 0);
    }

    /**
     * Whether {@code points} lies within {@code tolerance} of the range.
     *
     * @param points not null
     * @param tolerance at least 0, not null
     * @return true if {@code min − tolerance ≤ points ≤ max + tolerance} (strictly below {@code max} when the
     *         top is excluded and the tolerance is 0)
     */
    public boolean accepts(BigDecimal points, BigDecimal tolerance) {
        if (contains(points)) {
            return true;
        }
        if (tolerance.signum() == 0) {
            return false;
        }
        return points.compareTo(min.subtract(tolerance)) >= 0 && points.compareTo(max.add(tolerance)) <= 0
                && (maxInclusive || points.compareTo(max) < 0);
    }

    /** {@code [min, max]} or {@code [min, max)}. */
    @Override
    public String toString() {
        if (min.compareTo(max) == 0) {
            return min.toPlainString();
        }
        return "[" + min.toPlainString() + ", " + max.toPlainString() + (maxInclusive ? "]" : ")");
    }
}
