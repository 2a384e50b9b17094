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
    NO_INDICATORS;

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
