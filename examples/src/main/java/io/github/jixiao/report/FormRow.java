// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Language;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoreRange;
import io.github.jixiao.vocabulary.WhiteSpace;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a batch keeps of one audited form (审核汇总行) once its report is written: where it is, its header, the
 * reported and computed totals and grades, the execution figures, the number of findings by severity and how far
 * the self-given indicator scores stray from what the rules allow. A few hundred bytes, so that a batch of
 * 40,000 forms keeps its rows and not its reports.
 *
 * <p>Unsupported scores: an indicator's 得分 the rules do not accept (outside its allowed range, beyond the
 * policy's tolerance); {@code excess} is Σ (得分 − highest allowed) over those scored above their range,
 * {@code shortfall} Σ (lowest allowed − 得分) over those below.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the form's place in the batch, from 1
 * @param source where the form is: the file as given, the sheet and the cell where it starts (or a JSON pointer)
 * @param project 项目名称, empty when blank
 * @param department 主管部门, if printed
 * @param implementingUnit 实施单位, if printed
 * @param year the fiscal year, if printed
 * @param policy the name of the scoring policy applied ({@code national})
 * @param reportedTotal the 总分 printed, if any
 * @param reportedGrade the 评分等级 printed, if any
 * @param computedTotal the total the rules give (rescaled when the policy rescales)
 * @param grade the grade the rules give
 * @param rate the execution rate as a fraction, when it can be computed
 * @param budget 全年预算数 of the total line (or the sum of the sources), in 元
 * @param executed 全年执行数 of the total line (or the sum of the sources), in 元
 * @param counts the number of findings by severity, indexed by {@link Severity#ordinal()}
 * @param unsupported how many indicator scores the rules do not accept
 * @param excess Σ points given above the allowed range
 * @param shortfall Σ points given below the allowed range
 */
public record FormRow(int number, Origin source, String project, Optional<String> department,
        Optional<String> implementingUnit, Optional<Year> year, String policy, Optional<BigDecimal> reportedTotal,
        Optional<String> reportedGrade, BigDecimal computedTotal, Grade grade, Optional<BigDecimal> rate,
        Optional<BigDecimal> budget, Optional<BigDecimal> executed, int[] counts, int unsupported, BigDecimal excess,
        BigDecimal shortfall) {

    /**
     * Creates a row; the counts are copied.
     *
     * @param number at least 1
     * @param source not null
     * @param project not null
     * @param department not null
     * @param implementingUnit not null
     * @param year not null
     * @param policy not null
     * @param reportedTotal not null
     * @param reportedGrade not null
     * @param computedTotal not null
     * @param grade not null
     * @param rate not null
     * @param budget not null
     * @param executed not null
     * @param counts three counts, not null
     * @param unsupported at least 0
     * @param excess not null
     * @param shortfall not null
     */
    public FormRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(implementingUnit, "implementingUnit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reportedTotal, "reportedTotal");
        Objects.requireNonNull(reportedGrade, "reportedGrade");
        Objects.requireNonNull(computedTotal, "computedTotal");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(executed, "executed");
        counts = Objects.requireNonNull(counts, "counts").clone();
        if (counts.length != Severity.values().length) {
            throw new IllegalArgumentException("counts has " + counts.length + " entries; it needs one per severity");
        }
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(shortfall, "shortfall");
    }

    /**
     * The row of an evaluated form.
     *
     * @param number the form's place in the batch, from 1
     * @param evaluation the form evaluated, not null
     * @return never null
     */
    public static FormRow of(int number, Evaluation evaluation) {
        ScoreCard card = evaluation.card();
        SelfEvaluation form = card.form();
        Origin source = evaluation.source();
        int[] counts = new int[Severity.values().length];
        evaluation.findings().forEach(f -> counts[f.severity().ordinal()]++);
        BigDecimal tolerance = card.policy().scoreTolerance();
        int unsupported = 0;
        BigDecimal excess = BigDecimal.ZERO;
        BigDecimal shortfall = BigDecimal.ZERO;
        for (IndicatorScore score : card.indicators()) {
            Optional<BigDecimal> reported = score.indicator().reportedScore();
            if (reported.isEmpty() || score.allowed().accepts(reported.get(), tolerance)) {
                continue;
            }
            unsupported++;
            ScoreRange allowed = score.allowed();
            if (reported.get().compareTo(allowed.max()) >= 0) {
                excess = excess.add(reported.get().subtract(allowed.max()));
            } else {
                shortfall = shortfall.add(allowed.min().subtract(reported.get()));
            }
        }
        FundingSource total = totalLine(form.funding());
        // departments and units are grouped by: a no-break space at the end must not make a second department
        return new FormRow(number, source, form.project().name(), stripped(form.project().department()),
                stripped(form.project().implementingUnit()), form.year(), card.policy().name(), form.reportedTotal(),
                form.reportedGrade(), card.finalTotal(), card.grade(), card.execution().rate(),
                total.adjustedBudget().map(Amount::yuan), total.executed().map(Amount::yuan), counts, unsupported,
                excess, shortfall);
    }

    /**
     * The 年度资金总额 line, or when the form prints none the sum of its source lines (an amount blank on any line is
     * blank in the sum), as the scorer takes it.
     *
     * @param funding not null
     * @return never null
     */
    public static FundingSource totalLine(Funding funding) {
        return funding.total().orElseGet(() -> FundingSource.builder().label("Σ")
                .adjustedBudget(sum(funding, FundingSource::adjustedBudget))
                .executed(sum(funding, FundingSource::executed)).build());
    }

    private static Optional<Amount> sum(Funding funding, Function<FundingSource, Optional<Amount>> column) {
        if (funding.sources().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FundingSource line : funding.sources()) {
            Optional<Amount> amount = column.apply(line);
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(amount.get().number());
        }
        return Optional.of(new Amount(sum, funding.unit()));
    }

    /** The number of findings by severity, indexed by {@link Severity#ordinal()}. @return a copy, never null */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** How many findings of a severity. @param severity not null @return the count */
    public int count(Severity severity) {
        return counts[severity.ordinal()];
    }

    /** Whether the printed grade differs from the computed one (an unreadable printed grade counts as differing). @return true if so */
    public boolean gradeDiffers() {
        return reportedGrade.map(g -> Grade.parse(g).map(p -> p != grade).orElse(true)).orElse(false);
    }

    /**
     * The policy's name for people: the Chinese name of the presets (全国通用 …), else its own name.
     *
     * @param language the language
     * @return never null
     */
    public String policyName(Language language) {
        return PolicyNames.of(policy, language);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FormRow other && number == other.number && source.equals(other.source)
                && project.equals(other.project) && department.equals(other.department)
                && implementingUnit.equals(other.implementingUnit) && year.equals(other.year)
                && policy.equals(other.policy) && reportedTotal.equals(other.reportedTotal)
                && reportedGrade.equals(other.reportedGrade) && computedTotal.equals(other.computedTotal)
                && grade == other.grade && rate.equals(other.rate) && budget.equals(other.budget)
                && executed.equals(other.executed) && java.util.Arrays.equals(counts, other.counts)
                && unsupported == other.unsupported && excess.equals(other.excess)
                && shortfall.equals(other.shortfall);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, source, project, computedTotal) * 31 + java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "FormRow[" + number + ", " + source + ", " + project + ", " + computedTotal.toPlainString() + " "
                + grade.label() + ", counts=" + java.util.Arrays.toString(counts) + "]";
    }

    private static Optional<String> stripped(Optional<String> text) {
        return text.map(WhiteSpace::strip).filter(t -> !t.isEmpty());
    }
}
