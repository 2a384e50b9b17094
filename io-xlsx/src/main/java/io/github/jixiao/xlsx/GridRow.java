package io.github.jixiao.xlsx;

import java.util.List;
import java.util.Optional;

/**
 * The non-blank cells of one row, in column order. A merged cell's value sits only in its top-left cell, in
 * .xlsx and .xls alike; the recogniser carries labels down.
 *
 * @param index the row index, from 0
 * @param cells the non-blank cells in column order
 */
record GridRow(int index, List<GridCell> cells) {

    GridRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, if it is not blank. */
    Optional<GridCell> at(int column) {
        for (GridCell cell : cells) {
            if (cell.column() == column) {
                return Optional.of(cell);
            }
            if (cell.column() > column) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The first non-blank cell in the columns [from, to). */
    Optional<GridCell> firstIn(int from, int to) {
        return cells.stream().filter(c -> c.column() >= from && c.column() < to).findFirst();
    }
}
