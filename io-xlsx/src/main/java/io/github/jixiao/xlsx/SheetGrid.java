package io.github.jixiao.xlsx;

import java.util.List;
import java.util.Objects;

/**
 * A sheet as a small grid of what it shows: its name and its non-blank rows in order. Both the .xlsx and the
 * .xls reader produce grids; the {@link FormRecognizer} reads forms from them, whatever the file format.
 *
 * @param name the sheet's name
 * @param rows the rows with at least one non-blank cell, in order
 */
record SheetGrid(String name, List<GridRow> rows) {

    SheetGrid {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }
}
