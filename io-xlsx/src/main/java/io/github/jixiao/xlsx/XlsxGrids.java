// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams an .xlsx package (already checked by {@link PackageGuard}) into grids with fastexcel-reader. Rows,
 * cells and string lengths are bounded as they stream. fastexcel-reader reads the package {@link WorkbookPackage}
 * prepares: its sheets checked and, where damaged, repaired, so that a damaged cell (a reference, style, type or
 * shared string that is none, a number that is not one, digits other than ASCII) is a note at its cell and the rest
 * of the sheet is read. Should fastexcel-reader still fail on a sheet (a shared-string index past the table's end
 * shows only then), the package is prepared again with every sheet repaired and read once more; a workbook that
 * fails even so is refused. fastexcel-reader has no merged-cell API: a merged cell's value is in its top-left
 * cell, which is what the grid keeps (the recogniser needs no merges).
 */
final class XlsxGrids {

    /** Formats for numbers, and a cell that cannot be parsed as an error cell rather than a refused workbook. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, true);
    private static final List<String> ERROR_CODES =
            List.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");

    private XlsxGrids() {
    }

    static List<io.github.jixiao.layout.Grid> read(byte[] bytes, List<ZipDirectory.Entry> entries, XlsxLimits limits,
            String source) throws IOException {
        try (WorkbookPackage parts = WorkbookPackage.open(bytes, entries, limits, source)) {
            Collection<ZipDirectory.Entry> sheets = parts.worksheets();
            boolean repairEvery = false;
            while (true) {
                WorkbookPackage.Prepared prepared = parts.prepare(sheets, repairEvery);
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(prepared.zip()),
                        WITH_FORMATS)) {
                    List<Sheet> all = workbook.getSheets().toList();
                    List<ZipDirectory.Entry> allParts = new ArrayList<>(all.size());
                    for (Sheet sheet : all) {
                        allParts.add(parts.sheet(sheet.getId(), sheet.getName()));
                    }
                    if (prepared.sheets().containsAll(allParts)) {
                        return grids(workbook, all, allParts, prepared, repairEvery, limits, source);
                    }
                    sheets = new LinkedHashSet<>(allParts);
                } catch (FormReadException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    if (repairEvery) {
                        throw refusal(e, source);
                    }
                    repairEvery = true;
                }
            }
        }
    }

    private static List<io.github.jixiao.layout.Grid> grids(ReadableWorkbook workbook, List<Sheet> sheets,
            List<ZipDirectory.Entry> parts, WorkbookPackage.Prepared prepared, boolean repaired, XlsxLimits limits,
            String source) throws IOException {
        GridBuilder grids = new GridBuilder(limits, source);
        boolean date1904 = workbook.isDate1904();
        for (int i = 0; i < sheets.size(); i++) {
            grids.startSheet(sheets.get(i).getName());
            prepared.notes(parts.get(i)).forEach(grids::note);
            try (Stream<Row> rows = sheets.get(i).openStream()) {
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    addRow(grids, it.next(), date1904, repaired);
                }
            }
            grids.endSheet(sheets.get(i).getVisibility() != SheetVisibility.VISIBLE);
        }
        return grids.sheets();
    }

    private static FormReadException refusal(Exception e, String source) {
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof IllegalStateException) {
            return new FormReadException(source, "", "the workbook cannot be read: " + oneLine(e.getMessage()), e);
        }
        return new FormReadException(source, "", "the workbook is corrupt: " + e.getClass().getSimpleName() + ": "
                + oneLine(e.getMessage()), e);
    }

    /** A library's message on one line, cut to 200 characters. */
    static String oneLine(String message) {
        String s = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static void addRow(GridBuilder grids, Row row, boolean date1904, boolean repaired)
            throws FormReadException {
        int index = row.getRowNum() - 1;
        grids.checkRow(index);
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null) {
                addCell(grids, index, cell, date1904, repaired);
            }
        }
    }

    private static void addCell(GridBuilder grids, int row, Cell cell, boolean date1904, boolean repaired)
            throws FormReadException {
        int column = cell.getColumnIndex();
        CellType type = cell.getType();
        if (type == CellType.EMPTY) {
            return;
        }
        if (type == CellType.STRING && cell.getValue() == null && !repaired) {
            // a shared string in a workbook without a table, or an inline string without its text: repaired, noted
            throw new SheetNeedsRepair();
        }
        if (type == CellType.NUMBER) {
            noteIfNotAscii(grids, row, column, cell.getRawValue(), cell.asNumber());
            grids.number(row, column, ShownNumber.of(cell.asNumber(), cell.getDataFormatString(), date1904),
                    cell.getDataFormatString());
            return;
        }
        if (type == CellType.ERROR && !ERROR_CODES.contains(cell.getRawValue())) {
            String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
            grids.note(row, column, "READ_CELL_UNREADABLE", Severity.WARNING,
                    "单元格的值“" + oneLine(raw) + "”无法读取（不是数字、逻辑值或 Excel 的错误值），按空白读取",
                    "the cell's stored value \"" + oneLine(raw) + "\" cannot be read (not a number, a boolean or an "
                            + "error value Excel writes); the cell is read as blank");
            return;
        }
        String raw = OoxmlEscapes.decode(type == CellType.STRING ? cell.asString() : cell.getRawValue());
        if (raw == null || type == CellType.FORMULA && raw.isEmpty()) {
            if (type == CellType.FORMULA) {
                grids.formulaWithoutValue(new UncachedFormulas.Formula(row, column, cell.getFormula(),
                        cell.getDataFormatString(), date1904));
            }
            return;
        }
        BigDecimal cached = type == CellType.FORMULA ? number(raw) : null;
        if (cached != null) {
            noteIfNotAscii(grids, row, column, raw, cached);
            grids.number(row, column, ShownNumber.of(cached, cell.getDataFormatString(), date1904),
                    cell.getDataFormatString());
        } else {
            grids.text(row, column, raw);
        }
    }

    /**
     * A number stored with digits other than ASCII 0–9 (全角数字 and the digits of other scripts, which
     * {@link BigDecimal} reads as their values, and no spreadsheet program writes) is read as the value of those
     * digits, with a warning at its cell.
     */
    private static void noteIfNotAscii(GridBuilder grids, int row, int column, String raw, BigDecimal value) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) > 127) {
                grids.note(row, column, "READ_NUMBER_NOT_ASCII", Severity.WARNING,
                        "数值“" + oneLine(raw) + "”不是用 ASCII 数字 0–9 写的（如全角数字），按这些数字表示的值 "
                                + value.toPlainString() + " 读取",
                        "the number \"" + oneLine(raw) + "\" is written with digits other than ASCII 0-9 (full-width "
                                + "or of another script); it is read as " + value.toPlainString() + ", the value of "
                                + "those digits");
                return;
            }
        }
    }

    /** A cell fastexcel-reader reads without failing, but not as Excel would: the read is repeated, repaired. */
    private static final class SheetNeedsRepair extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SheetNeedsRepair() {
            super(null, null, false, false);
        }
    }

    /** The cached value of a formula cell as a number, or null when it is text. */
    private static BigDecimal number(String raw) {
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
