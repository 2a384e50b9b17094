// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Severity;

/**
 * The stable codes of audit findings (审核发现代码), each with its severity. The code's name is the
 * {@link io.github.jixiao.finding.Finding#code()} and the key of its message in {@code messages_zh.properties} / {@code messages_en.properties}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FindingCode {
    /** A reported 得分 lies outside the computed point (± tolerance) or the allowed band. */
    SCORE_MISMATCH(Severity.ERROR),
    /** A reported 得分 exceeds the row's 分值. */
    SCORE_ABOVE_WEIGHT(Severity.ERROR),
    /** A met target was given less than its 分值. */
    MET_TARGET_DEDUCTED(Severity.ERROR),
    /** Points were deducted but 偏差原因分析及改进措施 is empty or says there is no deviation. */
    DEDUCTION_WITHOUT_REASON(Severity.WARNING),
    /** The execution 分值 and the indicator 分值 do not add up to 100. */
    WEIGHTS_NOT_100(Severity.ERROR),
    /** The Σ分值 printed in the 总分 row differs from the sum of the 分值 printed above it. */
    WEIGHT_TOTAL_MISMATCH(Severity.ERROR),
    /** The form's execution 分值 differs from the policy's. */
    EXECUTION_WEIGHT_DIFFERS(Severity.WARNING),
    /** The printed 总分 differs from the execution 得分 plus Σ printed 得分. */
    TOTAL_MISMATCH(Severity.ERROR),
    /** The printed 总分 differs from the total the rules compute. */
    TOTAL_DIFFERS_FROM_RULES(Severity.INFO),
    /** A printed 执行率 differs from 全年执行数 / 全年预算数 by more than one unit of its last place. */
    EXECUTION_RATE_MISMATCH(Severity.ERROR),
    /** The printed execution 得分 differs from 分值 × 执行率 beyond the policy's tolerance. */
    EXECUTION_SCORE_MISMATCH(Severity.ERROR),
    /** 年度资金总额 differs from the sum of the source lines in one column. */
    FUNDING_TOTAL_MISMATCH(Severity.ERROR),
    /** 全年执行数 exceeds 全年预算数 on a line. */
    EXECUTED_ABOVE_BUDGET(Severity.WARNING),
    /** 全年预算数 is zero: the rate is undefined. */
    ZERO_BUDGET(Severity.WARNING),
    /** 实际完成值 repeats a target expression ({@code >=85%}) instead of a measured value. */
    ACTUAL_REPEATS_TARGET(Severity.WARNING),
    /** The cost actuals (成本指标) differ from 全年执行数. */
    COST_ACTUAL_MISMATCH(Severity.WARNING),
    /** A cost target exceeds the budget. */
    COST_TARGET_ABOVE_BUDGET(Severity.WARNING),
    /** A met target exceeded by more than the policy's threshold (偏离度). */
    OVER_ACHIEVEMENT(Severity.INFO),
    /** A deviation so large it looks like a data-entry error. */
    IMPLAUSIBLE_DEVIATION(Severity.WARNING),
    /** Target and actual are in units that cannot be compared. */
    UNIT_MISMATCH(Severity.WARNING),
    /** One side had no unit; the other's was assumed. */
    UNIT_ASSUMED(Severity.INFO),
    /** A target without comparator was read as the policy says. */
    BARE_TARGET(Severity.INFO),
    /** The row cannot be scored: the target or the actual cannot be read or do not fit. */
    UNASSESSABLE(Severity.WARNING),
    /** A row without a target still carries 分值. */
    NOT_APPLICABLE_WITH_WEIGHT(Severity.WARNING),
    /** An applicable row has 分值 0. */
    ZERO_WEIGHT(Severity.WARNING),
    /** The printed 评分等级 is not the grade of the printed 总分. */
    GRADE_MISMATCH(Severity.ERROR),
    /** The form has no level-3 indicators. */
    NO_INDICATORS(Severity.WARNING),
    /** A row with 分值 has no printed 得分. */
    REPORTED_SCORE_MISSING(Severity.INFO),
    /** A row prints a 得分 but no 分值, and none can be derived: its score cannot be checked. */
    WEIGHT_MISSING(Severity.WARNING),
    /** A row prints neither 分值 nor 得分 (a detail row 其中…, an unweighted line): it carries no points. */
    ROW_WITHOUT_POINTS(Severity.INFO),
    /** A row prints no 分值; its weight was derived from its 一级's printed points. */
    WEIGHT_DERIVED(Severity.INFO),
    /** A weighted row prints neither 年度指标值 nor 实际完成值: its score cannot be checked. */
    NO_EVIDENCE(Severity.WARNING),
    /** A row's 年度指标值 is blank. */
    TARGET_MISSING(Severity.WARNING),
    /** A row's 实际完成值 is blank. */
    ACTUAL_MISSING(Severity.WARNING),
    /** A descriptive actual (无上访) was read as 0 against a count target. */
    ACTUAL_READ_AS_ZERO(Severity.INFO),
    /** A percentage actual (100%) against a qualitative target was read as the degree of completion. */
    ACTUAL_AS_COMPLETION(Severity.INFO),
    /** 全年预算数 or 全年执行数 of the line the rate is computed from is blank. */
    FUNDING_AMOUNT_MISSING(Severity.WARNING),
    /** The form prints no 年度资金总额 line; the rate was computed from the sum of the sources. */
    TOTAL_LINE_MISSING(Severity.INFO),
    /** The form prints no execution 分值; the policy's was used. */
    EXECUTION_WEIGHT_ASSUMED(Severity.INFO),
    /** A deadline without its year was read in the form's year. */
    YEAR_ASSUMED(Severity.INFO),
    /** A descriptive actual naming the change a qualitative target asks for was read as achieving it. */
    ACTUAL_NAMES_CHANGE(Severity.INFO);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity of findings with this code. @return never null */
    public Severity severity() {
        return severity;
    }
}
