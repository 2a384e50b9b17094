// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.util.List;

/**
 * The part of a table that one page holds (表格的一页), rebuilt from its rules or its text: the column edges
 * {@code xs} and row edges {@code ys} of its finest grid, its cells (a cell spanning several columns or rows of that
 * grid is a merged cell), the caption lines printed just above it (附件1, the title 项目支出绩效自评表, the year,
 * 单位名称 …) and the note lines just below it (注：…).
 *
 * @param page the page, from 0
 * @param xs the column edges, left to right (one more than the columns)
 * @param ys the row edges, top to bottom (one more than the rows)
 * @param cells every cell of the part, blank ones included, top-left first
 * @param captions the caption lines above the table, top to bottom
 * @param notes the note lines below the table, top to bottom
 * @param ruled whether the table was rebuilt from rules (false: from the alignment of its text)
 */
record TablePart(int page, double[] xs, double[] ys, List<Cell> cells, List<TextRow> captions, List<TextRow> notes,
        boolean ruled) {

    /**
     * A cell of the part's grid: its first and last row and column, and its text.
     *
     * @param row the first row
     * @param column the first column
     * @param lastRow the last row
     * @param lastColumn the last column
     * @param text the text, empty when blank
     */
    record Cell(int row, int column, int lastRow, int lastColumn, String text) {

        /** Whether the cell covers more than one row or column. @return true if merged */
        boolean merged() {
            return lastRow > row || lastColumn > column;
        }
    }

    /**
     * A line of text outside the table's rules, cut into runs where its gaps are wide.
     *
     * @param runs the runs, left to right
     * @param top the line's top
     * @param bottom the line's bottom
     */
    record TextRow(List<Run> runs, double top, double bottom) {

        /** A line as a row of its runs, or several lines wrapped from one to the next as a row of one run. */
        static TextRow of(List<TextLines.Line> lines, double width) {
            TextLines.Line first = lines.get(0);
            TextLines.Line last = lines.get(lines.size() - 1);
            if (lines.size() == 1) {
                return new TextRow(first.runs().stream().map(r -> new Run(r.text(), r.left(), r.right())).toList(),
                        first.top(), first.bottom());
            }
            double left = lines.stream().mapToDouble(TextLines.Line::left).min().orElse(first.left());
            double right = lines.stream().mapToDouble(TextLines.Line::right).max().orElse(first.right());
            return new TextRow(List.of(new Run(TextLines.cellText(lines, width), left, right)), first.top(),
                    last.bottom());
        }
    }

    /**
     * A run of text on a line, with its left and right edges.
     *
     * @param text the text
     * @param left the left edge
     * @param right the right edge
     */
    record Run(String text, double left, double right) {
    }

    /** The part without captions and notes. */
    static TablePart of(int page, double[] xs, double[] ys, List<Cell> cells, boolean ruled) {
        return new TablePart(page, xs, ys, cells, List.of(), List.of(), ruled);
    }

    /** This part with captions and notes. */
    TablePart withText(List<TextRow> above, List<TextRow> below) {
        return new TablePart(page, xs, ys, cells, above, below, ruled);
    }

    /** The number of rows. @return rows */
    int rows() {
        return ys.length - 1;
    }

    /** The left edge. @return x */
    double left() {
        return xs[0];
    }

    /** The right edge. @return x */
    double right() {
        return xs[xs.length - 1];
    }

    /** The top edge. @return y */
    double top() {
        return ys[0];
    }

    /** The bottom edge. @return y */
    double bottom() {
        return ys[ys.length - 1];
    }
}
