// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.scoring.GradeBands;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The spreadsheet formulas of jixiao's computed cells, following a scoring policy, with its rounding written
 * as Excel functions: {@code ROUND} for {@link RoundingMode#HALF_UP}, {@code ROUNDDOWN} for
 * {@link RoundingMode#DOWN}, {@code ROUNDUP} for {@link RoundingMode#UP}. Other modes have no Excel
 * function and are written as {@code ROUND}; they differ from it only on an exact half.
 *
 * <p>fastexcel writes a formula into the sheet's XML as it is, so no formula here contains {@code <} or
 * {@code &}; the conditions are written with {@code >}, and grade names are quoted with their quotes doubled
 * and those two characters refused.
 *
 * <ul>
 *   <li>执行率 = ROUND(全年执行数 / 全年预算数, rateScale), blank when the budget is not above 0;</li>
 *   <li>得分 = ROUND(分值 × MIN(1, 执行率), scoreScale), with the rounded rate or the exact one as the policy
 *       says, 0 when the budget is not above 0;</li>
 *   <li>评分等级 from 总分 and the grade boundaries, best first.</li>
 * </ul>
 *
 * @param weight the execution weight (分值) of the policy, for a form that prints none
 * @param initialBudget whether the denominator is 年初预算数 rather than 全年预算数
 * @param rateScale decimals of the rate as a fraction (4 for 86.69 %)
 * @param rateMode how the rate is rounded
 * @param roundRateBeforeMultiply whether 分值 is multiplied by the rounded rate
 * @param scoreScale decimals of the execution score
 * @param scoreMode how the execution score is rounded
 * @param grades the grades from the best, each with its boundary; the last grade takes the rest
 * @param boundsInclusive whether a total equal to a boundary gets the higher grade
 */
record ExecutionFormula(BigDecimal weight, boolean initialBudget, int rateScale, RoundingMode rateMode, boolean roundRateBeforeMultiply,
        int scoreScale, RoundingMode scoreMode, List<Grade> grades, boolean boundsInclusive) {

    /**
     * The formulas of a scoring policy: its execution weight, denominator, rounding and grade bands.
     *
     * @param policy the policy, not null
     * @return never null
     */
    static ExecutionFormula of(ScoringPolicy policy) {
        RoundingPolicy rounding = policy.rounding();
        GradeBands bands = policy.grades();
        return new ExecutionFormula(policy.executionWeight(),
                policy.denominator() == ScoringPolicy.Denominator.INITIAL_BUDGET, rounding.rateScale(),
                rounding.rateMode(), rounding.roundRateBeforeMultiply(), rounding.scoreScale(), rounding.scoreMode(),
                List.of(new Grade(io.github.jixiao.scoring.Grade.EXCELLENT.label(), bands.excellentFrom()),
                        new Grade(io.github.jixiao.scoring.Grade.GOOD.label(), bands.goodFrom()),
                        new Grade(io.github.jixiao.scoring.Grade.FAIR.label(), bands.fairFrom()),
                        new Grade(io.github.jixiao.scoring.Grade.POOR.label(), BigDecimal.ZERO)),
                bands.lowerBoundsInclusive());
    }

    ExecutionFormula {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(rateMode, "rateMode");
        Objects.requireNonNull(scoreMode, "scoreMode");
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("grades is empty; a policy needs at least one grade");
        }
    }

    /** 执行率 of the cells {@code executed} / {@code budget}. */
    String rate(String executed, String budget) {
        return "IF(" + budget + ">0," + round(executed + "/" + budget, rateScale, rateMode) + ",\"\")";
    }

    /**
     * The execution 得分 from the cells {@code executed}, {@code budget} and the rate cell {@code rate}, and the
     * form's own 分值 ({@code printedWeight}: a cell such as {@code F7}, or a number printed in the title), or the
     * policy's when the form prints none: the same weight {@link io.github.jixiao.scoring.Scorer} uses.
     */
    String score(String executed, String budget, String rate, Optional<String> printedWeight) {
        String factor = roundRateBeforeMultiply ? rate : executed + "/" + budget;
        String w = printedWeight.orElse(weight.toPlainString());
        return "IF(" + budget + ">0," + round(w + "*MAX(0,MIN(1," + factor + "))", scoreScale, scoreMode) + ",0)";
    }

    /** 评分等级 from the cell {@code total}. */
    String grade(String total) {
        StringBuilder formula = new StringBuilder();
        int last = grades.size() - 1;
        String reaches = boundsInclusive ? ">=" : ">";
        for (int i = 0; i < last; i++) {
            Grade grade = grades.get(i);
            formula.append("IF(").append(total).append(reaches).append(grade.from().toPlainString()).append(",\"")
                    .append(quoted(grade.name())).append("\",");
        }
        formula.append('"').append(quoted(grades.get(last).name())).append('"');
        formula.append(")".repeat(last));
        return formula.toString();
    }

    /** Text inside a formula's string literal: a quote is doubled. */
    private static String quoted(String text) {
        return text.replace("\"", "\"\"");
    }

    private static String round(String expression, int scale, RoundingMode mode) {
        String function = switch (mode) {
            case DOWN -> "ROUNDDOWN";
            case UP -> "ROUNDUP";
            default -> "ROUND";
        };
        return function + "(" + expression + "," + scale + ")";
    }

    /**
     * A grade and its boundary.
     *
     * @param name the grade as printed, such as 优
     * @param from the boundary of the grade
     */
    record Grade(String name, BigDecimal from) {
        Grade {
            Objects.requireNonNull(name, "name");
            if (name.contains("<") || name.contains("&")) {
                throw new IllegalArgumentException("Grade name " + name + " contains < or &, which a formula cannot hold");
            }
            Objects.requireNonNull(from, "from");
        }
    }
}
