// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules compute for one form (评分结果): the execution score, every indicator's points in form order,
 * subtotals per 一级 and 二级, the total, the total rescaled to 100 where the policy asks for it, and the grade.
 *
 * <p>总分 = 执行率得分 + Σ三级指标得分 ≤ {@link #weightTotal()}. The grade is that of the rescaled total when
 * present, otherwise of the total.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param form the form scored
 * @param policy the policy applied
 * @param execution the execution score
 * @param indicators every level-3 indicator's score, in form order
 * @param categories subtotals per level-1 indicator, in form order
 * @param subcategories subtotals per level-2 indicator, in form order
 * @param total 执行率得分 + Σ得分
 * @param weightTotal the execution weight + Σ分值 (printed, or derived from a 一级's points)
 * @param scoredWeight the part of {@code weightTotal} that could be assessed: without rows that cannot be scored
 *     (blank target or actual, unreadable notation), rows without weight, rows that do not apply, and the
 *     execution weight when the rate cannot be computed
 * @param rescaledTotal total / applicable weight × 100, when the policy rescales and some weight does not apply
 * @param grade the grade
 * @param notes what the scorer noticed about the form as a whole (no indicators)
 */
public record ScoreCard(SelfEvaluation form, ScoringPolicy policy, ExecutionScore execution,
        List<IndicatorScore> indicators, List<Subtotal> categories, List<Subtotal> subcategories, BigDecimal total,
        BigDecimal weightTotal, BigDecimal scoredWeight, Optional<BigDecimal> rescaledTotal, Grade grade,
        Set<ScoreNote> notes) {

    /**
     * Creates a score card; lists and sets are copied. A card cannot contradict its form or its policy: it must
     * score the form's rows in order, its total must be the execution points plus the indicators' points, its weight
     * total their weights, its grade the one the policy's bands give its final total, and it may rescale only under
     * a policy that rescales. Whether each row's points are the ones the rules give is {@link Scorer#score}'s to say:
     * {@code Scorer.score(card.form(), card.policy()).equals(card)}.
     *
     * @param form not null
     * @param policy not null
     * @param execution not null
     * @param indicators not null
     * @param categories not null
     * @param subcategories not null
     * @param total not null
     * @param weightTotal not null
     * @param scoredWeight not null
     * @param rescaledTotal not null
     * @param grade not null
     * @param notes not null
     * @throws InconsistentCardException if the card contradicts its form or its policy
     */
    public ScoreCard {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(execution, "execution");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        subcategories = List.copyOf(Objects.requireNonNull(subcategories, "subcategories"));
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weightTotal, "weightTotal");
        Objects.requireNonNull(scoredWeight, "scoredWeight");
        Objects.requireNonNull(rescaledTotal, "rescaledTotal");
        Objects.requireNonNull(grade, "grade");
        notes = ScoreNote.copy(notes);
        checkConsistent(form, policy, execution, indicators, total, weightTotal, scoredWeight, rescaledTotal, grade);
    }

    private static void checkConsistent(SelfEvaluation form, ScoringPolicy policy, ExecutionScore execution,
            List<IndicatorScore> indicators, BigDecimal total, BigDecimal weightTotal, BigDecimal scoredWeight,
            Optional<BigDecimal> rescaledTotal, Grade grade) {
        List<IndicatorTree.Leaf> leaves = form.indicators().leaves();
        if (indicators.size() != leaves.size()) {
            throw new InconsistentCardException("indicators", "the card scores " + indicators.size()
                    + " indicators; its form has " + leaves.size());
        }
        BigDecimal points = execution.points();
        BigDecimal weights = execution.weight();
        for (int i = 0; i < leaves.size(); i++) {
            IndicatorScore score = indicators.get(i);
            if (score.leaf() != leaves.get(i) && !score.leaf().equals(leaves.get(i))) {
                throw new InconsistentCardException("indicators/" + i + "/path", "indicator score " + i + " is of \""
                        + score.path()
                        + "\", not of the form's row \"" + leaves.get(i).path() + "\"");
            }
            points = points.add(score.points());
            weights = weights.add(score.weight());
        }
        if (total.compareTo(points) != 0) {
            throw new InconsistentCardException("total", "total " + total.toPlainString()
                    + " is not the execution points plus the indicators' points, " + points.toPlainString());
        }
        if (weightTotal.compareTo(weights) != 0) {
            throw new InconsistentCardException("weightTotal", "weightTotal " + weightTotal.toPlainString()
                    + " is not the execution weight plus the indicators' weights, " + weights.toPlainString());
        }
        if (scoredWeight.signum() < 0 || scoredWeight.compareTo(weightTotal) > 0) {
            throw new InconsistentCardException("scoredWeight", "scoredWeight " + scoredWeight.toPlainString()
                    + " is not within [0, " + weightTotal.toPlainString() + "]");
        }
        if (rescaledTotal.isPresent() && !policy.rescaleNotApplicable()) {
            throw new InconsistentCardException("rescaledTotal", "the card rescales its total under policy "
                    + policy.name() + ", which does not rescale");
        }
        Grade banded = policy.grades().grade(rescaledTotal.orElse(total));
        if (grade != banded) {
            throw new InconsistentCardException("grade", "grade " + grade + " is not the grade " + banded
                    + " that policy " + policy.name() + " gives " + rescaledTotal.orElse(total).toPlainString());
        }
    }

    /** The total the grade is taken from: the rescaled total when present, otherwise the total. @return never null */
    public BigDecimal finalTotal() {
        return rescaledTotal.orElse(total);
    }
}
