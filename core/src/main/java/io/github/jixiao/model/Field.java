// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

/**
 * The printed fields of a form whose place is recorded (表格字段): each part of a form keeps, in
 * {@link Cited#origins()}, where each of its fields was printed.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Field {
    /** 表名, the form's title. */
    TITLE("表名"),
    /** 年度, the fiscal year. */
    YEAR("年度"),
    /** A name: 项目名称 of a project, 三级指标 of an indicator. */
    NAME("名称"),
    /** 项目编码. */
    CODE("项目编码"),
    /** 主管部门. */
    DEPARTMENT("主管部门"),
    /** 实施单位. */
    IMPLEMENTING_UNIT("实施单位"),
    /** 项目负责人. */
    LEAD("项目负责人"),
    /** 联系电话. */
    PHONE("联系电话"),
    /** 项目金额. */
    PROJECT_AMOUNT("项目金额"),
    /** A label as printed: a funding line's, a 一级 or 二级 indicator's, the funding block's title. */
    LABEL("标签"),
    /** Points printed in a label, such as 产出指标(50分) or 预算执行情况(20分). */
    POINTS("标注分值"),
    /** 年初预算数. */
    INITIAL_BUDGET("年初预算数"),
    /** 全年预算数. */
    ADJUSTED_BUDGET("全年预算数"),
    /** 全年执行数. */
    EXECUTED("全年执行数"),
    /** 执行率. */
    RATE("执行率"),
    /** 预期目标. */
    GOAL_EXPECTED("预期目标"),
    /** 实际完成情况. */
    GOAL_ACTUAL("实际完成情况"),
    /** 年度指标值. */
    TARGET("年度指标值"),
    /** 实际完成值. */
    ACTUAL("实际完成值"),
    /** 分值: an indicator's weight, or the execution rate's. */
    WEIGHT("分值"),
    /** 得分: an indicator's reported score, or the execution rate's. */
    SCORE("得分"),
    /** 偏差原因分析及改进措施. */
    NOTE("偏差原因分析及改进措施"),
    /** The Σ分值 printed in the 总分 row. */
    WEIGHT_TOTAL("总分分值"),
    /** 总分. */
    TOTAL("总分"),
    /** 评分等级. */
    GRADE("评分等级");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The field's Chinese name, such as 得分. @return never null */
    public String label() {
        return label;
    }
}
