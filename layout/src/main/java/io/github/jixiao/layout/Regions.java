// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.vocabulary.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a grid into the regions of its forms. A form is anchored at its 项目名称 label: several anchors one
 * below another are forms stacked in one sheet; anchors side by side in one row are forms beside each other,
 * split at the columns of the anchors. A form's title (a 自评表 title within {@value #TITLE_ROWS} rows above its
 * anchor) belongs to it, not to the form above. A grid without any 项目名称 label is one form when it has a funding
 * block or an indicator table, or else a title (a form cut short), and none otherwise. A sentence naming the form (a
 * text with a full stop 。, such as a disclosure's "以下为本部门 2022 年度项目支出绩效自评表。") is no title.
 */
final class Regions {

    private static final int TITLE_ROWS = 3;
    /** The longest text read as a form's title. */
    private static final int TITLE_LENGTH = 40;
    /** How many cells of a row may separate two anchors' columns before they are read as side by side. */
    private static final int BESIDE_COLUMNS = 3;

    private Regions() {
    }

    static List<Region> find(Grid grid, Labels labels) {
        List<GridCell> anchors = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            List<GridCell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (labels.is(cells.get(i), Term.FIELD_NAME)) {
                    anchors.add(cells.get(i));
                }
            }
        }
        if (anchors.isEmpty()) {
            return withoutAnchor(grid, labels);
        }
        anchors.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
        List<Region> regions = new ArrayList<>(anchors.size());
        for (int i = 0; i < anchors.size(); i++) {
            GridCell anchor = anchors.get(i);
            int left = 0;
            int right = Integer.MAX_VALUE;
            for (GridCell other : anchors) {
                if (other.row() == anchor.row() && other != anchor) {
                    if (other.column() > anchor.column() + BESIDE_COLUMNS) {
                        right = Math.min(right, other.column());
                    } else if (other.column() + BESIDE_COLUMNS < anchor.column()) {
                        left = Math.max(left, anchor.column());
                    }
                }
            }
            int bottom = grid.rows().isEmpty() ? 0 : grid.rows().get(grid.rows().size() - 1).index() + 1;
            for (int j = i + 1; j < anchors.size(); j++) {
                GridCell next = anchors.get(j);
                if (next.row() > anchor.row() && next.column() >= left && next.column() < right) {
                    bottom = titleTop(grid, labels, next.row(), anchor.row() + 1, left, right);
                    break;
                }
            }
            int top = i == 0 || left > 0 ? 0 : titleTop(grid, labels, anchor.row(), 0, left, right);
            top = Math.max(top, previousBottom(regions, left, right));
            regions.add(new Region(grid, top, anchor.row(), bottom, left, right));
        }
        return regions;
    }

    /** The bottom of the last region above in the same columns, so that regions do not overlap. */
    private static int previousBottom(List<Region> regions, int left, int right) {
        int bottom = 0;
        for (Region region : regions) {
            if (region.left() < right && left < region.right()) {
                bottom = Math.max(bottom, region.bottom());
            }
        }
        return bottom;
    }

    /** The first row of a form's title area: a row with a title within a few rows above its anchor, not above {@code floor}. */
    private static int titleTop(Grid grid, Labels labels, int anchorRow, int floor, int left, int right) {
        int top = anchorRow;
        for (int r = anchorRow - 1; r >= Math.max(floor, anchorRow - TITLE_ROWS); r--) {
            for (GridCell cell : grid.row(r).map(GridRow::cells).orElse(List.of())) {
                if (cell.column() >= left && cell.column() < right && labels.isAny(cell, Term.Group.TITLE)) {
                    top = r;
                }
            }
        }
        return top;
    }

    /**
     * A grid without 项目名称: one form anchored at its first block; without a block, a form cut short to its title
     * (a title of at most {@value #TITLE_LENGTH} characters and no full stop: a longer text or a sentence naming the
     * form is a note about it); else none.
     */
    private static List<Region> withoutAnchor(Grid grid, Labels labels) {
        int bottom = grid.rows().isEmpty() ? 0 : grid.rows().get(grid.rows().size() - 1).index() + 1;
        GridCell title = null;
        for (GridRow row : grid.rows()) {
            for (GridCell cell : row.cells()) {
                if (labels.isAny(cell, Term.Group.FUNDING_TITLE) || labels.is(cell, Term.COLUMN_LEVEL3)
                        || labels.is(cell, Term.COLUMN_LEVEL1)) {
                    return List.of(new Region(grid, 0, row.index(), bottom, 0, Integer.MAX_VALUE));
                }
                if (title == null && cell.text().strip().length() <= TITLE_LENGTH && cell.text().indexOf('。') < 0
                        && labels.isAny(cell, Term.Group.TITLE)) {
                    title = cell;
                }
            }
        }
        return title == null ? List.of()
                : List.of(new Region(grid, title.row(), title.row() + 1, bottom, 0, Integer.MAX_VALUE));
    }
}
