package io.github.jixiao.audit;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The checks of the funding block (项目资金): the lines' arithmetic, 执行率 and its score. */
final class FundingChecks {

    private static final String BLOCK = "项目资金 › ";

    private FundingChecks() {
    }

    static void check(Funding funding, ExecutionScore execution, ScoringPolicy policy, List<Finding> out) {
        if (funding.weight().compareTo(policy.executionWeight()) != 0) {
            out.add(Messages.finding(FindingCode.EXECUTION_WEIGHT_DIFFERS, location(funding.total()),
                    funding.weight(), policy.executionWeight(), funding.weight(), policy.executionWeight()));
        }
        checkSums(funding, out);
        line(funding.total(), policy, out);
        for (FundingSource source : funding.sources()) {
            line(source, policy, out);
        }
        funding.reportedScore().ifPresent(reported -> {
            BigDecimal computed = execution.points();
            if (reported.subtract(computed).abs().compareTo(policy.executionTolerance()) > 0) {
                out.add(Messages.finding(FindingCode.EXECUTION_SCORE_MISMATCH, location(funding.total()),
                        reported, computed, reported, computed, execution.explanation()));
            }
        });
    }

    /** 年度资金总额 = Σ source lines, per column, when the form lists sources. */
    private static void checkSums(Funding funding, List<Finding> out) {
        if (funding.sources().isEmpty()) {
            return;
        }
        column(funding, "全年预算数", s -> Optional.of(s.adjustedBudget()), out);
        column(funding, "全年执行数", s -> Optional.of(s.executed()), out);
        column(funding, "年初预算数", FundingSource::initialBudget, out);
    }

    private static void column(Funding funding, String name,
            Function<FundingSource, Optional<Amount>> column, List<Finding> out) {
        Optional<Amount> total = column.apply(funding.total());
        if (total.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FundingSource source : funding.sources()) {
            Optional<Amount> amount = column.apply(source);
            if (amount.isEmpty()) {
                return;
            }
            sum = sum.add(amount.get().number());
        }
        if (sum.compareTo(total.get().number()) != 0) {
            out.add(Messages.finding(FindingCode.FUNDING_TOTAL_MISMATCH, location(funding.total()),
                    total.get().number(), sum, total.get().number(), sum, name));
        }
    }

    /** One line: executed above budget, a zero budget, and the printed 执行率 against 全年执行数 / 全年预算数. */
    private static void line(FundingSource line, ScoringPolicy policy, List<Finding> out) {
        Optional<Amount> budget = policy.denominator() == ScoringPolicy.Denominator.ADJUSTED_BUDGET
                ? Optional.of(line.adjustedBudget()) : line.initialBudget();
        Amount executed = line.executed();
        boolean zeroBudget = budget.isEmpty() || budget.get().number().signum() <= 0;
        if (zeroBudget) {
            if (line.kind() == FundingKind.TOTAL) {
                String shown = budget.map(Amount::toString).orElse("—");
                out.add(Messages.finding(FindingCode.ZERO_BUDGET, location(line), shown, null, shown));
            }
        } else if (executed.compareTo(budget.get()) > 0) {
            out.add(Messages.finding(FindingCode.EXECUTED_ABOVE_BUDGET, location(line),
                    executed, budget.get(), executed, budget.get()));
        }
        if (line.reportedRate().isEmpty()) {
            return;
        }
        Quantity reported = line.reportedRate().get();
        BigDecimal shownRate = reported.normalized();
        BigDecimal exact = zeroBudget ? BigDecimal.ZERO
                : executed.divide(budget.get(), 12, RoundingMode.HALF_UP);
        // one unit in the last place written: 93.83 (%) → 0.0001, 0.98 → 0.01
        BigDecimal unit = reported.value().ulp().multiply(reported.unit().multiplier());
        if (shownRate.subtract(exact).abs().compareTo(unit) > 0) {
            String computed = exact.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            out.add(Messages.finding(FindingCode.EXECUTION_RATE_MISMATCH, location(line),
                    reported, computed, reported, computed));
        }
    }

    /** Where a line's findings are: {@code 项目资金 › 年度资金总额}. */
    private static String location(FundingSource line) {
        return BLOCK + line.label();
    }
}
