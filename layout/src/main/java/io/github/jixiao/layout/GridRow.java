// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import java.util.List;
import java.util.Optional;

/**
 * The non-blank cells of one row of a grid, in column order (表格行).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index the row, from 0
 * @param cells the non-blank cells, in column order
 */
public record GridRow(int index, List<GridCell> cells) {

    /**
     * Creates a row; the list is copied.
     *
     * @param index the row, from 0
     * @param cells the non-blank cells in column order, not null
     */
    public GridRow {
        cells = List.copyOf(cells);
    }

    /**
     * The cell in a column, if it is not blank.
     *
     * @param column the column, from 0
     * @return the cell, or empty when blank
     */
    public Optional<GridCell> at(int column) {
        int low = 0;
        int high = cells.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = cells.get(mid).column();
            if (c < column) {
                low = mid + 1;
            } else if (c > column) {
                high = mid - 1;
            } else {
                return Optional.of(cells.get(mid));
            }
        }
        return Optional.empty();
    }
}
