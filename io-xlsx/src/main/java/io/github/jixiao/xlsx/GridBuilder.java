package io.github.jixiao.xlsx;

import io.github.jixiao.spi.FormReadException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the cells of a workbook's sheets into {@link SheetGrid}s while they stream, enforcing the row, cell
 * and string-length limits as each cell arrives.
 */
final class GridBuilder {

    private final XlsxLimits limits;
    private final String source;
    private final List<SheetGrid> sheets = new ArrayList<>();
    private int cellCount;
    private String sheet = "";
    private List<GridRow> rows = new ArrayList<>();
    private List<GridCell> row = new ArrayList<>();
    private int rowIndex = -1;

    GridBuilder(XlsxLimits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    void startSheet(String name) {
        sheet = name;
        rows = new ArrayList<>();
        row = new ArrayList<>();
        rowIndex = -1;
    }

    /** Checks a row number against {@link XlsxLimits#maxRows()} before its cells are read. */
    void checkRow(int index) throws FormReadException {
        if (index >= limits.maxRows()) {
            throw new FormReadException(source, sheet + "!A" + (index + 1),
                    "row " + (index + 1) + " is beyond the limit of " + limits.maxRows()
                            + " rows per sheet (XlsxLimits.maxRows)");
        }
    }

    /**
     * Adds a cell; cells arrive in row order, and in column order within a row.
     *
     * @param number the exact number shown, or null for a text cell
     */
    void add(int rowIdx, int column, String text, BigDecimal number) throws FormReadException {
        checkRow(rowIdx);
        if (text.length() > limits.maxStringLength()) {
            throw new FormReadException(source, sheet + "!" + GridCell.address(rowIdx, column),
                    "the cell holds " + text.length() + " characters; the limit is " + limits.maxStringLength()
                            + " (XlsxLimits.maxStringLength)");
        }
        if (text.isBlank() && number == null) {
            return;
        }
        if (++cellCount > limits.maxCells()) {
            throw new FormReadException(source, sheet + "!" + GridCell.address(rowIdx, column),
                    "the workbook has more than " + limits.maxCells() + " non-blank cells (XlsxLimits.maxCells)");
        }
        if (rowIdx != rowIndex) {
            flushRow();
            rowIndex = rowIdx;
        }
        row.add(GridCell.of(rowIdx, column, text, Optional.ofNullable(number)));
    }

    SheetGrid endSheet() {
        flushRow();
        SheetGrid grid = new SheetGrid(sheet, rows);
        sheets.add(grid);
        return grid;
    }

    List<SheetGrid> sheets() {
        return List.copyOf(sheets);
    }

    private void flushRow() {
        if (!row.isEmpty()) {
            rows.add(new GridRow(rowIndex, row));
            row = new ArrayList<>();
        }
    }
}
