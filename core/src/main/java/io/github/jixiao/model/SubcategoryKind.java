// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * The kind of a level-2 indicator (二级指标), covering the 2020 taxonomy and the cost kinds of
 * 财预〔2021〕101号.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubcategoryKind {
    /** 数量指标. */
    QUANTITY("数量指标", Term.SUBCATEGORY_QUANTITY),
    /** 质量指标. */
    QUALITY("质量指标", Term.SUBCATEGORY_QUALITY),
    /** 时效指标. */
    TIMELINESS("时效指标", Term.SUBCATEGORY_TIMELINESS),
    /** 成本指标 under 产出指标 (2020 taxonomy). */
    COST("成本指标", Term.SUBCATEGORY_COST),
    /** 经济成本指标 (2021+). */
    ECONOMIC_COST("经济成本指标", Term.SUBCATEGORY_ECONOMIC_COST),
    /** 社会成本指标 (2021+). */
    SOCIAL_COST("社会成本指标", Term.SUBCATEGORY_SOCIAL_COST),
    /** 生态环境成本指标 (2021+). */
    ECO_ENVIRONMENTAL_COST("生态环境成本指标", Term.SUBCATEGORY_ECO_ENVIRONMENTAL_COST),
    /** 经济效益指标. */
    ECONOMIC_BENEFIT("经济效益指标", Term.SUBCATEGORY_ECONOMIC_BENEFIT),
    /** 社会效益指标. */
    SOCIAL_BENEFIT("社会效益指标", Term.SUBCATEGORY_SOCIAL_BENEFIT),
    /** 生态效益指标. */
    ECOLOGICAL_BENEFIT("生态效益指标", Term.SUBCATEGORY_ECOLOGICAL_BENEFIT),
    /** 可持续影响指标. */
    SUSTAINABLE_IMPACT("可持续影响指标", Term.SUBCATEGORY_SUSTAINABLE_IMPACT),
    /** 服务对象满意度指标. */
    SERVICE_SATISFACTION("服务对象满意度指标", Term.SUBCATEGORY_SERVICE_SATISFACTION),
    /** No level-2 label on the form (an empty cell). */
    UNSPECIFIED("", null),
    /** Any other label. */
    OTHER("", null);

    private static final SubcategoryKind[] KINDS = values();

    private final String label;
    private final Term term;

    SubcategoryKind(String label, Term term) {
        this.label = label;
        this.term = term;
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
     * Classifies a label as printed by the {@code subcategory.*} terms of the default {@link Vocabulary} (the same
     * data the reader recognises forms by): the term whose synonym the label contains, after white space and
     * bracketed notes are dropped, the longest synonym first and of two as long the cost kinds:
     * {@code 可持续影 响指 标} is SUSTAINABLE_IMPACT, {@code 服务对象满意度指标等} SERVICE_SATISFACTION.
     *
     * @param label the label as written, not null
     * @return the kind: {@link #UNSPECIFIED} for a blank label, {@link #OTHER} when no synonym is in it; never null
     */
    public static SubcategoryKind classify(String label) {
        String normalized = Vocabulary.normalize(Objects.requireNonNull(label, "label"));
        if (normalized.isEmpty()) {
            return UNSPECIFIED;
        }
        Term term = Vocabulary.defaults().matchNormalized(normalized, Term.Group.SUBCATEGORY).orElse(null);
        for (SubcategoryKind kind : KINDS) {
            if (kind.term == term && term != null) {
                return kind;
            }
        }
        return OTHER;
    }
}
