// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

/**
 * A horizontal or vertical line drawn on a page (a table's rule, 表格线), in page coordinates from the top-left
 * corner (points, y downwards): a stroked segment or a thin filled rectangle.
 *
 * @param horizontal true for a horizontal line
 * @param at the line's y (horizontal) or x (vertical)
 * @param from where it starts along its length, less than {@code to}
 * @param to where it ends
 */
record Ruling(boolean horizontal, double at, double from, double to) {
}
