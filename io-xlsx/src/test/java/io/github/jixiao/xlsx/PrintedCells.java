// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Asserts that a written sheet holds every value the form prints, in its template cell, exactly. */
final class PrintedCells {

    private PrintedCells() {
    }

    static void assertPrinted(Sheet sheet, SelfEvaluation form) {
        assertThat(Written.cell(sheet, "A1").getStringCellValue()).isEqualTo(form.title().orElseThrow());
        assertThat(Written.cell(sheet, "B" + row(sheet, "项目名称")).getStringCellValue())
                .isEqualTo(form.project().name());
        int line = row(sheet, "年初预算数") + 1;
        for (FundingSource source : form.funding().lines()) {
            assertThat(Written.cell(sheet, "B" + line).getStringCellValue()).isEqualTo(source.label());
            assertNumber(Written.cell(sheet, "C" + line), source.initialBudget().map(Amount::number));
            assertNumber(Written.cell(sheet, "D" + line), source.adjustedBudget().map(Amount::number));
            assertNumber(Written.cell(sheet, "E" + line), source.executed().map(Amount::number));
            line++;
        }
        int leafRow = row(sheet, "一级指标") + 1;
        for (IndicatorTree.Leaf leaf : form.indicators().leaves()) {
            assertThat(texts(sheet, leafRow, 3, 6)).containsExactly(leaf.indicator().name(),
                    leaf.indicator().target().text(), leaf.indicator().actual().text());
            assertNumber(Written.cell(sheet, "G" + leafRow), leaf.indicator().weight());
            assertNumber(Written.cell(sheet, "H" + leafRow), leaf.indicator().reportedScore());
            assertThat(texts(sheet, leafRow, 8, 9)).containsExactly(leaf.indicator().deviationNote());
            leafRow++;
        }
        assertThat(Written.cell(sheet, "A" + leafRow).getStringCellValue()).isEqualTo("总分");
        assertNumber(Written.cell(sheet, "G" + leafRow), form.reportedWeightTotal());
        assertNumber(Written.cell(sheet, "H" + leafRow), form.reportedTotal());
        assertThat(formulaCells(sheet)).allMatch(a1 -> a1.startsWith("K") || a1.startsWith("L"));
    }

    /** A number cell with the value and a format that shows its scale, or a blank cell. */
    static void assertNumber(Cell cell, Optional<BigDecimal> number) {
        if (number.isEmpty()) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(number.get());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(Styles.decimal(number.get().scale()));
    }

    /** The 1-based row of the first cell holding the text. */
    static int row(Sheet sheet, String text) {
        return Integer.parseInt(Written.find(sheet, text).replaceAll("[A-Z]", ""));
    }

    /** The texts of a row's cells in columns [from, to); a blank cell reads as the empty string. */
    private static List<String> texts(Sheet sheet, int row, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(col -> Written.cell(sheet, Grid.a1(row - 1, col)))
                .map(cell -> cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue())
                .toList();
    }

    private static List<String> formulaCells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row r : sheet) {
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.FORMULA) {
                    cells.add(cell.getAddress().formatAsString());
                }
            }
        }
        return cells;
    }
}
