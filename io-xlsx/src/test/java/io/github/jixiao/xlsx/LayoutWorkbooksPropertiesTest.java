// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.layout.GridRow;
import io.github.jixiao.layout.fixtures.GridForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The layout properties through real files: the seed forms laid out the ways provinces lay them out (see
 * {@link GridForms}) are saved as .xlsx and .xls workbooks by Apache POI — numbers as numbers with the format that
 * shows their decimals, label cells merged as printed — and read back by the formats into the same forms, with
 * no warning.
 */
class LayoutWorkbooksPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000) / 5;
    private static final List<SelfEvaluation> SEEDS = SeedForms.all();

    @Test
    void seedFormsInAnyLayoutReadBackFromXlsx() {
        readBack("forms.xlsx", XSSFWorkbook::new);
    }

    @Test
    void seedFormsInAnyLayoutReadBackFromXls() {
        readBack("forms.xls", HSSFWorkbook::new);
    }

    private static void readBack(String file, Supplier<Workbook> workbooks) {
        qt().withExamples(Math.max(20, EXAMPLES)).forAll(Generate.range(0, SEEDS.size() - 1), GridForms.styles(),
                Generate.booleans()).checkAssert((seed, style, decorate) -> {
                    SelfEvaluation form = decorate ? GridForms.decorated(SEEDS.get(seed)) : SEEDS.get(seed);
                    byte[] bytes = save(GridForms.render(List.of(form), List.of(style)), workbooks.get());
                    ReadResult result = read(file, bytes);
                    GridForms.assertReadBack(result, List.of(GridForms.printed(form, style)), style);
                    GridForms.assertNoWarnings(result, style);
                });
    }

    /** The grid as a workbook of one sheet: text as strings, numbers with a format fixing their decimals. */
    static byte[] save(Grid grid, Workbook workbook) {
        try (workbook) {
            Sheet sheet = workbook.createSheet(grid.name());
            for (GridRow gridRow : grid.rows()) {
                Row row = sheet.createRow(gridRow.index());
                for (GridCell gridCell : gridRow.cells()) {
                    Cell cell = row.createCell(gridCell.column());
                    if (gridCell.number().isPresent()) {
                        BigDecimal number = gridCell.number().get();
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(decimals(workbook, Math.max(0, number.scale())));
                    } else {
                        cell.setCellValue(gridCell.text());
                    }
                }
            }
            for (CellRange merge : grid.merges()) {
                sheet.addMergedRegion(new CellRangeAddress(merge.firstRow(), merge.lastRow(), merge.firstColumn(),
                        merge.lastColumn()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle decimals(Workbook workbook, int decimals) {
        String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            CellStyle style = workbook.getCellStyleAt(i);
            if (style.getDataFormatString().equals(format)) {
                return style;
            }
        }
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static ReadResult read(String file, byte[] bytes) {
        try {
            return FormFormat.forFileName(file).orElseThrow().read(new ByteArrayInputStream(bytes),
                    ReadOptions.defaults().withSourceName(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
