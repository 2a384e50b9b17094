// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.NotApplicable;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a form under a policy (评分): {@code Scorer.score(form, ScoringPolicy.national())}.
 *
 * <ul>
 *   <li>执行率 = 全年执行数 / 全年预算数 (computed to 12 decimals, then rounded as the policy says);
 *       得分 = 分值 × min(执行率, 1); a zero budget leaves the rate undefined and scores 0.</li>
 *   <li>A quantitative target met (≥ &gt; ≤ &lt; = as written) scores its full 分值; missed, a positive one
 *       scores 分值 × 实际 / 目标 and a reverse one 分值 × 目标 / 实际, rounded once. A reverse target with actual 0
 *       is met. Values are compared in normalized units; when one side has no unit it takes the other's.</li>
 *   <li>An achievement level (达成 / 部分达成 / 未达成) scores the policy's point inside its band, whatever the
 *       target; a descriptive actual equal to a qualitative target counts as 达成.</li>
 *   <li>A deadline met scores full; a late one the policy's band.</li>
 *   <li>总分 = 执行率得分 + Σ得分; the grade is that of the total (or the rescaled total).</li>
 * </ul>
 *
 * <p>Pure, deterministic and thread-safe: the result depends on the arguments only. It never throws on a valid
 * form: what it cannot assess scores 0 under {@link Rule#UNASSESSABLE} with a {@link ScoreNote}.
 */
public final class Scorer {

    private static final int EXACT_RATE_SCALE = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {
    }

    /**
     * Scores a form.
     *
     * @param form the form, not null
     * @param policy the policy, not null
     * @return the score card, never null
     */
    public static ScoreCard score(SelfEvaluation form, ScoringPolicy policy) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(policy, "policy");
        RoundingPolicy rounding = policy.rounding();
        ExecutionScore execution = execution(form.funding(), policy);
        IndicatorScorer scorer = new IndicatorScorer(policy, form.year().orElse(null));
        List<IndicatorTree.Leaf> leaves = form.indicators().leaves();
        IndicatorScore[] scored = new IndicatorScore[leaves.size()];
        int at = 0;
        for (Category category : form.indicators().categories()) {
            Optional<BigDecimal> share = share(category, rounding);
            for (Subcategory subcategory : category.subcategories()) {
                for (Indicator indicator : subcategory.indicators()) {
                    IndicatorTree.Leaf leaf = leaves.get(at);
                    if (indicator.weight().isPresent()) {
                        scored[at] = scorer.score(leaf, indicator.weight().get(), null);
                    } else if (indicator.target() instanceof NotApplicable) {
                        scored[at] = scorer.score(leaf, BigDecimal.ZERO, null);
                    } else if (share.isPresent()) {
                        scored[at] = scorer.score(leaf, share.get(), ScoreNote.WEIGHT_DERIVED);
                    } else {
                        scored[at] = scorer.score(leaf, BigDecimal.ZERO, ScoreNote.WEIGHT_MISSING);
                    }
                    at++;
                }
            }
        }
        // an immutable list: the card keeps it without copying it again
        List<IndicatorScore> scores = List.of(scored);
        List<Subtotal> categories = new ArrayList<>();
        List<Subtotal> subcategories = new ArrayList<>();
        int next = 0;
        BigDecimal total = execution.points();
        BigDecimal weightTotal = execution.weight();
        BigDecimal scoredWeight = execution.rate().isPresent() ? execution.weight() : BigDecimal.ZERO;
        BigDecimal notApplicable = BigDecimal.ZERO;
        for (Category category : form.indicators().categories()) {
            BigDecimal categoryWeight = BigDecimal.ZERO;
            BigDecimal categoryPoints = BigDecimal.ZERO;
            for (Subcategory subcategory : category.subcategories()) {
                BigDecimal weight = BigDecimal.ZERO;
                BigDecimal points = BigDecimal.ZERO;
                for (int i = 0; i < subcategory.indicators().size(); i++) {
                    IndicatorScore score = scores.get(next++);
                    weight = weight.add(score.weight());
                    points = points.add(score.points());
                    if (score.rule() == Rule.NOT_APPLICABLE) {
                        notApplicable = notApplicable.add(score.weight());
                    } else if (score.rule() != Rule.UNASSESSABLE) {
                        scoredWeight = scoredWeight.add(score.weight());
                    }
                }
                String path = subcategory.indicators().isEmpty()
                        ? IndicatorTree.Leaf.subcategoryPath(category, subcategory)
                        : scores.get(next - 1).leaf().parentPath();
                subcategories.add(new Subtotal(path, weight, points));
                categoryWeight = categoryWeight.add(weight);
                categoryPoints = categoryPoints.add(points);
            }
            categories.add(new Subtotal(category.label(), categoryWeight, categoryPoints));
            total = total.add(categoryPoints);
            weightTotal = weightTotal.add(categoryWeight);
        }
        BigDecimal applicable = weightTotal.subtract(notApplicable);
        Optional<BigDecimal> rescaled = Optional.empty();
        if (policy.rescaleNotApplicable() && applicable.signum() > 0 && applicable.compareTo(HUNDRED) != 0) {
            rescaled = Optional.of(total.multiply(HUNDRED).divide(applicable, rounding.scoreScale(),
                    rounding.scoreMode()));
        }
        Set<ScoreNote> notes = scores.isEmpty() ? EnumSet.of(ScoreNote.NO_INDICATORS) : EnumSet.noneOf(ScoreNote.class);
        Grade grade = policy.grades().grade(rescaled.orElse(total));
        return new ScoreCard(form, policy, execution, scores, categories, subcategories, total, weightTotal,
                scoredWeight, rescaled, grade, notes);
    }

    /**
     * The weight of each row of a 一级 that prints its points ({@code 产出指标(60分)}) but no row a 分值: the points
     * shared equally among its applicable rows, at the policy's score scale. Empty when any row prints a 分值.
     */
    private static Optional<BigDecimal> share(Category category, RoundingPolicy rounding) {
        if (category.printedPoints().isEmpty()) {
            return Optional.empty();
        }
        int rows = 0;
        for (Subcategory subcategory : category.subcategories()) {
            for (Indicator indicator : subcategory.indicators()) {
                if (indicator.weight().isPresent()) {
                    return Optional.empty();
                }
                if (!(indicator.target() instanceof NotApplicable)) {
                    rows++;
                }
            }
        }
        return rows == 0 ? Optional.empty()
                : Optional.of(Bands.tidy(category.printedPoints().get().divide(BigDecimal.valueOf(rows),
                        rounding.scoreScale(), rounding.scoreMode()), rounding));
    }

    /**
     * 执行率 = 全年执行数 / 全年预算数 (or 年初预算数) of the 年度资金总额 line (or, when the form prints none, of the sum of
     * its source lines); 得分 = 分值 × min(执行率, 1), rounded by the policy. The 分值 is the form's own (its 分值
     * cell, or the points in its title), else the policy's.
     */
    static ExecutionScore execution(Funding funding, ScoringPolicy policy) {
        RoundingPolicy rounding = policy.rounding();
        Set<ScoreNote> notes = EnumSet.noneOf(ScoreNote.class);
        BigDecimal weight = funding.printedWeight().orElseGet(() -> {
            notes.add(ScoreNote.EXECUTION_WEIGHT_ASSUMED);
            return policy.executionWeight();
        });
        FundingSource line = funding.total().orElseGet(() -> {
            notes.add(ScoreNote.TOTAL_FROM_SOURCES);
            return sumOf(funding);
        });
        Optional<Amount> budget = policy.denominator() == ScoringPolicy.Denominator.ADJUSTED_BUDGET
                ? line.adjustedBudget() : line.initialBudget();
        Optional<Amount> spent = line.executed();
        if (budget.isEmpty() || spent.isEmpty() || budget.get().number().signum() <= 0) {
            notes.add(budget.isEmpty() ? ScoreNote.BUDGET_MISSING
                    : spent.isEmpty() ? ScoreNote.EXECUTED_MISSING : ScoreNote.ZERO_BUDGET);
            BigDecimal zero = rounding.score(BigDecimal.ZERO);
            Explanation why;
            if (budget.isEmpty() || spent.isEmpty()) {
                why = Explanation.lazy(language -> ExplanationText.EXECUTION_NO_AMOUNT.in(language));
            } else {
                Amount zeroBudget = budget.get();
                why = Explanation.lazy(language -> ExplanationText.EXECUTION_ZERO_BUDGET.in(language, zeroBudget));
            }
            return new ExecutionScore(Optional.empty(), zero, weight, notes, why);
        }
        Amount executed = spent.get();
        if (executed.compareTo(budget.get()) > 0) {
            notes.add(ScoreNote.EXECUTED_ABOVE_BUDGET);
        }
        BigDecimal exact = executed.divide(budget.get(), EXACT_RATE_SCALE, RoundingMode.HALF_UP);
        BigDecimal rate = rounding.rate(exact);
        BigDecimal factor = (rounding.roundRateBeforeMultiply() ? rate : exact).min(BigDecimal.ONE)
                .max(BigDecimal.ZERO);
        BigDecimal points = rounding.score(weight.multiply(factor)).min(weight);
        Amount denominator = budget.get();
        ExplanationText text = factor.compareTo(BigDecimal.ONE) == 0 && exact.compareTo(BigDecimal.ONE) > 0
                ? ExplanationText.EXECUTION_CAPPED : ExplanationText.EXECUTION;
        return new ExecutionScore(Optional.of(rate), points, weight, notes, Explanation.lazy(language -> text.in(
                language, executed.number(), denominator.number(), rate, weight,
                rounding.roundRateBeforeMultiply() ? rate : exact.stripTrailingZeros(), points)));
    }

    /** The sum of the source lines, per amount; an amount blank on any line is blank in the sum. */
    private static FundingSource sumOf(Funding funding) {
        FundingSource.Builder sum = FundingSource.builder().label("Σ");
        sumColumn(funding, FundingSource::initialBudget).ifPresent(sum::initialBudget);
        sumColumn(funding, FundingSource::adjustedBudget).ifPresent(sum::adjustedBudget);
        sumColumn(funding, FundingSource::executed).ifPresent(sum::executed);
        return sum.build();
    }

    private static Optional<Amount> sumColumn(Funding funding, Function<FundingSource, Optional<Amount>> column) {
        if (funding.sources().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FundingSource source : funding.sources()) {
            Optional<Amount> amount = column.apply(source);
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(amount.get().number());
        }
        return Optional.of(new Amount(sum, funding.unit()));
    }
}
