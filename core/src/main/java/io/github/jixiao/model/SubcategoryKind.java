package io.github.jixiao.model;

import java.util.Objects;

/**
 * The kind of a level-2 indicator (二级指标), covering the 2020 taxonomy and the cost kinds of
 * 财预〔2021〕101号.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubcategoryKind {
    /** 数量指标. */
    QUANTITY("数量指标"),
    /** 质量指标. */
    QUALITY("质量指标"),
    /** 时效指标. */
    TIMELINESS("时效指标"),
    /** 成本指标 under 产出指标 (2020 taxonomy). */
    COST("成本指标"),
    /** 经济成本指标 (2021+). */
    ECONOMIC_COST("经济成本指标"),
    /** 社会成本指标 (2021+). */
    SOCIAL_COST("社会成本指标"),
    /** 生态环境成本指标 (2021+). */
    ECO_ENVIRONMENTAL_COST("生态环境成本指标"),
    /** 经济效益指标. */
    ECONOMIC_BENEFIT("经济效益指标"),
    /** 社会效益指标. */
    SOCIAL_BENEFIT("社会效益指标"),
    /** 生态效益指标. */
    ECOLOGICAL_BENEFIT("生态效益指标"),
    /** 可持续影响指标. */
    SUSTAINABLE_IMPACT("可持续影响指标"),
    /** 服务对象满意度指标. */
    SERVICE_SATISFACTION("服务对象满意度指标"),
    /** No level-2 label on the form (an empty cell). */
    UNSPECIFIED(""),
    /** Any other label. */
    OTHER("");

    private final String label;

    SubcategoryKind(String label) {
        this.label = label;
    }

    /** The standard Chinese label, empty for UNSPECIFIED and OTHER. @return never null */
    public String label() {
        return label;
    }

    /** The level-1 kind this level-2 kind belongs to; {@link CategoryKind#OTHER} for none. @return never null */
    public CategoryKind category() {
        switch (this) {
            case QUANTITY:
            case QUALITY:
            case TIMELINESS:
            case COST:
                return CategoryKind.OUTPUT;
            case ECONOMIC_COST:
            case SOCIAL_COST:
            case ECO_ENVIRONMENTAL_COST:
                return CategoryKind.COST;
            case ECONOMIC_BENEFIT:
            case SOCIAL_BENEFIT:
            case ECOLOGICAL_BENEFIT:
            case SUSTAINABLE_IMPACT:
                return CategoryKind.BENEFIT;
            case SERVICE_SATISFACTION:
                return CategoryKind.SATISFACTION;
            default:
                return CategoryKind.OTHER;
        }
    }

    /** Whether this is a cost kind, of either taxonomy: its targets are reverse (≤) by nature. @return true for the cost kinds */
    public boolean isCost() {
        return this == COST || this == ECONOMIC_COST || this == SOCIAL_COST || this == ECO_ENVIRONMENTAL_COST;
    }

    /**
     * Classifies a label as printed, ignoring white space: {@code 可持续影 响指 标} is SUSTAINABLE_IMPACT.
     *
     * @param label the label as written, not null
     * @return the kind, never null
     */
    public static SubcategoryKind classify(String label) {
        String s = Labels.normalize(Objects.requireNonNull(label, "label"));
        if (s.isEmpty()) {
            return UNSPECIFIED;
        }
        if (s.contains("生态环境成本")) {
            return ECO_ENVIRONMENTAL_COST;
        }
        if (s.contains("经济成本")) {
            return ECONOMIC_COST;
        }
        if (s.contains("社会成本")) {
            return SOCIAL_COST;
        }
        if (s.contains("成本")) {
            return COST;
        }
        if (s.startsWith("数量")) {
            return QUANTITY;
        }
        if (s.startsWith("质量")) {
            return QUALITY;
        }
        if (s.startsWith("时效")) {
            return TIMELINESS;
        }
        if (s.startsWith("经济效益")) {
            return ECONOMIC_BENEFIT;
        }
        if (s.startsWith("社会效益")) {
            return SOCIAL_BENEFIT;
        }
        if (s.startsWith("生态效益")) {
            return ECOLOGICAL_BENEFIT;
        }
        if (s.startsWith("可持续")) {
            return SUSTAINABLE_IMPACT;
        }
        if (s.contains("满意")) {
            return SERVICE_SATISFACTION;
        }
        return OTHER;
    }
}
