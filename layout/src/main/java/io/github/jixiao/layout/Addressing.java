// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

/**
 * How a grid names its cells (单元格地址): {@link #A1} for sheets ({@code G14}), {@link #ROW_COLUMN} for tables in
 * Word and PDF documents ({@code r14c7}), or an adapter's own (a PDF table over two pages names the page).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface Addressing {

    /** Spreadsheet addresses: column letters and row number from 1, {@code G14} for row 13, column 6. */
    Addressing A1 = Addressing::a1;

    /** Row and column from 1: {@code r14c7} for row 13, column 6. */
    Addressing ROW_COLUMN = (row, column) -> "r" + (row + 1) + "c" + (column + 1);

    /**
     * The address of a cell.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return never null
     */
    String address(int row, int column);

    /**
     * The A1 address of a cell, such as {@code C12} for row 11, column 2.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return never null
     */
    static String a1(int row, int column) {
        return A1Addresses.of(row, column);
    }
}
