// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * A grid notes cell styles and applies them per rectangle of cells styled alike: every cell must end with the
 * style that styling it alone would give, whatever the rectangles.
 */
class GridTest {

    private static final double[] WIDTHS = {10, 10, 10, 10, 10};

    @Test
    void cellsStyledAlikeInRowsAndRectanglesKeepTheirOwnStyles() throws IOException {
        try (Written written = Written.of(sheet(grid -> {
            // a 2 × 3 block of values, broken in its middle row by a number
            for (int row = 0; row < 3; row++) {
                for (int col = 0; col < 3; col++) {
                    grid.text(row, col, "值", Styles.Kind.VALUE);
                }
            }
            grid.number(1, 1, new BigDecimal("13.50"), Styles.Kind.NUMBER);
            // a gap row, then the same run again: not joined to the block above
            grid.text(4, 0, "值", Styles.Kind.VALUE);
            grid.text(4, 1, "值", Styles.Kind.VALUE);
            grid.text(4, 2, "值", Styles.Kind.VALUE);
            grid.text(0, 4, "标签", Styles.Kind.LABEL);
        }))) {
            for (String a1 : new String[] {"A1", "B1", "C1", "A2", "C2", "A3", "B3", "C3", "A5", "B5", "C5"}) {
                XSSFCellStyle style = (XSSFCellStyle) written.cell(a1).getCellStyle();
                assertThat(style.getAlignment()).as(a1).isEqualTo(HorizontalAlignment.CENTER);
                assertThat(style.getWrapText()).as(a1).isTrue();
                assertThat(style.getBorderLeft()).as(a1).isEqualTo(BorderStyle.THIN);
                assertThat(style.getFillForegroundXSSFColor()).as(a1).isNull();
                assertThat(style.getFont().getBold()).as(a1).isFalse();
            }
            XSSFCellStyle number = (XSSFCellStyle) written.cell("B2").getCellStyle();
            assertThat(number.getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(number.getDataFormatString()).isEqualTo("#,##0.00");
            XSSFCellStyle label = (XSSFCellStyle) written.cell("E1").getCellStyle();
            assertThat(label.getFont().getBold()).isTrue();
            assertThat(label.getFillForegroundXSSFColor().getARGBHex()).endsWith(Styles.LABEL_FILL);
            assertThat(written.cell("D1").getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.NONE);
            assertThat(written.cell("A4").getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.NONE);
        }
    }

    /** A number then a merge over it in another kind: the format stays, as fastexcel merges styles. */
    @Test
    void aCellStyledTwiceGetsBothStylesInOrder() throws IOException {
        try (Written written = Written.of(sheet(grid -> {
            grid.number(0, 0, new BigDecimal("10"), Styles.Kind.NUMBER);
            grid.merge(0, 0, 0, 2, Styles.Kind.LABEL);
            grid.text(1, 0, "值", Styles.Kind.VALUE);
        }))) {
            XSSFCellStyle merged = (XSSFCellStyle) written.cell("A1").getCellStyle();
            assertThat(merged.getDataFormatString()).isEqualTo("#,##0");
            assertThat(merged.getFont().getBold()).isTrue();
            assertThat(merged.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(((XSSFCellStyle) written.cell("C1").getCellStyle()).getDataFormatString()).isEqualTo("General");
            assertThat(written.sheet(0).getMergedRegions()).hasSize(1);
        }
    }

    private static byte[] sheet(Consumer<Grid> writes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", null);
        Grid grid = new Grid(workbook.newWorksheet("表"), WIDTHS, WIDTHS);
        writes.accept(grid);
        grid.finish();
        workbook.finish();
        return out.toByteArray();
    }
}
