package io.github.jixiao.scoring;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.IndicatorTree;
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
        ExecutionScore execution = execution(form.funding().total(), policy);
        IndicatorScorer scorer = new IndicatorScorer(policy);
        List<IndicatorTree.Leaf> leaves = form.indicators().leaves();
        IndicatorScore[] scored = new IndicatorScore[leaves.size()];
        for (int i = 0; i < scored.length; i++) {
            scored[i] = scorer.score(leaves.get(i));
        }
        // an immutable list: the card keeps it without copying it again
        List<IndicatorScore> scores = List.of(scored);
        List<Subtotal> categories = new ArrayList<>();
        List<Subtotal> subcategories = new ArrayList<>();
        int next = 0;
        BigDecimal total = execution.points();
        BigDecimal weightTotal = execution.weight();
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
        return new ScoreCard(form, policy, execution, scores, categories, subcategories, total, weightTotal, rescaled,
                grade, notes);
    }

    /** 执行率 = 全年执行数 / 全年预算数 (or 年初预算数); 得分 = 分值 × min(执行率, 1), rounded by the policy. */
    static ExecutionScore execution(FundingSource line, ScoringPolicy policy) {
        RoundingPolicy rounding = policy.rounding();
        BigDecimal weight = policy.executionWeight();
        Optional<Amount> budget = policy.denominator() == ScoringPolicy.Denominator.ADJUSTED_BUDGET
                ? Optional.of(line.adjustedBudget()) : line.initialBudget();
        Set<ScoreNote> notes = EnumSet.noneOf(ScoreNote.class);
        Amount executed = line.executed();
        if (budget.isEmpty() || budget.get().number().signum() <= 0) {
            notes.add(ScoreNote.ZERO_BUDGET);
            BigDecimal zero = rounding.score(BigDecimal.ZERO);
            String shown = budget.map(Amount::toString).orElse("—");
            return new ExecutionScore(Optional.empty(), zero, weight, notes, Explanation.lazy(zh -> zh
                    ? "预算数为 " + shown + "，执行率无定义，计 0 分"
                    : "the budget is " + shown + ": the rate is undefined; 0 points"));
        }
        if (executed.compareTo(budget.get()) > 0) {
            notes.add(ScoreNote.EXECUTED_ABOVE_BUDGET);
        }
        BigDecimal exact = executed.divide(budget.get(), EXACT_RATE_SCALE, RoundingMode.HALF_UP);
        BigDecimal rate = rounding.rate(exact);
        BigDecimal factor = (rounding.roundRateBeforeMultiply() ? rate : exact).min(BigDecimal.ONE)
                .max(BigDecimal.ZERO);
        BigDecimal points = rounding.score(weight.multiply(factor)).min(weight);
        Amount denominator = budget.get();
        return new ExecutionScore(Optional.of(rate), points, weight, notes, Explanation.lazy(zh -> {
            String formula = executed.number().toPlainString() + " / " + denominator.number().toPlainString() + " = "
                    + rate.toPlainString();
            String used = (rounding.roundRateBeforeMultiply() ? rate : exact.stripTrailingZeros()).toPlainString();
            String product = weight.toPlainString() + " × " + (factor.compareTo(BigDecimal.ONE) == 0
                    && exact.compareTo(BigDecimal.ONE) > 0 ? "min(" + used + ", 1)" : used) + " = "
                    + points.toPlainString();
            return zh ? "执行率 = " + formula + "；得分 = " + product : "rate = " + formula + "; score = " + product;
        }));
    }
}
