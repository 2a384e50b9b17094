// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoreNote;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.scoring.Subtotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit (审核): compares what a form says with what the rules compute, and checks the form's own
 * arithmetic. {@code Audit.check(form, ScoringPolicy.national())} scores the form and reports, as
 * {@link Finding}s with a {@link FindingCode}:
 *
 * <ul>
 *   <li>funding: 年度资金总额 ≠ Σ sources; 全年执行数 &gt; 全年预算数; a zero budget; a printed 执行率 more than one
 *       unit of its last place from 全年执行数 / 全年预算数; the execution 得分 beyond the policy's tolerance;
 *       an execution 分值 other than the policy's;</li>
 *   <li>each indicator: 得分 above 分值; 得分 outside the computed point ± tolerance or the allowed band; a met
 *       target with a deduction; a deduction with no 偏差原因; an actual that repeats the target; over-achievement
 *       and implausible deviations; unit problems; rows that cannot be scored or carry odd weights;</li>
 *   <li>cost rows: a cost target above the budget; cost actuals ≠ 全年执行数;</li>
 *   <li>totals: Σ分值 ≠ 100 or ≠ the printed Σ; 总分 ≠ Σ printed 得分 or ≠ the computed total; 评分等级 not
 *       the grade of 总分.</li>
 * </ul>
 *
 * <p>Tolerances come from the policy. Pure and thread-safe; it never changes the form and never throws on a
 * valid one.
 */
public final class Audit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Audit() {
    }

    /**
     * Scores a form under a policy and audits it.
     *
     * @param form the form, not null
     * @param policy the policy, not null
     * @return the report, never null
     */
    public static AuditReport check(SelfEvaluation form, ScoringPolicy policy) {
        return check(Scorer.score(form, policy));
    }

    /**
     * Audits the form of a score card against it.
     *
     * @param card the card from {@link Scorer#score}, not null
     * @return the report, never null
     */
    public static AuditReport check(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        SelfEvaluation form = card.form();
        ScoringPolicy policy = card.policy();
        List<Finding> out = new ArrayList<>(32);
        FundingChecks.check(form.funding(), card.execution(), policy, out);
        if (card.notes().contains(ScoreNote.NO_INDICATORS)) {
            out.add(Messages.finding(FindingCode.NO_INDICATORS, "绩效指标", null, null, null));
        }
        BigDecimal reportedSum = form.funding().reportedScore().orElse(BigDecimal.ZERO);
        for (IndicatorScore score : card.indicators()) {
            Optional<BigDecimal> reported = score.indicator().reportedScore();
            IndicatorChecks.check(score, reported, policy, out);
            if (reported.isPresent()) {
                reportedSum = reportedSum.add(reported.get());
            }
        }
        IndicatorChecks.checkCosts(card.indicators(), form.funding().total(), out);
        totals(form, card, reportedSum, out);
        return new AuditReport(card, out);
    }

    /**
     * Σ分值, 总分 (against {@code reportedSum}, the Σ of the printed 得分) and 评分等级. Σ分值 is checked only when
     * there are rows and every row has a weight (a row without one is reported once, where it is).
     */
    private static void totals(SelfEvaluation form, ScoreCard card, BigDecimal reportedSum, List<Finding> out) {
        ScoringPolicy policy = card.policy();
        Origin totalCell = form.origin(Field.TOTAL).orElse(null);
        Origin weightsCell = form.origin(Field.WEIGHT_TOTAL).orElse(totalCell);
        BigDecimal weights = card.weightTotal();
        // without rows (a blank template, a form cut short) there is no Σ分值 to check: NO_INDICATORS says why
        boolean allWeighted = !card.indicators().isEmpty()
                && card.indicators().stream().allMatch(IndicatorScore::isWeighted);
        if (allWeighted && weights.compareTo(HUNDRED) != 0) {
            out.add(Messages.finding(FindingCode.WEIGHTS_NOT_100, "总分", weightsCell, weights, "100", weights));
        }
        Optional<BigDecimal> printedWeights = form.reportedWeightTotal();
        if (allWeighted && printedWeights.isPresent() && printedWeights.get().compareTo(weights) != 0) {
            out.add(Messages.finding(FindingCode.WEIGHT_TOTAL_MISMATCH, "总分", weightsCell, printedWeights.get(),
                    weights, printedWeights.get(), weights));
        }
        if (form.reportedTotal().isPresent()) {
            BigDecimal printed = form.reportedTotal().get();
            if (printed.subtract(reportedSum).abs().compareTo(policy.scoreTolerance()) > 0) {
                out.add(Messages.finding(FindingCode.TOTAL_MISMATCH, "总分", totalCell, printed, reportedSum, printed,
                        reportedSum));
            }
            BigDecimal computed = card.finalTotal();
            if (printed.subtract(computed).abs().compareTo(policy.scoreTolerance()) > 0) {
                out.add(Messages.finding(FindingCode.TOTAL_DIFFERS_FROM_RULES, "总分", totalCell, printed, computed,
                        printed, computed));
            }
        }
        if (form.reportedGrade().isPresent()) {
            Optional<Grade> printed = Grade.parse(form.reportedGrade().get());
            Grade expected = policy.grades().grade(form.reportedTotal().orElse(card.finalTotal()));
            if (printed.isEmpty() || printed.get() != expected) {
                out.add(Messages.finding(FindingCode.GRADE_MISMATCH, "评分等级", form.origin(Field.GRADE).orElse(null),
                        form.reportedGrade().get(), expected.label(), form.reportedGrade().get(), expected.label()));
            }
        }
    }
}
