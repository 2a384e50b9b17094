package io.github.jixiao.xlsx;

import java.util.List;
import java.util.Optional;

/**
 * The labels a form is found by (标签), matched on normalised text: all white space removed (line breaks,
 * full-width spaces, the stray spaces of {@code 可持续影 响指 标}) and a trailing colon dropped, so
 * {@code "项目资金\n（万元）"} starts with 项目资金 and {@code "年度资金总额："} is 年度资金总额.
 */
enum Label {
    PROJECT_NAME("项目名称"),
    PROJECT_CODE("项目编码", "项目代码", "项目编号"),
    DEPARTMENT("主管部门"),
    IMPLEMENTING_UNIT("实施单位"),
    LEAD("项目负责人"),
    PHONE("联系电话"),
    PROJECT_AMOUNT("项目金额"),
    FUNDING("项目资金"),
    INITIAL_BUDGET("年初预算数"),
    ADJUSTED_BUDGET("全年预算数", "调整后预算数", "全年预算"),
    EXECUTED("全年执行数", "预算执行数", "全年执行", "执行数"),
    RATE("执行率"),
    WEIGHT("分值", "分数", "权重"),
    SCORE("得分"),
    GOAL("年度总体目标"),
    GOAL_EXPECTED("预期目标"),
    GOAL_ACTUAL("实际完成情况"),
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标"),
    ACTUAL("实际完成值", "全年实际值", "实际完成", "实际值"),
    TARGET("年度指标值", "年度目标值", "指标值", "目标值"),
    NATURE("指标性质"),
    MEASURE_UNIT("度量单位", "计量单位"),
    NOTE("偏差原因"),
    TOTAL("总分", "合计得分"),
    GRADE("评分等级", "自评等级");

    private final List<String> prefixes;

    Label(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    /** Whether a normalised cell text is this label. */
    boolean matches(String normalized) {
        for (String prefix : prefixes) {
            if (normalized.startsWith(prefix)) {
                return this != TOTAL || normalized.length() <= prefix.length() + 1;
            }
        }
        return false;
    }

    /** The label a normalised cell text is, the first that matches in declaration order. */
    static Optional<Label> of(String normalized) {
        for (Label label : values()) {
            if (label.matches(normalized)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The text without any white space and without a trailing colon. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ':' || sb.charAt(end - 1) == '：')) {
            end--;
        }
        return sb.substring(0, end);
    }
}
