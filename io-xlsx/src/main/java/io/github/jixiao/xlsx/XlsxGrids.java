package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams an .xlsx package (already checked by {@link PackageGuard}) into grids with fastexcel-reader. Rows,
 * cells and string lengths are bounded as they stream. A cell that cannot be parsed (a number that is not one, a
 * shared string that does not exist) is a note at its cell, not a refused workbook. fastexcel-reader has no
 * merged-cell API: a merged cell's value is in its top-left cell, which is what the grid keeps (the recogniser
 * needs no merges).
 */
final class XlsxGrids {

    /** Formats for numbers, and a cell that cannot be parsed as an error cell rather than a refused workbook. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, true);
    private static final List<String> ERROR_CODES =
            List.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");

    private XlsxGrids() {
    }

    static List<io.github.jixiao.layout.Grid> read(byte[] bytes, XlsxLimits limits, String source) throws IOException {
        GridBuilder grids = new GridBuilder(limits, source);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), WITH_FORMATS)) {
            boolean date1904 = workbook.isDate1904();
            for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
                grids.startSheet(sheet.getName());
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                        addRow(grids, it.next(), date1904);
                    }
                }
                grids.endSheet();
            }
        } catch (FormReadException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FormReadException(source, "", "the workbook cannot be read: " + oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new FormReadException(source, "", "the workbook is corrupt: " + e.getClass().getSimpleName() + ": "
                    + oneLine(e.getMessage()), e);
        }
        return grids.sheets();
    }

    /** A library's message on one line, cut to 200 characters. */
    static String oneLine(String message) {
        String s = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static void addRow(GridBuilder grids, Row row, boolean date1904) throws FormReadException {
        int index = row.getRowNum() - 1;
        grids.checkRow(index);
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null) {
                addCell(grids, index, cell, date1904);
            }
        }
    }

    private static void addCell(GridBuilder grids, int row, Cell cell, boolean date1904) throws FormReadException {
        int column = cell.getColumnIndex();
        CellType type = cell.getType();
        if (type == CellType.EMPTY) {
            return;
        }
        if (type == CellType.NUMBER) {
            grids.number(row, column, ShownNumber.of(cell.asNumber(), cell.getDataFormatString(), date1904),
                    cell.getDataFormatString());
            return;
        }
        if (type == CellType.ERROR && !ERROR_CODES.contains(cell.getRawValue())) {
            String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
            grids.note(row, column, "READ_CELL_UNREADABLE", Severity.WARNING,
                    "单元格的值“" + oneLine(raw) + "”无法读取，按空白读取",
                    "the cell's stored value \"" + oneLine(raw) + "\" cannot be read (not a number, or a shared "
                            + "string that does not exist); the cell is read as blank");
            return;
        }
        String raw = OoxmlEscapes.decode(type == CellType.STRING ? cell.asString() : cell.getRawValue());
        if (raw == null) {
            if (type == CellType.FORMULA) {
                grids.note(row, column, "READ_FORMULA_WITHOUT_VALUE", Severity.WARNING,
                        "公式“=" + cell.getFormula() + "”没有保存计算结果，按空白读取",
                        "the formula \"=" + oneLine(cell.getFormula()) + "\" has no cached value (the workbook was "
                                + "saved without calculating it); the cell is read as blank");
            }
            return;
        }
        BigDecimal cached = type == CellType.FORMULA ? number(raw) : null;
        if (cached != null) {
            grids.number(row, column, ShownNumber.of(cached, cell.getDataFormatString(), date1904),
                    cell.getDataFormatString());
        } else {
            grids.text(row, column, raw);
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
