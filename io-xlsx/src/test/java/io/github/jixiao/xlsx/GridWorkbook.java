// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written cell by cell, row after row, as a regional template lays it out (test scope, POI XSSF):
 * a {@code String} is a text cell, a {@code Number} a numeric cell shown as General, {@link #shown} a number
 * under a format, {@link #formula} a formula with or without its cached value, and {@code null} a blank cell;
 * {@link #merge} merges a range.
 */
final class GridWorkbook {

    /** A number under a number format, such as {@code 0.00%} or {@code yyyy"年"m"月"d"日"}. */
    record Shown(double value, String format) {
    }

    /**
     * A formula and its cached value, or none (null) as a workbook saved without calculating, under a number format
     * (null for General).
     */
    record Formula(String formula, Double cached, String format) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private Sheet sheet;
    private int next;

    static Shown shown(double value, String format) {
        return new Shown(value, format);
    }

    static Formula formula(String formula, Double cached) {
        return new Formula(formula, cached, null);
    }

    static Formula formula(String formula, Double cached, String format) {
        return new Formula(formula, cached, format);
    }

    /** Starts a new sheet. */
    GridWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        next = 0;
        return this;
    }

    /** Writes the next row from column A. */
    GridWorkbook row(Object... cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                write(row.createCell(c), cells[c]);
            }
        }
        return this;
    }

    /** Hides the current sheet. */
    GridWorkbook hidden() {
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return this;
    }

    /** Merges a range of the current sheet, such as {@code C3:D3}. */
    GridWorkbook merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, code -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(code));
            return style;
        });
    }

    private void write(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Shown shown) {
            cell.setCellValue(shown.value());
            cell.setCellStyle(style(shown.format()));
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
            if (formula.cached() != null) {
                cell.setCellValue(formula.cached());
            }
            if (formula.format() != null) {
                cell.setCellStyle(style(formula.format()));
            }
        } else {
            throw new IllegalArgumentException("not a cell value: " + value);
        }
    }
}
