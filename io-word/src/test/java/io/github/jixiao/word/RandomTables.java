// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random tables for property tests: a grid of rows and columns cut into rectangular cells (some merged, some blank),
 * with the first row and the first column of single cells so that every row and column edge shows somewhere, and
 * short Latin texts. A table can be written as a Word table or drawn as a ruled PDF table and read back.
 */
public final class RandomTables {

    private static final String LETTERS = "ABCDEFGHKLMNPRSTXYZ0123456789.%";

    private RandomTables() {
    }

    /**
     * A cell of a random table.
     *
     * @param range where it lies
     * @param text its text, empty when blank
     */
    public record Cell(CellRange range, String text) {
    }

    /**
     * A random table.
     *
     * @param rows the rows
     * @param columns the columns
     * @param cells its cells, top-left first, covering every place once
     */
    public record Table(int rows, int columns, List<Cell> cells) {

        /** The cell whose range covers a place. */
        public Cell at(int row, int column) {
            return cells.stream().filter(c -> c.range().contains(row, column)).findFirst().orElseThrow();
        }

        /** The texts by place, as a grid should hold them: {@code r,c=text}. */
        public List<String> texts() {
            return cells.stream().filter(c -> !c.text().isEmpty())
                    .map(c -> c.range().firstRow() + "," + c.range().firstColumn() + "=" + c.text()).toList();
        }

        /** The merged ranges. */
        public List<CellRange> merges() {
            return cells.stream().map(Cell::range).filter(CellRange::isMerge).toList();
        }
    }

    /**
     * A random table from a seed.
     *
     * @param seed the seed
     * @return the table
     */
    public static Table of(long seed) {
        Random random = new Random(seed);
        int rows = 2 + random.nextInt(7);
        int columns = 2 + random.nextInt(5);
        CellRange[][] owner = new CellRange[rows][columns];
        List<CellRange> ranges = new ArrayList<>();
        for (int attempt = random.nextInt(6); attempt > 0; attempt--) {
            int r = 1 + random.nextInt(rows - 1);
            int c = 1 + random.nextInt(columns - 1);
            int lastRow = Math.min(rows - 1, r + random.nextInt(3));
            int lastColumn = Math.min(columns - 1, c + random.nextInt(3));
            if (free(owner, r, c, lastRow, lastColumn)) {
                CellRange range = new CellRange(r, c, lastRow, lastColumn);
                for (int i = r; i <= lastRow; i++) {
                    for (int j = c; j <= lastColumn; j++) {
                        owner[i][j] = range;
                    }
                }
                ranges.add(range);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (owner[r][c] == null) {
                    owner[r][c] = new CellRange(r, c, r, c);
                    ranges.add(owner[r][c]);
                }
            }
        }
        ranges.sort((a, b) -> a.firstRow() != b.firstRow() ? Integer.compare(a.firstRow(), b.firstRow())
                : Integer.compare(a.firstColumn(), b.firstColumn()));
        List<Cell> cells = new ArrayList<>();
        for (CellRange range : ranges) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            cells.add(new Cell(range, text.toString()));
        }
        return new Table(rows, columns, cells);
    }

    private static boolean free(CellRange[][] owner, int r, int c, int lastRow, int lastColumn) {
        for (int i = r; i <= lastRow; i++) {
            for (int j = c; j <= lastColumn; j++) {
                if (owner[i][j] != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The texts of a grid by place: {@code r,c=text}. */
    public static List<String> texts(Grid grid) {
        return grid.rows().stream().flatMap(r -> r.cells().stream()).map(RandomTables::place).toList();
    }

    private static String place(GridCell cell) {
        return cell.row() + "," + cell.column() + "=" + cell.text();
    }

    /** A table as the body of a .docx: gridSpan for widths, vMerge for heights. */
    public static String docxBody(Table table) {
        StringBuilder body = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid>");
        body.append("<w:gridCol w:w=\"1200\"/>".repeat(table.columns())).append("</w:tblGrid>");
        for (int r = 0; r < table.rows(); r++) {
            body.append("<w:tr>");
            for (int c = 0; c < table.columns(); c++) {
                Cell cell = table.at(r, c);
                CellRange range = cell.range();
                if (range.firstColumn() != c) {
                    continue;
                }
                int span = range.lastColumn() - range.firstColumn() + 1;
                String merge = range.lastRow() == range.firstRow() ? ""
                        : range.firstRow() == r ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
                String text = range.firstRow() == r ? cell.text() : "";
                body.append(Docx.tc((span > 1 ? "<w:gridSpan w:val=\"" + span + "\"/>" : "") + merge, Docx.p(text)));
            }
            body.append("</w:tr>");
        }
        return body.append("</w:tbl>").toString();
    }
}
