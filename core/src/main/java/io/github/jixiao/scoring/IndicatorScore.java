// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The computed score of one level-3 indicator (三级指标得分): its points, the range the rules allow, the rule
 * applied, what the scorer noticed, and the arithmetic in Chinese and English
 * ({@code 未达成，按比例：90.00 / 120.00 × 15.00 = 11.25}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param leaf the indicator with its place in the tree
 * @param weight the weight scored against: the printed 分值, one derived from the 一级's printed points
 *     ({@link ScoreNote#WEIGHT_DERIVED}), or 0 when there is none ({@link ScoreNote#WEIGHT_MISSING})
 * @param points the points computed, rounded by the policy, 0 ≤ points ≤ 分值
 * @param allowed the range of points the rules allow; contains {@code points}
 * @param rule the rule applied
 * @param ratio 实际完成值 / 年度指标值 in normalized units where both are numbers, rounded to 6 decimals
 * @param notes what the scorer noticed, for the audit
 * @param explanation the arithmetic, in Chinese and English
 */
public record IndicatorScore(IndicatorTree.Leaf leaf, BigDecimal weight, BigDecimal points, ScoreRange allowed, Rule rule,
        Optional<BigDecimal> ratio, Set<ScoreNote> notes, Explanation explanation) {

    /**
     * Creates an indicator score.
     *
     * @param leaf not null
     * @param weight not null
     * @param points not null
     * @param allowed not null
     * @param rule not null
     * @param ratio not null
     * @param notes not null; copied
     * @param explanation not null
     * @throws InconsistentCardException if the points are outside [0, weight] or outside the allowed range
     */
    public IndicatorScore {
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ratio, "ratio");
        notes = ScoreNote.copy(notes);
        Objects.requireNonNull(explanation, "explanation");
        if (points.signum() < 0 || points.compareTo(weight.max(BigDecimal.ZERO)) > 0 || !allowed.contains(points)) {
            throw new InconsistentCardException("points", "points " + points.toPlainString() + " of \"" + leaf.path()
                    + "\" are not within [0, " + weight.toPlainString() + "] and the allowed " + allowed);
        }
    }

    /** The indicator scored. @return never null */
    public Indicator indicator() {
        return leaf.indicator();
    }

    /** Whether the weight was scored against: printed, or derived from the 一级's points. @return true unless missing */
    public boolean isWeighted() {
        return !notes.contains(ScoreNote.WEIGHT_MISSING);
    }

    /** The path, such as {@code 产出指标 › 数量指标 › 岗位薪酬信息采集量}. @return never null */
    public String path() {
        return leaf.path();
    }

    /** Whether the target counts as met (rule MET or DEADLINE_MET). @return true if met */
    public boolean isMet() {
        return rule == Rule.MET || rule == Rule.DEADLINE_MET;
    }

    /** The arithmetic in Chinese. @return never null */
    public String explanationZh() {
        return explanation.zh();
    }

    /** The arithmetic in English, such as {@code not met, proportional: 90.00 / 120.00 × 15.00 = 11.25}. @return never null */
    public String explanationEn() {
        return explanation.en();
    }
}
