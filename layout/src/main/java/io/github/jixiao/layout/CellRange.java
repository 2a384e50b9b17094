// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

/**
 * A rectangle of cells (单元格区域), such as a merged cell {@code A10:A18}: rows and columns from 0, both ends
 * inclusive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param firstRow the first row, from 0
 * @param firstColumn the first column, from 0
 * @param lastRow the last row, at least {@code firstRow}
 * @param lastColumn the last column, at least {@code firstColumn}
 */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    /**
     * Creates a range.
     *
     * @param firstRow the first row, ≥ 0
     * @param firstColumn the first column, ≥ 0
     * @param lastRow the last row, ≥ firstRow
     * @param lastColumn the last column, ≥ firstColumn
     * @throws IllegalArgumentException if the range is empty or starts before row or column 0
     */
    public CellRange {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("Cell range " + firstRow + "," + firstColumn + ":" + lastRow + ","
                    + lastColumn + " is empty or starts before row or column 0");
        }
    }

    /**
     * Whether a cell is inside the range.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return true if inside
     */
    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** Whether the range covers more than one cell. @return true for a real merge */
    public boolean isMerge() {
        return lastRow > firstRow || lastColumn > firstColumn;
    }
}
