// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

/**
 * How precisely a date on a form is written: a year ({@code 2021年底}), a month ({@code 2021年12月}) or a day
 * ({@code 2021年12月3日}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DatePrecision {
    /** A year, such as 2021年底. */
    YEAR,
    /** A month, such as 2021年12月. */
    MONTH,
    /** A day, such as 2021年12月3日. */
    DAY
}
