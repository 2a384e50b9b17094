// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.spi.FormReadException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the cells of a workbook's sheets into {@link io.github.jixiao.layout.Grid}s while they stream,
 * enforcing the row, cell and string-length limits as each cell arrives.
 */
final class GridBuilder {

    private final XlsxLimits limits;
    private final String source;
    private final List<io.github.jixiao.layout.Grid> sheets = new ArrayList<>();
    private io.github.jixiao.layout.Grid.Builder grid;
    private String sheet = "";
    private int cellCount;
    /** The current sheet's first cell with a value, or -1 before one. */
    private int firstRow = -1;
    private int firstColumn;
    /** The current sheet's formulas saved without a value, computed when the sheet ends. */
    private final List<UncachedFormulas.Formula> uncached = new ArrayList<>();

    GridBuilder(XlsxLimits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    void startSheet(String name) {
        sheet = name;
        firstRow = -1;
        uncached.clear();
        grid = io.github.jixiao.layout.Grid.builder(source, name);
    }

    /** Checks a row number against {@link XlsxLimits#maxRows()} before its cells are read. */
    void checkRow(int index) throws FormReadException {
        if (index >= limits.maxRows()) {
            throw new FormReadException(source, sheet + "!A" + (index + 1),
                    "row " + (index + 1) + " is beyond the limit of " + limits.maxRows()
                            + " rows per sheet (XlsxLimits.maxRows)");
        }
    }

    /** Adds a text cell; blank text is left out. */
    void text(int row, int column, String text) throws FormReadException {
        if (check(row, column, text)) {
            grid.text(row, column, text);
        }
    }

    /** Adds a number as its format shows it; a number no format can show (a date out of range) is its text. */
    void number(int row, int column, ShownNumber shown, String format) throws FormReadException {
        if (!check(row, column, shown.text())) {
            return;
        }
        if (shown.number() == null) {
            grid.text(row, column, shown.text());
        } else {
            grid.number(row, column, shown.text(), shown.number(), format == null ? "" : format);
        }
        shown.noteIfAny().ifPresent(note -> note(row, column, "READ_NUMBER_SHOWN_AS_VALUE", Severity.WARNING,
                note.zh(), note.en()));
    }

    /** Keeps a formula saved without its value, to be computed when the sheet ends ({@link UncachedFormulas}). */
    void formulaWithoutValue(UncachedFormulas.Formula formula) throws FormReadException {
        checkRow(formula.row());
        uncached.add(formula);
    }

    /** Notes something at a cell, for the form that holds it. */
    void note(int row, int column, String code, Severity severity, String zh, String en) {
        grid.note(new io.github.jixiao.layout.Grid.Note(row, column, code, severity, zh, en));
    }

    /** Puts a note made elsewhere (a sheet's repair) on the current sheet. */
    void note(io.github.jixiao.layout.Grid.Note note) {
        grid.note(note);
    }

    void merge(CellRange range) {
        grid.merge(range);
    }

    private boolean check(int row, int column, String text) throws FormReadException {
        checkRow(row);
        if (text.length() > limits.maxStringLength()) {
            throw new FormReadException(source, sheet + "!" + Addressing.a1(row, column),
                    "the cell holds " + text.length() + " characters; the limit is " + limits.maxStringLength()
                            + " (XlsxLimits.maxStringLength)");
        }
        if (text.isBlank()) {
            return false;
        }
        if (firstRow < 0) {
            firstRow = row;
            firstColumn = column;
        }
        if (++cellCount > limits.maxCells()) {
            throw new FormReadException(source, sheet + "!" + Addressing.a1(row, column),
                    "the workbook has more than " + limits.maxCells() + " non-blank cells (XlsxLimits.maxCells)");
        }
        return true;
    }

    /**
     * Ends the sheet. A hidden sheet (hidden in the workbook, as last year's copy of a form often is) is read like
     * any other, with a note at its first cell that says so.
     */
    io.github.jixiao.layout.Grid endSheet(boolean hidden) {
        if (hidden && firstRow >= 0) {
            note(firstRow, firstColumn, "READ_SHEET_HIDDEN", Severity.WARNING,
                    "工作表“" + sheet + "”在工作簿中是隐藏的，其中的自评表照常读取",
                    "the sheet \"" + sheet + "\" is hidden in the workbook; its form is read like any other");
        }
        io.github.jixiao.layout.Grid built = grid.build();
        if (!uncached.isEmpty()) {
            UncachedFormulas.compute(built, uncached, grid);
            built = grid.build();
        }
        sheets.add(built);
        return built;
    }

    List<io.github.jixiao.layout.Grid> sheets() {
        return List.copyOf(sheets);
    }
}
