// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a level-1 indicator (一级指标), in the 2020 taxonomy (产出, 效益, 满意度) and the 2021+ one
 * (财预〔2021〕101号, which adds 成本指标 as a level-1 indicator).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CategoryKind {
    /** 产出指标. */
    OUTPUT("产出指标", Term.CATEGORY_OUTPUT),
    /** 效益指标. */
    BENEFIT("效益指标", Term.CATEGORY_BENEFIT),
    /** 满意度指标. */
    SATISFACTION("满意度指标", Term.CATEGORY_SATISFACTION),
    /** 成本指标 (level 1 since 财预〔2021〕101号). */
    COST("成本指标", Term.CATEGORY_COST),
    /** Any other label, such as 效果指标. */
    OTHER("", null);

    private static final CategoryKind[] KINDS = values();

    private final String label;
    private final Term term;

    CategoryKind(String label, Term term) {
        this.label = label;
        this.term = term;
    }

    /** The standard Chinese label, empty for {@link #OTHER}. @return never null */
    public String label() {
        return label;
    }

    /**
     * Classifies a label as printed by the {@code category.*} terms of the default {@link Vocabulary} (the same
     * data the reader recognises forms by): the term whose synonym the label contains, after white space, bracketed
     * notes and a leading ordinal are dropped, the longest synonym first. {@code 一、产出指标(50分)} is OUTPUT.
     *
     * @param label the label as written, not null
     * @return the kind, {@link #OTHER} when no synonym is in the label; never null
     */
    public static CategoryKind classify(String label) {
        Objects.requireNonNull(label, "label");
        Term term = Vocabulary.defaults().match(label, Term.Group.CATEGORY).orElse(null);
        for (CategoryKind kind : KINDS) {
            if (kind.term == term && term != null) {
                return kind;
            }
        }
        return OTHER;
    }

    /**
     * The kind that level-2 indicators imply, for a level-1 label that names none ({@code (50分)}): 数量指标,
     * 质量指标, 时效指标 and 成本指标 belong to 产出指标; 经济/社会/生态效益 and 可持续影响 to 效益指标;
     * 服务对象满意度 to 满意度指标; 经济/社会/生态环境成本 to 成本指标 (2021+). {@link #OTHER} when they imply
     * none, or several.
     *
     * @param subcategories the level-2 indicators, not null
     * @return the kind, never null
     */
    public static CategoryKind ofSubcategories(List<Subcategory> subcategories) {
        CategoryKind found = OTHER;
        for (Subcategory subcategory : Objects.requireNonNull(subcategories, "subcategories")) {
            CategoryKind kind = subcategory.kind().category();
            if (kind != OTHER) {
                if (found != OTHER && found != kind) {
                    return OTHER;
                }
                found = kind;
            }
        }
        return found;
    }
}
