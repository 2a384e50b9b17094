// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * The kind of a funding line (资金来源) in the 项目资金 block.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FundingKind {
    /** 年度资金总额, the total line. */
    TOTAL("年度资金总额", Term.LINE_TOTAL),
    /** 当年财政拨款 (also 本年财政拨款, 财政资金). */
    CURRENT_APPROPRIATION("当年财政拨款", Term.LINE_CURRENT_APPROPRIATION),
    /** 上年结转资金. */
    CARRYOVER("上年结转资金", Term.LINE_CARRYOVER),
    /** 其他资金, or a named other source such as 财政专户管理资金 or 单位资金. */
    OTHER("其他资金", Term.LINE_OTHER);

    private static final FundingKind[] KINDS = values();

    private final String label;
    private final Term term;

    FundingKind(String label, Term term) {
        this.label = label;
        this.term = term;
    }

    /** The standard Chinese label. @return never null */
    public String label() {
        return label;
    }

    /**
     * Classifies a funding line label as printed by the {@code line.*} terms of the default {@link Vocabulary}, as
     * the reader matches them (the label equal to a synonym or starting with one of three characters or more, after
     * a leading {@code 其中：} and bracketed notes are dropped): {@code 其中：当年财政拨款} is CURRENT_APPROPRIATION.
     *
     * @param label the label as written, not null
     * @return the kind, {@link #OTHER} for a label the vocabulary does not know; never null
     */
    public static FundingKind classify(String label) {
        Objects.requireNonNull(label, "label");
        Term term = Vocabulary.defaults().match(label, Term.Group.FUNDING_LINE).orElse(Term.LINE_OTHER);
        for (FundingKind kind : KINDS) {
            if (kind.term == term) {
                return kind;
            }
        }
        return OTHER;
    }
}
