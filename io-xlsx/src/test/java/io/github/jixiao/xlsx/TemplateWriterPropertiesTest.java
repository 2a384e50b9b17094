// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.SelfEvaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
                PrintedCells.assertPrinted(written.sheet(0), form);
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
                int totalLine = PrintedCells.row(sheet, "年初预算数") + 1;
                int total = PrintedCells.row(sheet, "总分");
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

    /** The national rule: ROUND(分值 × MIN(1, 全年执行数 / 全年预算数), 2) with the form's 分值, 0 for a zero budget. */
    private static BigDecimal executionScore(SelfEvaluation form) {
        FundingSource total = form.funding().total().orElseThrow();
        BigDecimal budget = total.adjustedBudget().orElseThrow().number();
        if (budget.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal rate = total.executed().orElseThrow().number().divide(budget, 20, RoundingMode.HALF_UP);
        BigDecimal weight = form.funding().printedWeight().orElse(BigDecimal.TEN);
        return rate.min(BigDecimal.ONE).multiply(weight).setScale(2, RoundingMode.HALF_UP);
    }
}
