// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The computed score of the budget execution rate (预算执行率得分):
 * 执行率 = 全年执行数 / 全年预算数; 得分 = 分值 × min(执行率, 1), rounded as the policy says.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rate the rate as a fraction, rounded to the policy's rate scale; empty when the budget is zero
 * @param points the points, 0 ≤ points ≤ weight
 * @param weight the weight (分值) of the policy
 * @param notes what the scorer noticed (zero budget, executed above budget)
 * @param explanation the arithmetic, in Chinese and English
 */
public record ExecutionScore(Optional<BigDecimal> rate, BigDecimal points, BigDecimal weight, Set<ScoreNote> notes,
        Explanation explanation) {

    /**
     * Creates an execution score.
     *
     * @param rate not null
     * @param points not null
     * @param weight not null
     * @param notes not null; copied
     * @param explanation not null
     */
    public ExecutionScore {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(weight, "weight");
        notes = ScoreNote.copy(notes);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The arithmetic in Chinese, such as {@code 执行率 = 242730.00 / 280000.00 = 0.87；得分 = 10 × 0.87 = 8.70}. @return never null */
    public String explanationZh() {
        return explanation.zh();
    }

    /** The arithmetic in English. @return never null */
    public String explanationEn() {
        return explanation.en();
    }
}
