package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Generated forms written as the template and opened with POI: every printed value is in its cell exactly,
 * and the formulas compute what the rules say. (The round trip through jixiao's own reader is tested where
 * the reader is.)
 */
class TemplateWriterPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    @Test
    void everyPrintedValueIsInItsCellExactly() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms()).checkAssert(form -> {
            try (Written written = Written.template(List.of(form))) {
                Sheet sheet = written.sheet(0);
                assertThat(written.text("A1")).isEqualTo(form.title());
                assertThat(Written.cell(sheet, "B" + row(sheet, "项目名称")).getStringCellValue())
                        .isEqualTo(form.project().name());
                int line = row(sheet, "年初预算数") + 1;
                for (FundingSource source : lines(form)) {
                    assertThat(Written.cell(sheet, "B" + line).getStringCellValue()).isEqualTo(source.label());
                    assertAmount(sheet, "D" + line, source.adjustedBudget());
                    assertAmount(sheet, "E" + line, source.executed());
                    assertNumber(Written.cell(sheet, "C" + line), source.initialBudget().map(Amount::number));
                    line++;
                }
                int leafRow = row(sheet, "一级指标") + 1;
                for (IndicatorTree.Leaf leaf : form.indicators().leaves()) {
                    assertThat(texts(sheet, leafRow, 3, 6)).containsExactly(leaf.indicator().name(),
                            leaf.indicator().target().text(), leaf.indicator().actual().text());
                    assertNumber(Written.cell(sheet, "G" + leafRow), Optional.of(leaf.indicator().weight()));
                    assertNumber(Written.cell(sheet, "H" + leafRow), leaf.indicator().reportedScore());
                    assertThat(texts(sheet, leafRow, 8, 9)).containsExactly(leaf.indicator().deviationNote());
                    leafRow++;
                }
                assertThat(Written.cell(sheet, "A" + leafRow).getStringCellValue()).isEqualTo("总分");
                assertNumber(Written.cell(sheet, "G" + leafRow), form.reportedWeightTotal());
                assertNumber(Written.cell(sheet, "H" + leafRow), form.reportedTotal());
                assertThat(formulaCells(sheet)).allMatch(a1 -> a1.startsWith("K") || a1.startsWith("L"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theComputedTotalIsTheExecutionScorePlusTheIndicatorScores() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms()).checkAssert(form -> {
            try (Written written = Written.template(List.of(form))) {
                Sheet sheet = written.sheet(0);
                int totalLine = row(sheet, "年初预算数") + 1;
                int total = row(sheet, "总分");
                BigDecimal execution = executionScore(form);
                BigDecimal indicators = form.indicators().leaves().stream()
                        .map(leaf -> leaf.indicator().reportedScore().orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(TemplateWriterTest.evaluate(written, "L" + totalLine, 2)).isEqualByComparingTo(execution);
                assertThat(TemplateWriterTest.evaluate(written, "L" + total, 2))
                        .isEqualByComparingTo(execution.add(indicators));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** ROUND(MIN(1, 全年执行数 / 全年预算数) × 分值, 2), 0 for a zero budget. */
    private static BigDecimal executionScore(SelfEvaluation form) {
        FundingSource total = form.funding().total();
        if (total.adjustedBudget().number().signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal rate = total.executed().number().divide(total.adjustedBudget().number(), 20, RoundingMode.HALF_UP);
        return rate.min(BigDecimal.ONE).multiply(form.funding().weight()).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<FundingSource> lines(SelfEvaluation form) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(form.funding().total()),
                form.funding().sources().stream()).toList();
    }

    private static void assertAmount(Sheet sheet, String a1, Amount amount) {
        assertNumber(Written.cell(sheet, a1), Optional.of(amount.number()));
    }

    /** A number cell with the value and a format that shows its scale, or a blank cell. */
    private static void assertNumber(Cell cell, Optional<BigDecimal> number) {
        if (number.isEmpty()) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(number.get());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(Styles.decimal(number.get().scale()));
    }

    /** The texts of a row's cells in [from, to); a blank cell reads as the empty string. */
    private static List<String> texts(Sheet sheet, int row, int from, int to) {
        return java.util.stream.IntStream.range(from, to)
                .mapToObj(col -> Written.cell(sheet, Grid.a1(row - 1, col)))
                .map(cell -> cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue())
                .toList();
    }

    /** The 1-based row of the first cell holding the text. */
    private static int row(Sheet sheet, String text) {
        return Integer.parseInt(Written.find(sheet, text).replaceAll("[A-Z]", ""));
    }

    private static List<String> formulaCells(Sheet sheet) {
        List<String> cells = new java.util.ArrayList<>();
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
