// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

/**
 * The rule that gave an indicator its points (计分规则).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Rule {
    /** The target is met: full weight. 得分 = 分值. */
    MET,
    /** A positive target (≥, &gt;) missed: 得分 = 分值 × 实际完成值 / 年度指标值. */
    PROPORTIONAL_POSITIVE,
    /** A reverse target (≤, &lt;) missed, or {@code =} exceeded under an exact policy: 得分 = 分值 × 年度指标值 / 实际完成值. */
    PROPORTIONAL_REVERSE,
    /** A qualitative result: a point inside the band of the achievement level (达成 / 部分达成 / 未达成). */
    QUALITATIVE_BAND,
    /** A deadline met: full weight. */
    DEADLINE_MET,
    /** A deadline missed: the policy's band or zero. */
    DEADLINE_LATE,
    /** A missed target whose proportion is undefined (target 0 or a value at or below zero): the policy's zero-target rule. */
    ZERO_TARGET,
    /** Met, but exceeded by more than the policy's threshold under a deducting policy: 0 points. */
    OVER_ACHIEVEMENT_DEDUCTED,
    /** No target (无, /): the row carries no points. */
    NOT_APPLICABLE,
    /** Target and actual cannot be compared (unparsed text, incompatible units, no actual): 0 points, reported score accepted within [0, 分值]. */
    UNASSESSABLE
}
