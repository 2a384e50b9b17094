package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The spreadsheet formulas of jixiao's computed cells, with the rounding of a scoring policy written as
 * Excel functions: {@code ROUND} for {@link RoundingMode#HALF_UP}, {@code ROUNDDOWN} for
 * {@link RoundingMode#DOWN}, {@code ROUNDUP} for {@link RoundingMode#UP}. Other modes have no Excel
 * function and are written as {@code ROUND}; they differ only on an exact half.
 *
 * <ul>
 *   <li>执行率 = 全年执行数 / 全年预算数, 0 when 全年预算数 is 0, rounded to {@code rateScale} when the policy
 *       rounds the rate before multiplying;</li>
 *   <li>得分 = ROUND(MIN(1, 执行率) × 分值, scoreScale);</li>
 *   <li>评分等级 from 总分 and the grade boundaries, highest first.</li>
 * </ul>
 *
 * @param rateScale decimals of the rate as a fraction (4 for 86.69 %), when rounded before multiplying
 * @param rateMode how the rate is rounded
 * @param roundRateBeforeMultiply whether the rate is rounded before it is multiplied by 分值
 * @param scoreScale decimals of the execution score
 * @param scoreMode how the execution score is rounded
 * @param grades the grades from the best, each with its lowest 总分; the last grade takes the rest
 */
record ExecutionFormula(int rateScale, RoundingMode rateMode, boolean roundRateBeforeMultiply, int scoreScale,
        RoundingMode scoreMode, List<Grade> grades) {

    /** The default of 财预〔2020〕10号: the rate unrounded, the score half-up to 2 decimals, 优 良 中 差 at 90 80 60. */
    static final ExecutionFormula DEFAULT = new ExecutionFormula(4, RoundingMode.HALF_UP, false, 2,
            RoundingMode.HALF_UP, List.of(new Grade("优", BigDecimal.valueOf(90)), new Grade("良", BigDecimal.valueOf(80)),
                    new Grade("中", BigDecimal.valueOf(60)), new Grade("差", BigDecimal.ZERO)));

    ExecutionFormula {
        Objects.requireNonNull(rateMode, "rateMode");
        Objects.requireNonNull(scoreMode, "scoreMode");
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("grades is empty; a policy needs at least one grade");
        }
    }

    /** 执行率 of the cells {@code executed} / {@code budget}. */
    String rate(String executed, String budget) {
        String rate = executed + "/" + budget;
        if (roundRateBeforeMultiply) {
            rate = round(rate, rateScale, rateMode);
        }
        return "IF(" + budget + "=0,0," + rate + ")";
    }

    /** The execution 得分 from the cells {@code rate} and {@code weight}. */
    String score(String rate, String weight) {
        return round("MIN(1," + rate + ")*" + weight, scoreScale, scoreMode);
    }

    /** 评分等级 from the cell {@code total}. */
    String grade(String total) {
        StringBuilder formula = new StringBuilder();
        int last = grades.size() - 1;
        for (int i = 0; i < last; i++) {
            Grade grade = grades.get(i);
            formula.append("IF(").append(total).append(">=").append(grade.from().toPlainString()).append(",\"")
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
     * A grade and the lowest 总分 that earns it.
     *
     * @param name the grade as printed, such as 优
     * @param from the lowest 总分 of the grade
     */
    record Grade(String name, BigDecimal from) {
        Grade {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
        }
    }
}
