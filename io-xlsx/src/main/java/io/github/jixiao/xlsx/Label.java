package io.github.jixiao.xlsx;

import io.github.jixiao.notation.Notation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    IMPLEMENTING_UNIT("实施单位", "项目实施单位"),
    LEAD("项目负责人"),
    PHONE("联系电话"),
    PROJECT_AMOUNT("项目金额"),
    FUNDING("项目资金", "预算执行情况"),
    INITIAL_BUDGET("年初预算数"),
    ADJUSTED_BUDGET("全年预算数", "调整后预算数", "全年预算"),
    EXECUTED("全年执行数", "预算执行数", "全年执行", "执行数"),
    RATE("执行率", "预算执行率", "预算执行进度"),
    WEIGHT("分值", "分数", "权重", "指标分值", "执行率权重"),
    SCORE("得分", "执行率得分", "单项指标得分"),
    /** Hebei 成安's 权重占比 / 折算得分 columns: another aggregation model, reported and not read. */
    AGGREGATION("权重占比", "折算得分", "单项指标折算得分"),
    GOAL("年度总体目标"),
    GOAL_EXPECTED("预期目标", "年初设定目标"),
    GOAL_ACTUAL("实际完成情况", "年度总体目标完成情况"),
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标"),
    ACTUAL("实际完成值", "全年实际值", "实际完成", "实际值", "完成值", "单项指标完成情况"),
    TARGET("年度指标值", "年度目标值", "指标值", "目标值", "年初目标值", "预期指标值"),
    NATURE("指标性质"),
    MEASURE_UNIT("度量单位", "计量单位"),
    NOTE("偏差原因", "偏差大或目标未完成原因", "未完成原因"),
    /** 改进措施: a column beside the 偏差原因 one (改进措施及结果应用方案), or a row after the table. */
    MEASURES("改进措施"),
    /** Rows after the indicator table that the form model has no place for. */
    REMARKS("其他需要说明事项", "评价结论", "存在问题"),
    TOTAL("总分", "合计得分"),
    GRADE("评分等级", "自评等级");

    /** The first characters of every prefix, sorted: most cells start with none of them. */
    private static final char[] FIRST_CHARS;
    /** The labels with a prefix starting with {@code FIRST_CHARS[i]}, in declaration order. */
    private static final List<List<Label>> BY_FIRST_CHAR;

    static {
        Map<Character, List<Label>> byFirst = byFirstChar();
        FIRST_CHARS = new char[byFirst.size()];
        int i = 0;
        for (Character c : byFirst.keySet()) {
            FIRST_CHARS[i++] = c;
        }
        Arrays.sort(FIRST_CHARS);
        List<List<Label>> labels = new ArrayList<>(FIRST_CHARS.length);
        for (char c : FIRST_CHARS) {
            labels.add(byFirst.get(c));
        }
        BY_FIRST_CHAR = List.copyOf(labels);
    }

    /** The normalised texts this label starts with (an array: matching runs for every cell). */
    private final String[] prefixes;

    Label(String... prefixes) {
        this.prefixes = prefixes;
    }

    /** The length of this label's longest prefix the normalised text starts with, or 0 when it is not this label. */
    private int match(String normalized) {
        int best = 0;
        for (String prefix : prefixes) {
            if (normalized.startsWith(prefix) && prefix.length() > best && fits(normalized, prefix)) {
                best = prefix.length();
            }
        }
        return best;
    }

    /** 总分 allows one more character (总分：); 项目名称 only a bracketed note, so 项目名称：按预算填列 is no label. */
    private boolean fits(String normalized, String prefix) {
        int rest = normalized.length() - prefix.length();
        return switch (this) {
            case TOTAL -> rest <= 1;
            case PROJECT_NAME -> rest == 0 || "（(".indexOf(normalized.charAt(prefix.length())) >= 0;
            default -> true;
        };
    }

    /**
     * The label a cell's text is, as written: {@link #of} its {@link #normalize normalised} text, found without
     * normalising text whose first character starts no label (most values).
     */
    static Optional<Label> classify(String text) {
        int i = 0;
        while (i < text.length() && Notation.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || Arrays.binarySearch(FIRST_CHARS, text.charAt(i)) < 0) {
            return Optional.empty();
        }
        return of(normalize(text));
    }

    /** The label a normalised cell text is: the one with the longest matching prefix (执行率权重 is 分值). */
    static Optional<Label> of(String normalized) {
        int first = normalized.isEmpty() ? -1 : Arrays.binarySearch(FIRST_CHARS, normalized.charAt(0));
        if (first < 0) {
            return Optional.empty();
        }
        List<Label> candidates = BY_FIRST_CHAR.get(first);
        Label found = null;
        int best = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Label label = candidates.get(i);
            int length = label.match(normalized);
            if (length > best) {
                best = length;
                found = label;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Map<Character, List<Label>> byFirstChar() {
        Map<Character, List<Label>> labels = new HashMap<>();
        for (Label label : values()) {
            for (String prefix : label.prefixes) {
                List<Label> same = labels.computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>());
                if (!same.contains(label)) {
                    same.add(label);
                }
            }
        }
        labels.replaceAll((c, list) -> List.copyOf(list));
        return labels;
    }

    /** The text without any white space and without a trailing colon. */
    static String normalize(String text) {
        if (isNormal(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Notation.isSpace(c)) {
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ':' || sb.charAt(end - 1) == '：')) {
            end--;
        }
        return sb.substring(0, end);
    }

    /** Whether the text has no white space and no trailing colon: most cells, which need no copy. */
    private static boolean isNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Notation.isSpace(c)) {
                return false;
            }
        }
        return text.isEmpty() || text.charAt(text.length() - 1) != ':' && text.charAt(text.length() - 1) != '：';
    }
}
