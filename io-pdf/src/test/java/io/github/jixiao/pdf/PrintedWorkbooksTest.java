// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.word.WorkbookTexts;
import io.github.jixiao.layout.Grid;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed and corpus workbook printed to PDF by LibreOffice reads back, row by row, as the texts its workbook
 * shows.
 */
class PrintedWorkbooksTest {

    static Stream<String> workbooks() {
        return Stream.concat(WorkbookTexts.SEEDS.stream(), WorkbookTexts.CORPUS.stream());
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void theGridsShowTheWorkbooksTexts(String name) throws IOException {
        WorkbookTexts.Comparison comparison = WorkbookTexts.compare(WorkbookTexts.of(name),
                WorkbookTexts.grids(Documents.grids(name + ".pdf")));
        System.out.println(name + ".pdf: " + comparison);
        assertThat(comparison.sameLetters()).as(comparison.toString()).isEqualTo(comparison.cells());
    }

    @Test
    void aFormPrintedWithoutRulesIsReadFromTheAlignmentOfItsTextAsFarAsItGoes() throws IOException {
        List<Grid> grids = Documents.grids("04-unruled.pdf");
        WorkbookTexts.Comparison comparison = WorkbookTexts.compare(WorkbookTexts.of("04_putuo-tiyu-jiesuan"),
                WorkbookTexts.grids(grids));
        System.out.println("04-unruled.pdf: " + comparison);

        // without rules the labels of vertically merged cells stand on rows of their own and close cells may join:
        // 47 of 83 cells are read exactly; the funding and indicator lines are whole
        assertThat(comparison.exact()).isGreaterThanOrEqualTo(47);
        assertThat(WorkbookTexts.grids(grids)).contains(
                List.of("年度资金总额", "250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62"),
                List.of("产出指标", "质量指标", "合同结算条款完成率", "=100%", "100%", "20", "20"),
                List.of("满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", "10", "10"));
    }
}
