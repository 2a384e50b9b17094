// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid.Note;
import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads an .xls (BIFF8) workbook into grids with POI HSSF, merged ranges included (a merged cell's value is in
 * its top-left cell); numbers are {@code BigDecimal.valueOf(double)} shown under their number format.
 * HSSF holds the whole workbook in memory, bounded by {@link XlsxLimits#maxFileBytes()}.
 *
 * <p>Damage a spreadsheet program does not write is a note at its cell, as in .xlsx ({@link SheetReader}): a cell
 * whose shared string is beyond the table (HSSF would refuse the whole workbook while opening it, so the cell's
 * record is renamed to one HSSF skips before it opens) is blank with {@code READ_CELL_UNREADABLE}; a style beyond
 * the table is {@code READ_CELL_STYLE}, the value read without its number format; an error code Excel does not
 * write is {@code READ_CELL_UNREADABLE}, blank; a column beyond IV, the last of an .xls sheet, is
 * {@code READ_CELL_REFERENCE}, the value read in the cell after the previous one. A number is always a binary double
 * in .xls: no digits to misread.
 */
final class XlsGrids {

    /** The last column of an .xls sheet, IV. */
    private static final int LAST_COLUMN = 255;
    private static final int BOF = 0x0809;
    private static final int EOF = 0x000A;
    private static final int FILEPASS = 0x002F;
    private static final int SST = 0x00FC;
    private static final int LABEL_SST = 0x00FD;
    /** A record type BIFF8 does not define: HSSF keeps such a record aside and reads no cell from it. */
    private static final int SKIPPED = 0x7FFD;

    private XlsGrids() {
    }

    static List<io.github.jixiao.layout.Grid> read(DirectoryNode root, XlsxLimits limits, String source)
            throws FormReadException {
        GridBuilder grids = new GridBuilder(limits, source);
        try {
            Map<Integer, List<Note>> notes = skipSharedStringsBeyondTheTable(root);
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
                boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
                for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                    Sheet sheet = workbook.getSheetAt(index);
                    grids.startSheet(sheet.getSheetName());
                    notes.getOrDefault(index, List.of()).forEach(grids::note);
                    grids.checkRow(sheet.getLastRowNum());
                    for (CellRangeAddress merged : sheet.getMergedRegions()) {
                        if (merged.getFirstRow() >= 0 && merged.getFirstColumn() >= 0
                                && merged.getLastRow() >= merged.getFirstRow()
                                && merged.getLastColumn() >= merged.getFirstColumn()) {
                            grids.merge(new CellRange(merged.getFirstRow(), merged.getFirstColumn(),
                                    merged.getLastRow(), merged.getLastColumn()));
                        }
                    }
                    for (Row row : sheet) {
                        int previous = -1;
                        for (Cell cell : row) {
                            previous = addCell(grids, cell, previous, date1904);
                        }
                    }
                    grids.endSheet(workbook.getSheetVisibility(index) != SheetVisibility.VISIBLE);
                }
            }
        } catch (FormReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new FormReadException(source, "", "encrypted workbook: a password-protected .xls cannot be read", e);
        } catch (IOException | RuntimeException e) {
            throw new FormReadException(source, "", "the .xls workbook is corrupt: " + e.getClass().getSimpleName()
                    + ": " + XlsxGrids.oneLine(e.getMessage()), e);
        }
        return grids.sheets();
    }

    /**
     * Adds a cell, with a note where it cannot be read as written.
     *
     * @param previous the column of the row's previous cell, -1 for none
     * @return the column the cell is read in
     */
    private static int addCell(GridBuilder grids, Cell cell, int previous, boolean date1904)
            throws FormReadException {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        if (column > LAST_COLUMN) {
            String stored = CellReference.convertNumToColString(column) + (row + 1);
            column = previous + 1;
            String at = Addressing.a1(row, column);
            grids.note(row, column, "READ_CELL_REFERENCE", Severity.WARNING,
                    "单元格地址“" + stored + "”超出 .xls 的最后一列 IV，按位置读作 " + at,
                    "the cell reference \"" + stored + "\" lies beyond IV, the last column of an .xls sheet; the cell "
                            + "is read as " + at + ", the cell after the previous one");
        }
        switch (type) {
            case NUMERIC -> {
                String format = format(grids, cell, row, column);
                grids.number(row, column, ShownNumber.of(BigDecimal.valueOf(cell.getNumericCellValue()), format,
                        date1904), format);
            }
            case STRING -> grids.text(row, column, cell.getStringCellValue());
            case BOOLEAN -> grids.text(row, column, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> error(grids, row, column, cell.getErrorCellValue());
            default -> {
                // blank
            }
        }
        return column;
    }

    /** A cell's number format; none, with a note, where its style is beyond the workbook's table. */
    private static String format(GridBuilder grids, Cell cell, int row, int column) {
        try {
            return cell.getCellStyle().getDataFormatString();
        } catch (RuntimeException beyondTheTable) {
            grids.note(row, column, "READ_CELL_STYLE", Severity.WARNING, "单元格的样式超出工作簿的样式表，按无数字格式读取",
                    "the cell's style index lies beyond the workbook's styles; the cell is read without its number "
                            + "format");
            return null;
        }
    }

    private static void error(GridBuilder grids, int row, int column, byte code) throws FormReadException {
        if (FormulaError.isValidCode(code)) {
            grids.text(row, column, FormulaError.forInt(code).getString());
        } else {
            grids.note(row, column, "READ_CELL_UNREADABLE", Severity.WARNING,
                    "单元格的错误代码 " + (code & 0xFF) + " 不是 Excel 的错误值，按空白读取",
                    "the cell's error code " + (code & 0xFF) + " is not an error value Excel writes; the cell is read "
                            + "as blank");
        }
    }

    /**
     * HSSF looks up each shared-string cell's string while it opens the workbook, and a cell whose index is beyond the
     * table stops it. Such a cell's record is renamed in the {@code Workbook} stream to a type HSSF keeps aside, so
     * that the cell is blank, and noted. Records are walked by their headers only, up to any encryption.
     *
     * @return the notes by sheet, counted from 0
     */
    private static Map<Integer, List<Note>> skipSharedStringsBeyondTheTable(DirectoryNode root)
            throws IOException {
        String name = root.hasEntry("Workbook") ? "Workbook" : "WORKBOOK";
        if (!root.hasEntry(name)) {
            return Map.of();
        }
        byte[] stream;
        try (InputStream in = root.createDocumentInputStream(name)) {
            stream = in.readAllBytes();
        }
        Map<Integer, List<Note>> notes = new HashMap<>();
        long strings = 0;
        int sheet = -2;
        int depth = 0;
        for (int at = 0; at + 4 <= stream.length; at += 4 + uint16(stream, at + 2)) {
            int sid = uint16(stream, at);
            int length = uint16(stream, at + 2);
            if (sid == FILEPASS || at + 4 + length > stream.length) {
                break;
            }
            if (sid == BOF) {
                sheet += depth++ == 0 ? 1 : 0;
            } else if (sid == EOF) {
                depth = Math.max(0, depth - 1);
            } else if (sid == SST && length >= 8) {
                strings = uint32(stream, at + 8);
            } else if (sid == LABEL_SST && length >= 10 && uint32(stream, at + 10) >= strings) {
                int row = uint16(stream, at + 4);
                int column = uint16(stream, at + 6);
                long index = uint32(stream, at + 10);
                stream[at] = (byte) SKIPPED;
                stream[at + 1] = (byte) (SKIPPED >>> 8);
                notes.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new Note(row, column,
                        "READ_CELL_UNREADABLE", Severity.WARNING,
                        "单元格引用第 " + index + " 个共享字符串（从 0 起数），但工作簿只有 " + strings + " 个，按空白读取",
                        "the cell refers to shared string " + index + " (counting from 0), but the workbook has "
                                + strings + "; the cell is read as blank"));
            }
        }
        if (!notes.isEmpty()) {
            root.createOrUpdateDocument(name, new ByteArrayInputStream(stream));
        }
        return notes;
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] bytes, int at) {
        return uint16(bytes, at) | (long) uint16(bytes, at + 2) << 16;
    }
}
