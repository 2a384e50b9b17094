// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as a document shows it (表格), whatever the document: a sheet of a workbook, a table of a Word
 * document, a table rebuilt from a PDF page. It holds the non-blank cells with their shown text, exact decimal
 * and number format, the merged ranges, how its cells are addressed, and the adapter's notes at cells (a formula
 * saved without its value, a number the adapter could not show). The {@link FormRecognizer} reads forms from
 * grids and never knows which format they came from.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Grid {

    /** A merge larger than this is not indexed cell by cell (a hostile A1:XFD1048576 stays cheap). */
    private static final int INDEXED_MERGE_CELLS = 4096;

    private final String document;
    private final String name;
    private final Addressing addressing;
    private final List<GridRow> rows;
    private final List<CellRange> merges;
    private final List<Note> notes;
    /** Each cell covered by a merge but not its top-left, by {@link #key}, and the large merges. */
    private final Map<Long, CellRange> covered = new HashMap<>();
    private final List<CellRange> large = new ArrayList<>();

    private Grid(Builder builder) {
        this.document = builder.document;
        this.name = builder.name;
        this.addressing = builder.addressing;
        this.rows = rows(builder.cells);
        this.merges = List.copyOf(builder.merges);
        this.notes = List.copyOf(builder.notes);
        for (CellRange merge : merges) {
            long size = (long) (merge.lastRow() - merge.firstRow() + 1) * (merge.lastColumn() - merge.firstColumn() + 1);
            if (size > INDEXED_MERGE_CELLS) {
                large.add(merge);
                continue;
            }
            for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
                for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
                    if (r != merge.firstRow() || c != merge.firstColumn()) {
                        covered.put(key(r, c), merge);
                    }
                }
            }
        }
    }

    /** The cells by row; cells added in order (as every adapter adds them) are not sorted or deduplicated again. */
    private static List<GridRow> rows(List<GridCell> cells) {
        boolean inOrder = isSorted(cells);
        List<GridCell> sorted = cells;
        if (!inOrder) {
            sorted = new ArrayList<>(cells);
            sorted.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
        }
        List<GridRow> rows = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).row() != sorted.get(start).row()) {
                List<GridCell> row = sorted.subList(start, i);
                rows.add(new GridRow(sorted.get(start).row(), inOrder ? row : dedupe(row)));
                start = i;
            }
        }
        return List.copyOf(rows);
    }

    /** Whether cells are by row, then column, with no two at one place. */
    private static boolean isSorted(List<GridCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            GridCell a = cells.get(i - 1);
            GridCell b = cells.get(i);
            if (a.row() > b.row() || a.row() == b.row() && a.column() >= b.column()) {
                return false;
            }
        }
        return true;
    }

    /** A row's cells with one cell per column: the last one added to a column wins. */
    private static List<GridCell> dedupe(List<GridCell> row) {
        List<GridCell> cells = new ArrayList<>(row.size());
        for (GridCell cell : row) {
            if (!cells.isEmpty() && cells.get(cells.size() - 1).column() == cell.column()) {
                cells.set(cells.size() - 1, cell);
            } else {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static long key(int row, int column) {
        return (long) row << 32 | column;
    }

    /**
     * A builder of a grid of one part of a document.
     *
     * @param document the document's name, may be empty, not null
     * @param name the sheet's, table's or page's name, not null
     * @return never null
     */
    public static Builder builder(String document, String name) {
        return new Builder(document, name);
    }

    /** The document's name, such as {@code shanghai.xlsx}; empty when unnamed. @return never null */
    public String document() {
        return document;
    }

    /** The part's name: the sheet's ({@code 表1}), a Word table's ({@code 表格2}), a PDF page's ({@code 第3页}). @return never null */
    public String name() {
        return name;
    }

    /** The rows with at least one non-blank cell, in order. @return never null, unmodifiable */
    public List<GridRow> rows() {
        return rows;
    }

    /** The merged ranges, as the document lists them. @return never null, unmodifiable */
    public List<CellRange> merges() {
        return merges;
    }

    /** The adapter's notes at cells, which the recogniser files under the form holding the cell. @return never null */
    public List<Note> notes() {
        return notes;
    }

    /**
     * A row, if it has a non-blank cell.
     *
     * @param index the row, from 0
     * @return the row, or empty when blank
     */
    public Optional<GridRow> row(int index) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = rows.get(mid).index();
            if (r < index) {
                low = mid + 1;
            } else if (r > index) {
                high = mid - 1;
            } else {
                return Optional.of(rows.get(mid));
            }
        }
        return Optional.empty();
    }

    /**
     * The non-blank cell at a place.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the cell, or empty when blank
     */
    public Optional<GridCell> cell(int row, int column) {
        return row(row).flatMap(r -> r.at(column));
    }

    /**
     * The merge a cell lies inside without being its top-left cell: the cell shows the merge's value.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the merge, or empty when the cell is its own
     */
    public Optional<CellRange> coveringMerge(int row, int column) {
        CellRange merge = covered.get(key(row, column));
        if (merge == null && !large.isEmpty()) {
            for (CellRange range : large) {
                if (range.contains(row, column) && (row != range.firstRow() || column != range.firstColumn())) {
                    return Optional.of(range);
                }
            }
        }
        return Optional.ofNullable(merge);
    }

    /**
     * The merge whose top-left cell this is, if any.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the merge, or empty when the cell is not merged
     */
    public Optional<CellRange> mergeAt(int row, int column) {
        for (CellRange merge : merges) {
            if (merge.firstRow() == row && merge.firstColumn() == column && merge.isMerge()) {
                return Optional.of(merge);
            }
        }
        return Optional.empty();
    }

    /**
     * The cell's address in this grid: {@code G14}, {@code r14c7} or the adapter's own.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return never null
     */
    public String address(int row, int column) {
        return addressing.address(row, column);
    }

    /**
     * Where a cell is: the document, this part, the cell's address.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return never null
     */
    public Origin origin(int row, int column) {
        return new Origin(document, name, address(row, column));
    }

    /** The name, the number of rows and merges. */
    @Override
    public String toString() {
        return "Grid[" + (document.isEmpty() ? "" : document + "!") + name + ", " + rows.size() + " rows, "
                + merges.size() + " merges]";
    }

    /**
     * An adapter's note at a cell of a grid, such as a formula saved without its value.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @param code a stable code, such as {@code READ_FORMULA_WITHOUT_VALUE}
     * @param severity how serious it is
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public record Note(int row, int column, String code, Severity severity, String messageZh, String messageEn) {
        /**
         * Creates a note.
         *
         * @param row the row, from 0
         * @param column the column, from 0
         * @param code the stable code, not null
         * @param severity the severity, not null
         * @param messageZh the message in Chinese, not null
         * @param messageEn the message in English, not null
         */
        public Note {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(messageZh, "messageZh");
            Objects.requireNonNull(messageEn, "messageEn");
        }
    }

    /**
     * Builds a {@link Grid}: cells in any order (a later cell at the same place replaces an earlier one), blank
     * cells left out, merges and notes as the document gives them. Not thread-safe.
     */
    public static final class Builder {
        private final String document;
        private final String name;
        private Addressing addressing = Addressing.A1;
        private final List<GridCell> cells = new ArrayList<>();
        private final List<CellRange> merges = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();

        private Builder(String document, String name) {
            this.document = Objects.requireNonNull(document, "document");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * How cells are addressed: {@link Addressing#A1} by default.
         *
         * @param cellAddresses the addressing, not null
         * @return this builder
         */
        public Builder addressing(Addressing cellAddresses) {
            this.addressing = Objects.requireNonNull(cellAddresses, "cellAddresses");
            return this;
        }

        /**
         * Adds a text cell; blank text is left out.
         *
         * @param row the row, ≥ 0
         * @param column the column, ≥ 0
         * @param text the text as shown, not null
         * @return this builder
         */
        public Builder text(int row, int column, String text) {
            if (!text.isBlank()) {
                cells.add(GridCell.of(row, column, text, null, ""));
            }
            return this;
        }

        /**
         * Adds a numeric cell.
         *
         * @param row the row, ≥ 0
         * @param column the column, ≥ 0
         * @param shown the text as the number format shows it, such as {@code 86.19%}, not null
         * @param number the exact number shown, such as {@code 0.8619}, not null
         * @param format the number format, such as {@code 0.00%}; empty when none, not null
         * @return this builder
         */
        public Builder number(int row, int column, String shown, BigDecimal number, String format) {
            cells.add(GridCell.of(row, column, shown, Objects.requireNonNull(number, "number"), format));
            return this;
        }

        /**
         * Adds a merged range (its value is in its top-left cell).
         *
         * @param range the range, not null
         * @return this builder
         */
        public Builder merge(CellRange range) {
            merges.add(Objects.requireNonNull(range, "range"));
            return this;
        }

        /**
         * Adds a note at a cell.
         *
         * @param note the note, not null
         * @return this builder
         */
        public Builder note(Note note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /** The grid. @return never null */
        public Grid build() {
            return new Grid(this);
        }
    }
}
