// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One table of a PDF as a {@link Grid} (PDF 表格), with where each of its cells was printed: the parts of a table
 * continued over page breaks joined into one grid, the caption lines above it as rows at its top and the note lines
 * below it as rows at its bottom. The grid is named {@code 表N} (the N-th table of the document) and addresses a cell
 * by its page, its row on that page and its column: {@code 第3页 r5c2} (rows of the grid's tables on a page numbered
 * on from 1); a caption line's cells are {@code 第3页 表题1c1}, a note line's {@code 第3页 表注1c1} (lines numbered
 * on through the grid).
 *
 * <p>A line outside the rules with one run of text is one cell across the table; a line of several runs (单位名称
 * 保山市退役军人事务局 填报日期 …) puts each run in the column where it starts.
 *
 * <p>Joining: a table that begins a page continues the table that ended the page before when neither has text
 * between it and the page break (no notes below the first, no captions above the second) and both have the same
 * left and right edges. A table just below another on one page belongs to its form, as a form typed in Word as
 * several tables prints, when it has no caption of its own and at most three short lines stand between them (they
 * become rows between the tables' rows). At the seam, a cell that spans rows on either side and is blank on one side is one merged
 * cell (its text the other side's): a merged 一级 or 二级 cell cut by the page break.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PdfTable {

    /** Left and right edges closer than this (points) are the same. */
    private static final double SAME_EDGE = 3.0;
    /** The most lines between two tables of one page that make one form. */
    private static final int JOIN_LINES = 3;
    /** The longest line, in characters, between two tables of one page that make one form. */
    private static final int SHORT = 40;
    /** How far below a table (points) the next may begin and still be of its form. */
    private static final double CLOSE = 60;

    private final Grid grid;
    /** Column edges of the grid, left to right. */
    private final double[] xs;
    /** Each grid row's page (from 0), top and bottom. */
    private final int[] rowPage;
    private final double[] rowTop;
    private final double[] rowBottom;
    /** The boxes of the cells of caption and note rows, by {@link #key}. */
    private final Map<Long, Box> textCells;

    private PdfTable(Grid grid, double[] xs, int[] rowPage, double[] rowTop, double[] rowBottom,
            Map<Long, Box> textCells) {
        this.grid = grid;
        this.xs = xs;
        this.rowPage = rowPage;
        this.rowTop = rowTop;
        this.rowBottom = rowBottom;
        this.textCells = textCells;
    }

    /** The grid. @return never null */
    Grid grid() {
        return grid;
    }

    /** The number of rows, blank ones included. @return rows */
    int rowCount() {
        return rowPage.length;
    }

    /** The number of columns. @return columns */
    int columns() {
        return xs.length - 1;
    }

    /**
     * A box on a page (top-down page coordinates, points).
     *
     * @param page the page, from 0
     * @param left the left edge
     * @param top the top edge
     * @param right the right edge
     * @param bottom the bottom edge
     */
    record Box(int page, double left, double top, double right, double bottom) {
    }

    /**
     * Where a cell (or the merged cell it lies in) was printed: one box per page it lies on.
     *
     * @param row the grid row
     * @param column the grid column
     * @return the boxes, empty when the place is outside the grid
     */
    List<Box> boxes(int row, int column) {
        Box text = textCells.get(key(row, column));
        if (text != null) {
            return List.of(text);
        }
        if (row < 0 || row >= rowPage.length || column < 0 || column >= xs.length - 1) {
            return List.of();
        }
        CellRange range = grid.mergeAt(row, column).or(() -> grid.coveringMerge(row, column))
                .orElse(new CellRange(row, column, row, column));
        List<Box> boxes = new ArrayList<>();
        for (int r = range.firstRow(); r <= range.lastRow(); r++) {
            Box last = boxes.isEmpty() ? null : boxes.get(boxes.size() - 1);
            if (last != null && last.page() == rowPage[r]) {
                boxes.set(boxes.size() - 1, new Box(last.page(), last.left(), last.top(), last.right(), rowBottom[r]));
            } else {
                boxes.add(new Box(rowPage[r], xs[range.firstColumn()], rowTop[r], xs[range.lastColumn() + 1],
                        rowBottom[r]));
            }
        }
        return boxes;
    }

    private static long key(int row, int column) {
        return (long) row << 32 | column;
    }

    /**
     * The tables of a document: its tables' parts in page order, those continued over a page break joined.
     *
     * @param document the document's name, not null
     * @param parts every page's tables, in page order and top to bottom
     * @return the tables, numbered from 1 in order, never null
     */
    static List<PdfTable> assemble(String document, List<TablePart> parts) {
        Objects.requireNonNull(document, "document");
        List<PdfTable> tables = new ArrayList<>();
        List<TablePart> chain = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            TablePart part = parts.get(i);
            TablePart before = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            boolean continues = before != null && (continues(before, part) && isLastOnPage(parts, i - 1)
                    && isFirstOnPage(parts, i) || follows(before, part));
            if (!continues && !chain.isEmpty()) {
                tables.add(new Builder(document, tables.size() + 1, chain).build());
                chain = new ArrayList<>();
            }
            chain.add(part);
        }
        if (!chain.isEmpty()) {
            tables.add(new Builder(document, tables.size() + 1, chain).build());
        }
        return tables;
    }

    private static boolean isLastOnPage(List<TablePart> parts, int i) {
        return i + 1 == parts.size() || parts.get(i + 1).page() != parts.get(i).page();
    }

    private static boolean isFirstOnPage(List<TablePart> parts, int i) {
        return i == 0 || parts.get(i - 1).page() != parts.get(i).page();
    }

    /** Whether a table that begins a page continues the one that ended the page before. */
    private static boolean continues(TablePart before, TablePart part) {
        return part.page() == before.page() + 1 && before.notes().isEmpty() && part.captions().isEmpty()
                && part.ruled() == before.ruled() && Math.abs(part.left() - before.left()) <= SAME_EDGE
                && Math.abs(part.right() - before.right()) <= SAME_EDGE;
    }

    /**
     * Whether a table just below another on the same page belongs to its form, as a form typed in Word as several
     * tables prints: no caption of its own, at most {@value #JOIN_LINES} short lines between them (at most
     * {@value #SHORT} characters, none a title), close below it.
     */
    private static boolean follows(TablePart before, TablePart part) {
        return part.page() == before.page() && part.captions().isEmpty() && part.ruled() && before.ruled()
                && before.notes().size() <= JOIN_LINES
                && before.notes().stream().allMatch(line -> line.runs().stream().mapToInt(r -> r.text().length())
                        .sum() <= SHORT && line.runs().stream().noneMatch(r -> PageTables.isTitle(r.text())))
                && part.top() - before.bottom() <= CLOSE && part.left() < before.right() && before.left() < part.right();
    }

    /** Builds one table from the parts of a chain. */
    private static final class Builder {
        private final Grid.Builder grid;
        private final double[] xs;
        private final List<TablePart> chain;
        private final int[] rowPage;
        private final double[] rowTop;
        private final double[] rowBottom;
        private final String[] labels;
        private final Map<Long, Box> textCells = new HashMap<>();
        /** The ruled rows placed so far on each page, and the caption and note lines so far: rows are numbered on. */
        private final Map<Integer, Integer> rowsOnPage = new HashMap<>();
        private final Map<String, Integer> textRows = new HashMap<>();
        private int row;

        Builder(String document, int number, List<TablePart> chain) {
            this.grid = Grid.builder(document, "表" + number);
            this.chain = chain;
            this.xs = Lattice.cluster(chain.stream().flatMapToDouble(p -> Arrays.stream(p.xs())).toArray());
            int rows = chain.get(0).captions().size()
                    + chain.stream().mapToInt(part -> part.rows() + part.notes().size()).sum();
            this.rowPage = new int[rows];
            this.rowTop = new double[rows];
            this.rowBottom = new double[rows];
            this.labels = new String[rows];
        }

        PdfTable build() {
            TablePart first = chain.get(0);
            text(first.captions(), first.page(), "表题");
            List<TablePart.Cell> cells = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                TablePart part = chain.get(i);
                if (i > 0 && chain.get(i - 1).page() == part.page()) {
                    // a table of the form below another on the same page: the lines between them, then its rows
                    cells(cells);
                    cells = new ArrayList<>();
                    text(chain.get(i - 1).notes(), part.page(), "表注");
                }
                cells = seam(cells, place(part), row);
                row += part.rows();
            }
            cells(cells);
            TablePart last = chain.get(chain.size() - 1);
            text(last.notes(), last.page(), "表注");
            grid.addressing(new PageAddressing(labels));
            return new PdfTable(grid.build(), xs, rowPage, rowTop, rowBottom, Map.copyOf(textCells));
        }

        private void cells(List<TablePart.Cell> cells) {
            for (TablePart.Cell cell : cells) {
                grid.text(cell.row(), cell.column(), cell.text());
                if (cell.merged()) {
                    grid.merge(new CellRange(cell.row(), cell.column(), cell.lastRow(), cell.lastColumn()));
                }
            }
        }

        /** A part's rows and cells in the grid's rows and columns. */
        private List<TablePart.Cell> place(TablePart part) {
            int[] columnOf = new int[part.xs().length];
            for (int j = 0; j < columnOf.length; j++) {
                columnOf[j] = nearest(xs, part.xs()[j]);
            }
            int before = rowsOnPage.getOrDefault(part.page(), 0);
            for (int r = 0; r < part.rows(); r++) {
                rowPage[row + r] = part.page();
                rowTop[row + r] = part.ys()[r];
                rowBottom[row + r] = part.ys()[r + 1];
                labels[row + r] = "第" + (part.page() + 1) + "页 r" + (before + r + 1);
            }
            rowsOnPage.put(part.page(), before + part.rows());
            List<TablePart.Cell> placed = new ArrayList<>();
            for (TablePart.Cell cell : part.cells()) {
                int firstColumn = columnOf[cell.column()];
                int lastColumn = Math.max(firstColumn, columnOf[cell.lastColumn() + 1] - 1);
                placed.add(new TablePart.Cell(row + cell.row(), firstColumn, row + cell.lastRow(), lastColumn,
                        cell.text()));
            }
            return placed;
        }

        /** Lines outside the rules as rows: one run across the table, several runs each in its column. */
        private void text(List<TablePart.TextRow> lines, int page, String name) {
            int columns = xs.length - 1;
            for (int i = 0; i < lines.size(); i++) {
                TablePart.TextRow line = lines.get(i);
                rowPage[row] = page;
                rowTop[row] = line.top();
                rowBottom[row] = line.bottom();
                labels[row] = "第" + (page + 1) + "页 " + name + textRows.merge(name, 1, Integer::sum);
                int open = -1;
                int openLast = -1;
                StringBuilder text = new StringBuilder();
                double left = 0;
                double right = 0;
                for (TablePart.Run run : line.runs()) {
                    int first = line.runs().size() == 1 ? 0 : Lattice.interval(xs, run.left());
                    int last = line.runs().size() == 1 ? columns - 1 : Lattice.interval(xs, run.right() - 1);
                    if (open >= 0 && first <= openLast) {
                        text.append(' ').append(run.text());
                        openLast = Math.max(openLast, last);
                        right = run.right();
                        continue;
                    }
                    if (open >= 0) {
                        textCell(open, openLast, text.toString(), new Box(page, left, line.top(), right, line.bottom()));
                    }
                    open = first;
                    openLast = Math.max(first, last);
                    text = new StringBuilder(run.text());
                    left = run.left();
                    right = run.right();
                }
                if (open >= 0) {
                    textCell(open, openLast, text.toString(), new Box(page, left, line.top(), right, line.bottom()));
                }
                row++;
            }
        }

        private void textCell(int first, int last, String text, Box box) {
            grid.text(row, first, text);
            if (last > first) {
                grid.merge(new CellRange(row, first, row, last));
            }
            textCells.put(key(row, first), box);
        }
    }

    /**
     * The cells of the table so far and of the next part, joined at the seam between them: a cell touching the
     * seam from above and one from below with the same columns, one of them spanning rows and one of them blank,
     * become one cell.
     */
    private static List<TablePart.Cell> seam(List<TablePart.Cell> above, List<TablePart.Cell> below, int seamRow) {
        List<TablePart.Cell> cells = new ArrayList<>(above);
        for (TablePart.Cell cell : below) {
            int match = -1;
            for (int i = 0; i < cells.size() && cell.row() == seamRow; i++) {
                TablePart.Cell up = cells.get(i);
                if (up.lastRow() == seamRow - 1 && up.column() == cell.column() && up.lastColumn() == cell.lastColumn()
                        && (up.lastRow() > up.row() || cell.lastRow() > cell.row())
                        && (up.text().isEmpty() || cell.text().isEmpty())) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                cells.add(cell);
            } else {
                TablePart.Cell up = cells.get(match);
                cells.set(match, new TablePart.Cell(up.row(), up.column(), cell.lastRow(), up.lastColumn(),
                        up.text().isEmpty() ? cell.text() : up.text()));
            }
        }
        return cells;
    }

    private static int nearest(double[] edges, double x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /** Addresses of a PDF table's cells: the page, the row on that page (or the caption or note line), the column. */
    private static final class PageAddressing implements Addressing {
        private final String[] labels;

        PageAddressing(String[] labels) {
            this.labels = labels;
        }

        @Override
        public String address(int row, int column) {
            return row < 0 || row >= labels.length ? ROW_COLUMN.address(row, column)
                    : labels[row] + "c" + (column + 1);
        }
    }
}
