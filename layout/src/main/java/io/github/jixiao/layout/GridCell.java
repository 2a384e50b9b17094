// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One non-blank cell of a grid as shown (单元格): its text as displayed, for a number the exact decimal shown (the
 * scale its number format fixes, never a binary-floating-point artefact), and its number format as the document
 * gives it ({@code 0.00%}, {@code #,##0.00}; empty when it has none). A merged cell's value is in its top-left
 * cell.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GridCell {

    private final int row;
    private final int column;
    private final String text;
    private final BigDecimal number;
    private final String format;
    /** The recogniser's reading of the text, computed once (package-private, racy but idempotent). */
    Object reading;

    private GridCell(int row, int column, String text, BigDecimal number, String format) {
        this.row = row;
        this.column = column;
        this.text = text;
        this.number = number;
        this.format = format;
    }

    /**
     * A cell.
     *
     * @param row the row, ≥ 0
     * @param column the column, ≥ 0
     * @param text the text as shown, not null
     * @param number the number shown, or null for text
     * @param format the number format, empty when none, not null
     * @return never null
     */
    static GridCell of(int row, int column, String text, BigDecimal number, String format) {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("row " + row + " and column " + column + " must be ≥ 0");
        }
        return new GridCell(row, column, Objects.requireNonNull(text, "text"), number,
                Objects.requireNonNull(format, "format"));
    }

    /** The row, from 0. @return the row */
    public int row() {
        return row;
    }

    /** The column, from 0. @return the column */
    public int column() {
        return column;
    }

    /** The text exactly as shown, white space included. @return never null */
    public String text() {
        return text;
    }

    /** The number shown, for numeric cells (and numbers stored as text are not numbers). @return never null */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /** Whether the cell is numeric: {@link #number()} without building an {@code Optional}, for the recogniser. */
    boolean isNumber() {
        return number != null;
    }

    /** The number format, such as {@code 0.00%}; empty when none. @return never null */
    public String format() {
        return format;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof GridCell)) {
            return false;
        }
        GridCell other = (GridCell) obj;
        return row == other.row && column == other.column && text.equals(other.text)
                && Objects.equals(number, other.number) && format.equals(other.format);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, text, number, format);
    }

    /** Row, column and text, for test failures. */
    @Override
    public String toString() {
        return "GridCell[" + Addressing.a1(row, column) + "=" + text + (number == null ? "" : " (" + number + ")")
                + "]";
    }
}
