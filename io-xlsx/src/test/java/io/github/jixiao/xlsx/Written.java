// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook written by jixiao, opened with POI for the tests: cells by A1 reference, formulas evaluated. */
final class Written implements AutoCloseable {

    final byte[] bytes;
    final XSSFWorkbook workbook;
    final FormulaEvaluator evaluator;

    private Written(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    static Written template(List<SelfEvaluation> forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TemplateWriter.standard().write(forms, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out.toByteArray());
    }

    static Written of(byte[] bytes) {
        return new Written(bytes);
    }

    Sheet sheet(int index) {
        return workbook.getSheetAt(index);
    }

    /** The cell at an A1 reference of the first sheet, never null (a blank cell when absent). */
    Cell cell(String a1) {
        return cell(sheet(0), a1);
    }

    static Cell cell(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        return row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    /** The text of a string cell of the first sheet. */
    String text(String a1) {
        Cell cell = cell(a1);
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "<" + cell.getCellType() + ">";
    }

    /** Where a text first appears on a sheet, as an A1 reference, or null. */
    static String find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell.getAddress().formatAsString();
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
