// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a grid that holds one form: rows {@code [top, bottom)} and columns {@code [left, right)}, with
 * the row of its anchor (the 项目名称 label, or the first block when the form prints none). Rows above the anchor
 * are the form's title area.
 */
final class Region {

    private final Grid grid;
    private final int top;
    private final int anchor;
    private final int bottom;
    private final int left;
    private final int right;
    private final List<GridRow> rows;

    Region(Grid grid, int top, int anchor, int bottom, int left, int right) {
        this.grid = grid;
        this.top = top;
        this.anchor = anchor;
        this.bottom = bottom;
        this.left = left;
        this.right = right;
        this.rows = rowsOf(grid, top, bottom, left, right);
    }

    private static List<GridRow> rowsOf(Grid grid, int top, int bottom, int left, int right) {
        List<GridRow> rows = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            if (row.index() < top) {
                continue;
            }
            if (row.index() >= bottom) {
                break;
            }
            List<GridCell> cells = row.cells();
            boolean inside = cells.get(0).column() >= left && cells.get(cells.size() - 1).column() < right;
            if (inside) {
                rows.add(row);
                continue;
            }
            List<GridCell> kept = new ArrayList<>(cells.size());
            for (GridCell cell : cells) {
                if (cell.column() >= left && cell.column() < right) {
                    kept.add(cell);
                }
            }
            if (!kept.isEmpty()) {
                rows.add(new GridRow(row.index(), kept));
            }
        }
        return List.copyOf(rows);
    }

    Grid grid() {
        return grid;
    }

    /** The first row of the form (its title area starts here). */
    int top() {
        return top;
    }

    /** The row of the form's anchor. */
    int anchor() {
        return anchor;
    }

    int bottom() {
        return bottom;
    }

    int left() {
        return left;
    }

    int right() {
        return right;
    }

    /** The non-blank rows of the region, their cells within its columns. */
    List<GridRow> rows() {
        return rows;
    }

    /** Whether a cell lies inside the region. */
    boolean contains(int row, int column) {
        return row >= top && row < bottom && column >= left && column < right;
    }
}
