// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Objects;

/**
 * The annual overall goal (年度总体目标): what was expected (预期目标) and what was done (实际完成情况),
 * as written.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param expected 预期目标, never null
 * @param actual 实际完成情况, never null
 */
public record AnnualGoal(String expected, String actual) {

    /**
     * Creates a goal.
     *
     * @param expected 预期目标, not null
     * @param actual 实际完成情况, not null
     */
    public AnnualGoal {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * Creates a goal.
     *
     * @param expected 预期目标, not null
     * @param actual 实际完成情况, not null
     * @return never null
     */
    public static AnnualGoal of(String expected, String actual) {
        return new AnnualGoal(expected, actual);
    }
}
