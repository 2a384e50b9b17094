package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One non-blank cell of a sheet as shown: its text as displayed and, for a numeric cell, the exact decimal
 * shown (the scale its number format fixes, never a binary-floating-point artefact).
 *
 * @param row the row index, from 0
 * @param column the column index, from 0
 * @param text the text as shown, stripped of leading and trailing white space; never blank
 * @param number the number shown, for numeric cells
 */
record GridCell(int row, int column, String text, Optional<BigDecimal> number) {

    GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
    }

    /** The cell's address, such as {@code C12}. */
    String address() {
        return address(row, column);
    }

    /** The address of a cell, such as {@code C12} for row 11, column 2. */
    static String address(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }
}
