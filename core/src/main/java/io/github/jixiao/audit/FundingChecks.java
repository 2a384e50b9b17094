// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.ScoreNote;
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
        String where = funding.total().map(FundingChecks::location).orElse("项目资金");
        Origin weightCell = funding.origin(Field.WEIGHT).or(() -> funding.origin(Field.POINTS)).orElse(null);
        Optional<BigDecimal> printedWeight = funding.printedWeight();
        if (printedWeight.isPresent() && printedWeight.get().compareTo(policy.executionWeight()) != 0) {
            out.add(Messages.finding(FindingCode.EXECUTION_WEIGHT_DIFFERS, where, weightCell,
                    printedWeight.get(), policy.executionWeight(), printedWeight.get(), policy.executionWeight()));
        }
        notes(funding, execution, where, out);
        checkSums(funding, out);
        for (FundingSource line : funding.lines()) {
            line(line, policy, out);
        }
        funding.reportedScore().ifPresent(reported -> {
            BigDecimal computed = execution.points();
            if (reported.subtract(computed).abs().compareTo(policy.executionTolerance()) > 0) {
                out.add(Messages.finding(FindingCode.EXECUTION_SCORE_MISMATCH, where,
                        funding.origin(Field.SCORE).orElse(null), reported, computed, reported, computed,
                        execution.explanation()));
            }
        });
    }

    /** The scorer's notes on the execution rate: a weight taken from the policy, a line or amount not printed. */
    private static void notes(Funding funding, ExecutionScore execution, String where, List<Finding> out) {
        Origin title = funding.origin(Field.LABEL).orElse(null);
        if (execution.notes().contains(ScoreNote.EXECUTION_WEIGHT_ASSUMED)) {
            out.add(Messages.finding(FindingCode.EXECUTION_WEIGHT_ASSUMED, where, title, null, execution.weight(),
                    execution.weight()));
        }
        if (execution.notes().contains(ScoreNote.TOTAL_FROM_SOURCES)) {
            out.add(Messages.finding(FindingCode.TOTAL_LINE_MISSING, "项目资金", title, null, null));
        }
        boolean budget = execution.notes().contains(ScoreNote.BUDGET_MISSING);
        if ((budget || execution.notes().contains(ScoreNote.EXECUTED_MISSING)) && funding.total().isPresent()) {
            FundingSource line = funding.total().get();
            Field field = budget ? Field.ADJUSTED_BUDGET : Field.EXECUTED;
            out.add(Messages.finding(FindingCode.FUNDING_AMOUNT_MISSING, location(line), cell(line, field), null,
                    null, line.label(), field.label()));
        }
    }

    /** 年度资金总额 = Σ source lines, per column, when the form lists sources. */
    private static void checkSums(Funding funding, List<Finding> out) {
        if (funding.sources().isEmpty() || funding.total().isEmpty()) {
            return;
        }
        FundingSource total = funding.total().get();
        column(total, funding, Field.ADJUSTED_BUDGET, FundingSource::adjustedBudget, out);
        column(total, funding, Field.EXECUTED, FundingSource::executed, out);
        column(total, funding, Field.INITIAL_BUDGET, FundingSource::initialBudget, out);
    }

    private static void column(FundingSource total, Funding funding, Field field,
            Function<FundingSource, Optional<Amount>> column, List<Finding> out) {
        Optional<Amount> printed = column.apply(total);
        if (printed.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FundingSource source : funding.sources()) {
            Optional<Amount> amount = column.apply(source);
            if (amount.isPresent()) {
                sum = sum.add(amount.get().number());
            }
        }
        if (sum.compareTo(printed.get().number()) != 0) {
            out.add(Messages.finding(FindingCode.FUNDING_TOTAL_MISMATCH, location(total), cell(total, field),
                    printed.get().number(), sum, printed.get().number(), sum, field.label()));
        }
    }

    /** One line: executed above budget, a zero budget, and the printed 执行率 against 全年执行数 / 全年预算数. */
    private static void line(FundingSource line, ScoringPolicy policy, List<Finding> out) {
        Optional<Amount> budget = policy.denominator() == ScoringPolicy.Denominator.ADJUSTED_BUDGET
                ? line.adjustedBudget() : line.initialBudget();
        Optional<Amount> executed = line.executed();
        if (budget.isEmpty() || executed.isEmpty()) {
            return;
        }
        boolean zeroBudget = budget.get().number().signum() <= 0;
        if (zeroBudget) {
            if (line.kind() == FundingKind.TOTAL) {
                String shown = budget.get().toString();
                out.add(Messages.finding(FindingCode.ZERO_BUDGET, location(line), cell(line, Field.ADJUSTED_BUDGET),
                        shown, null, shown));
            }
        } else if (executed.get().compareTo(budget.get()) > 0) {
            out.add(Messages.finding(FindingCode.EXECUTED_ABOVE_BUDGET, location(line), cell(line, Field.EXECUTED),
                    executed.get(), budget.get(), executed.get(), budget.get()));
        }
        if (line.reportedRate().isEmpty()) {
            return;
        }
        Quantity reported = line.reportedRate().get();
        BigDecimal exact = zeroBudget ? BigDecimal.ZERO
                : executed.get().divide(budget.get(), 12, RoundingMode.HALF_UP);
        if (!agrees(reported, exact)) {
            String computed = exact.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            out.add(Messages.finding(FindingCode.EXECUTION_RATE_MISMATCH, location(line), cell(line, Field.RATE),
                    reported, computed, reported, computed));
        }
    }

    /**
     * Whether a printed rate is the exact rate written to the decimals it shows, rounded half-up or cut
     * (86.18304% prints as 86.18%; 86.19% agrees with neither).
     */
    private static boolean agrees(Quantity printed, BigDecimal exact) {
        BigDecimal multiplier = printed.unit().multiplier();
        BigDecimal inUnit = exact.divide(multiplier, 12, RoundingMode.HALF_UP);
        int scale = Math.max(printed.value().scale(), 0);
        BigDecimal value = printed.value();
        return value.compareTo(inUnit.setScale(scale, RoundingMode.HALF_UP)) == 0
                || value.compareTo(inUnit.setScale(scale, RoundingMode.DOWN)) == 0;
    }

    /** The cell of a line's field, else of its label; null when the form was not read from cells. */
    private static Origin cell(FundingSource line, Field field) {
        return line.origin(field).or(() -> line.origin(Field.LABEL)).orElse(null);
    }

    /** Where a line's findings are: {@code 项目资金 › 年度资金总额}. */
    private static String location(FundingSource line) {
        return BLOCK + line.label();
    }
}
