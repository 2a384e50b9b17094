package io.github.jixiao.model;

import java.util.Objects;

/**
 * The kind of a funding line (资金来源) in the 项目资金 block.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FundingKind {
    /** 年度资金总额, the total line. */
    TOTAL("年度资金总额"),
    /** 当年财政拨款 (also 本年财政拨款, 财政资金). */
    CURRENT_APPROPRIATION("当年财政拨款"),
    /** 上年结转资金. */
    CARRYOVER("上年结转资金"),
    /** 其他资金, or a named other source such as 财政专户管理资金 or 单位资金. */
    OTHER("其他资金");

    private final String label;

    FundingKind(String label) {
        this.label = label;
    }

    /** The standard Chinese label. @return never null */
    public String label() {
        return label;
    }

    /**
     * Classifies a funding line label as printed: {@code 其中：当年财政拨款} is CURRENT_APPROPRIATION.
     *
     * @param label the label as written, not null
     * @return the kind, never null
     */
    public static FundingKind classify(String label) {
        String s = Labels.normalize(Objects.requireNonNull(label, "label"));
        if (s.contains("总额") || s.contains("合计") || s.contains("总计")) {
            return TOTAL;
        }
        if (s.contains("拨款") || s.endsWith("财政资金")) {
            return CURRENT_APPROPRIATION;
        }
        if (s.contains("结转") || s.contains("结余")) {
            return CARRYOVER;
        }
        return OTHER;
    }
}
