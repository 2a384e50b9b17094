package io.github.jixiao.xlsx;

import io.github.jixiao.layout.CellRange;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an .xls (BIFF8) workbook into grids with POI HSSF, merged ranges included (a merged cell's value is in
 * its top-left cell); numbers are {@code BigDecimal.valueOf(double)} shown under their number format.
 * HSSF holds the whole workbook in memory, bounded by {@link XlsxLimits#maxFileBytes()}.
 */
final class XlsGrids {

    private XlsGrids() {
    }

    static List<io.github.jixiao.layout.Grid> read(DirectoryNode root, XlsxLimits limits, String source)
            throws FormReadException {
        GridBuilder grids = new GridBuilder(limits, source);
        try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            for (Sheet sheet : workbook) {
                grids.startSheet(sheet.getSheetName());
                grids.checkRow(sheet.getLastRowNum());
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    if (merged.getFirstRow() >= 0 && merged.getFirstColumn() >= 0
                            && merged.getLastRow() >= merged.getFirstRow()
                            && merged.getLastColumn() >= merged.getFirstColumn()) {
                        grids.merge(new CellRange(merged.getFirstRow(), merged.getFirstColumn(), merged.getLastRow(),
                                merged.getLastColumn()));
                    }
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        addCell(grids, cell, date1904);
                    }
                }
                grids.endSheet();
            }
        } catch (FormReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new FormReadException(source, "", "encrypted workbook: a password-protected .xls cannot be read", e);
        } catch (IOException | RuntimeException e) {
            throw new FormReadException(source, "", "the .xls workbook is corrupt: " + e.getClass().getSimpleName() + ": "
                    + XlsxGrids.oneLine(e.getMessage()), e);
        }
        return grids.sheets();
    }

    private static void addCell(GridBuilder grids, Cell cell, boolean date1904) throws FormReadException {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        switch (type) {
            case NUMERIC -> {
                String format = cell.getCellStyle().getDataFormatString();
                grids.number(row, column, ShownNumber.of(BigDecimal.valueOf(cell.getNumericCellValue()), format,
                        date1904), format);
            }
            case STRING -> grids.text(row, column, cell.getStringCellValue());
            case BOOLEAN -> grids.text(row, column, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> grids.text(row, column, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> {
                // blank
            }
        }
    }
}
