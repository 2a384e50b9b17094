package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One non-blank cell of a sheet as shown: its text as displayed, for a numeric cell the exact decimal shown
 * (the scale its number format fixes, never a binary-floating-point artefact), and the form label the text is,
 * if any (classified once, when the grid is built).
 *
 * @param row the row index, from 0
 * @param column the column index, from 0
 * @param text the text exactly as shown, white space included (values keep what was written; labels are
 *     matched after {@link Label#normalize}); never blank
 * @param number the number shown, for numeric cells
 * @param label the label the text is, for text cells that are one
 */
record GridCell(int row, int column, String text, Optional<BigDecimal> number, Optional<Label> label) {

    /** Labels are short; longer text is never classified. */
    private static final int MAX_LABEL_LENGTH = 64;

    GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(label, "label");
    }

    /** A cell, its label classified from its text. */
    static GridCell of(int row, int column, String text, Optional<BigDecimal> number) {
        Optional<Label> label = number.isEmpty() && text.length() <= MAX_LABEL_LENGTH
                ? Label.classify(text) : Optional.empty();
        return new GridCell(row, column, text, number, label);
    }

    /** Whether the cell is the given label. */
    boolean is(Label expected) {
        return label.isPresent() && label.get() == expected;
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
