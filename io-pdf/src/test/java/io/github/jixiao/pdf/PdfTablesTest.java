// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.layout.GridRow;
import io.github.jixiao.word.WorkbookTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tables rebuilt from PDFs: merges, page breaks, several forms among other tables, addresses. */
class PdfTablesTest {

    private static Optional<GridCell> find(Grid grid, String text) {
        return grid.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.text().equals(text)).findFirst();
    }

    static Stream<Arguments> mergesLostOrAdded() {
        // what a PDF cannot show: a merge in a caption line outside the rules (no rule says where it ends), and a
        // caption line of one text is taken as spanning the table
        return Stream.of(Arguments.of("01_zhongjiang-shuibiaochi", List.of(), List.of()),
                Arguments.of("02_yongde-yingyanggaishan", List.of("B2:D2"), List.of()),
                Arguments.of("03_baoshan-chunjieweiwen", List.of("B3:C3", "F3:G3"), List.of("A1:G1")),
                Arguments.of("04_putuo-tiyu-jiesuan", List.of(), List.of()),
                Arguments.of("05_tianchang-shuihanzaihai", List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("mergesLostOrAdded")
    void aRuledFormKeepsItsWorkbooksMergedRegions(String name, List<String> lost, List<String> added)
            throws IOException {
        // the caption lines are the first rows, as in the workbook; the columns are the workbook's where every
        // column edge is drawn somewhere in the table
        List<String> expected = new ArrayList<>(WorkbookTexts.merges(name + ".xlsx.txt"));
        expected.removeAll(lost);
        expected.addAll(added);

        assertThat(WorkbookTexts.a1(Documents.grids(name + ".pdf").get(0).merges()))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anIndicatorTableBrokenAcrossAPageIsOneGridAndItsCutMergedCellsAreWhole() throws IOException {
        List<Grid> beijing = Documents.grids("beijing.pdf");
        assertThat(beijing).hasSize(1);
        Grid grid = beijing.get(0);
        GridCell performance = find(grid, "绩效指标").orElseThrow();
        GridCell total = find(grid, "总分").orElseThrow();

        assertThat(grid.origin(performance.row(), performance.column()).place()).startsWith("第1页");
        assertThat(grid.origin(total.row(), total.column()).place()).startsWith("第2页");
        // 绩效指标 spans the indicator rows of both pages (A13:A48 in the workbook)
        assertThat(grid.mergeAt(performance.row(), performance.column())).hasValueSatisfying(merge -> {
            assertThat(grid.origin(merge.lastRow(), 0).place()).startsWith("第2页");
            assertThat(merge.lastRow() - merge.firstRow() + 1).isEqualTo(36);
        });
        assertThat(Documents.grids("05_tianchang-shuihanzaihai.pdf")).hasSize(1);
    }

    @Test
    void eachFormOfAPdfOfManyIsAGridWithItsTitle() throws IOException {
        List<Grid> shenzhen = Documents.grids("shenzhen.pdf");

        assertThat(shenzhen).hasSize(9);
        assertThat(shenzhen).allSatisfy(grid -> assertThat(grid.rows().get(0).cells().get(0).text())
                .isEqualTo("项目支出绩效自评表"));
        assertThat(Documents.grids("shanghai.pdf")).hasSize(6);
    }

    @Test
    void formsAmongOtherTablesOfADisclosureAreEachAGrid() throws IOException {
        List<Grid> grids = Documents.grids("disclosure.pdf");

        assertThat(grids).extracting(g -> g.rows().get(0).cells().get(0).text()).containsExactly("收入", "财政项目支出绩效自评表 (2022 年度)",
                "项目", "附件1");
        assertThat(WorkbookTexts.compare(WorkbookTexts.of("04_putuo-tiyu-jiesuan"), WorkbookTexts.grids(grids.subList(1, 2))).exact())
                .isEqualTo(83);
        assertThat(WorkbookTexts.compare(WorkbookTexts.of("03_baoshan-chunjieweiwen"), WorkbookTexts.grids(grids.subList(3, 4))).exact())
                .isEqualTo(71);
        assertThat(grids.get(0).rows()).extracting(r -> r.cells().get(0).text()).endsWith("注：本表反映部门本年度的总收支和年末结转结余情况。");
    }

    @Test
    void aFormTypedInWordAsSeveralTablesAndPrintedIsOneGrid() throws IOException {
        List<Grid> grids = Documents.grids("04-split-word.pdf");

        assertThat(grids).hasSize(1);
        WorkbookTexts.Comparison comparison = WorkbookTexts.compare(WorkbookTexts.of("04_putuo-tiyu-jiesuan"),
                WorkbookTexts.grids(grids));
        assertThat(comparison.exact()).as(comparison.toString()).isEqualTo(comparison.cells());
        assertThat(comparison.differences()).containsExactly("[] ≠ [[（金额单位：元）]]");
        // the second table's rows are numbered on after the first's, the line between is a note line
        assertThat(grids.get(0).origin(find(grids.get(0), "总分").orElseThrow().row(), 0).place())
                .isEqualTo("第1页 r16c1");
        assertThat(grids.get(0).origin(find(grids.get(0), "（金额单位：元）").orElseThrow().row(), 0).place())
                .isEqualTo("第1页 表注1c1");
    }

    @Test
    void cellsAreCitedByTablePageRowAndColumn() throws IOException {
        Grid grid = Documents.grids("disclosure.pdf").get(1);
        GridCell total = find(grid, "98.62").orElseThrow();
        GridRow caption = grid.rows().get(0);

        assertThat(grid.origin(total.row(), total.column())).hasToString("disclosure.pdf!表2!第2页 r16c8");
        assertThat(grid.origin(caption.index(), 0)).hasToString("disclosure.pdf!表2!第2页 表题1c1");
    }

    @Test
    void aLabelAndItsValueOnOneCaptionLineAreTwoCells() throws IOException {
        Grid grid = Documents.grids("03_baoshan-chunjieweiwen.pdf").get(0);

        assertThat(grid.rows().get(2).cells()).extracting(GridCell::text)
                .containsExactly("单位名称", "保山市退役军人事务局", "填报日期", "2023年4月6日");
    }
}
