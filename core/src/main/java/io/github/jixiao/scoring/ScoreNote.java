// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something the scorer noticed while scoring (评分备注), for the audit to report: a unit it had to assume, an
 * actual that repeats its target, a deviation that looks like a typo.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ScoreNote {
    /** One side had no unit; the other side's unit was assumed. */
    UNIT_ASSUMED,
    /** Target and actual are in units that cannot be compared. */
    UNIT_MISMATCH,
    /** The target has no comparator; the policy's reading was used. */
    BARE_TARGET,
    /** The actual repeats a target expression ({@code >=85%}) and was scored as its bound. */
    BOUND_ACTUAL,
    /** A met target exceeded by more than the policy's threshold (偏离度). */
    OVER_ACHIEVED,
    /** A deviation beyond the policy's implausibility factor: probably a data-entry error. */
    IMPLAUSIBLE_DEVIATION,
    /** The target could not be parsed. */
    UNPARSED_TARGET,
    /** The actual could not be parsed, is missing, or does not fit the kind of target. */
    UNUSABLE_ACTUAL,
    /** A row without target that still carries weight. */
    NOT_APPLICABLE_WITH_WEIGHT,
    /** An applicable row with weight 0. */
    ZERO_WEIGHT,
    /** The budget (denominator of 执行率) is zero or absent: the rate is undefined and scores 0. */
    ZERO_BUDGET,
    /** 全年执行数 exceeds 全年预算数: the rate is above 100% and capped. */
    EXECUTED_ABOVE_BUDGET,
    /** The form has no level-3 indicators. */
    NO_INDICATORS,
    /** The row prints no 分值; its weight is its 一级's printed points shared equally among the 一级's rows. */
    WEIGHT_DERIVED,
    /** The row prints no 分值 and none can be derived: it carries no weight. */
    WEIGHT_MISSING,
    /** The row prints neither 年度指标值 nor 实际完成值: it is scored as the policy's {@link ScoringPolicy.UnstatedResult} says. */
    NO_EVIDENCE,
    /** The row's 年度指标值 is blank. */
    TARGET_MISSING,
    /** The row's 实际完成值 is blank. */
    ACTUAL_MISSING,
    /** A descriptive actual saying nothing happened (无上访) was read as 0 against a count target. */
    ACTUAL_READ_AS_ZERO,
    /** A percentage actual (100%) against a qualitative target was read as the degree of completion. */
    ACTUAL_AS_COMPLETION,
    /** The budget (denominator of 执行率) is blank: the rate cannot be computed and scores 0. */
    BUDGET_MISSING,
    /** 全年执行数 is blank: the rate cannot be computed and scores 0. */
    EXECUTED_MISSING,
    /** The form prints no 年度资金总额 line: the rate is computed from the sum of the source lines. */
    TOTAL_FROM_SOURCES,
    /** The form prints no execution 分值: the policy's is used. */
    EXECUTION_WEIGHT_ASSUMED,
    /** A deadline written without its year ({@code 12月底前}), and its actual date, were read in the form's year. */
    YEAR_ASSUMED,
    /**
     * A descriptive actual names the change a qualitative target asks for (提高8% against 较上年提高, 有所改善 against
     * 逐步改善), with no negation in either: the target counts as achieved.
     */
    ACTUAL_NAMES_CHANGE;

    /** The sets of one note each, shared: most rows with a note have just one. */
    private static final List<Set<ScoreNote>> SINGLE = Arrays.stream(values())
            .map(note -> Collections.unmodifiableSet(EnumSet.of(note))).toList();

    /** An unmodifiable copy of a set of notes (empty sets and sets of one note share instances). */
    static Set<ScoreNote> copy(Set<ScoreNote> notes) {
        Objects.requireNonNull(notes, "notes");
        if (notes.isEmpty()) {
            return Set.of();
        }
        if (notes.size() == 1) {
            return SINGLE.get(notes.iterator().next().ordinal());
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(notes));
    }
}
