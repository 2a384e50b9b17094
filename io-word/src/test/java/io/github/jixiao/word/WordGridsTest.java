// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static io.github.jixiao.word.Docx.p;
import static io.github.jixiao.word.Docx.table;
import static io.github.jixiao.word.Docx.tc;
import static io.github.jixiao.word.Docx.tr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word tables as grids: spans, merges, text, nesting, joining, captions and addresses. */
class WordGridsTest {

    private static List<Grid> grids(String body) throws IOException {
        return Documents.grids("t.docx", Docx.body(body));
    }

    private static String text(Grid grid, int row, int column) {
        return grid.cell(row, column).map(GridCell::text).orElse("");
    }

    @Test
    void gridSpanVMergeAndGridBeforeAreMergesWithTheTextTopLeft() throws IOException {
        Grid grid = grids(table(
                tr(tc("<w:vMerge w:val=\"restart\"/>", p("项目资金（万元）")), tc("<w:gridSpan w:val=\"2\"/>", p("年度资金总额")),
                        tc("303.50")),
                tr(tc("<w:vMerge/>", p("")), tc("其中：当年财政拨款"), tc("—"), tc("303.50")),
                "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("上年结转资金") + tc("") + tc("0.00") + "</w:tr>"))
                .get(0);

        assertThat(grid.merges()).containsExactlyInAnyOrder(new CellRange(0, 1, 0, 2), new CellRange(0, 0, 1, 0));
        assertThat(text(grid, 0, 0)).isEqualTo("项目资金（万元）");
        assertThat(text(grid, 0, 3)).isEqualTo("303.50");
        assertThat(text(grid, 1, 3)).isEqualTo("303.50");
        assertThat(text(grid, 2, 1)).isEqualTo("上年结转资金");
        assertThat(text(grid, 2, 3)).isEqualTo("0.00");
    }

    @Test
    void aCellKeepsItsLineBreaksAndTabsAndLeavesOutDeletedTextAndFieldCodes() throws IOException {
        Grid grid = grids(table(tr("<w:tc>"
                + "<w:p><w:r><w:t>≤</w:t><w:br/><w:t>306.432444</w:t></w:r><w:del><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>"
                + "<w:p><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>万元</w:t><w:tab/><w:t>x</w:t></w:r></w:p>"
                + "<w:p/></w:tc>", tc("b")))).get(0);

        assertThat(text(grid, 0, 0)).isEqualTo("≤\n306.432444\n万元\tx");
    }

    @Test
    void contentControlsAndAlternateContentAreReadOnce() throws IOException {
        Grid grid = grids(table("<w:sdt><w:sdtContent>" + tr("<w:sdt><w:sdtContent>" + tc("分值")
                + "</w:sdtContent></w:sdt>", "<w:tc><w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>得分"
                + "</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>得分</w:t></w:r></mc:Fallback></mc:AlternateContent>"
                + "</w:p></w:tc>") + "</w:sdtContent></w:sdt>")).get(0);

        assertThat(text(grid, 0, 0)).isEqualTo("分值");
        assertThat(text(grid, 0, 1)).isEqualTo("得分");
    }

    @Test
    void aNestedTableIsFlattenedIntoItsCell() throws IOException {
        Grid grid = grids(table(tr(tc("年度指标值"), "<w:tc>" + table(tr(tc("≥"), tc("120.00"), tc("万条/月")),
                tr(tc("备注"), tc(""))) + p("") + "</w:tc>"))).get(0);

        assertThat(text(grid, 0, 1)).isEqualTo("≥ 120.00 万条/月\n备注");
    }

    @Test
    void aTableOfOneCellThatFramesTablesIsReplacedByThem() throws IOException {
        List<Grid> grids = grids(table(tr("<w:tc>" + p("项目支出绩效自评表") + table(tr(tc("项目名称"), tc("档案整理")))
                + "</w:tc>")));

        assertThat(grids).singleElement().satisfies(grid -> {
            assertThat(text(grid, 0, 0)).isEqualTo("项目支出绩效自评表");
            assertThat(text(grid, 1, 0)).isEqualTo("项目名称");
            assertThat(text(grid, 1, 1)).isEqualTo("档案整理");
        });
    }

    @Test
    void tablesWithOnlyAShortLineBetweenThemAreOneGrid() throws IOException {
        List<Grid> grids = grids(p("项目支出绩效自评表") + p("（2023年度）") + table(tr(tc("项目名称"), tc("档案整理")))
                + p("") + p("（金额单位：元）") + table(tr(tc("一级指标"), tc("二级指标"), tc("三级指标"))));

        assertThat(grids).singleElement().satisfies(grid -> {
            assertThat(grid.name()).isEqualTo("表1-2");
            assertThat(grid.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("项目支出绩效自评表",
                    "（2023年度）", "项目名称", "（金额单位：元）", "一级指标");
            assertThat(grid.merges()).contains(new CellRange(0, 0, 0, 2), new CellRange(3, 0, 3, 2));
            assertThat(grid.origin(0, 0)).hasToString("t.docx!表1-2!段落1");
            assertThat(grid.origin(2, 1)).hasToString("t.docx!表1-2!表1 r1c2");
            assertThat(grid.origin(4, 2)).hasToString("t.docx!表1-2!表2 r1c3");
        });
    }

    @Test
    void aLongParagraphATitleOrATitleRowBeginsANewGrid() throws IOException {
        String form = table(tr(tc("项目名称"), tc("档案整理")));
        String sentence = p("本部门2022年度共对9个项目开展了绩效自评，自评结果如下表所示，请各单位认真对照整改。");

        assertThat(grids(form + sentence + form)).extracting(Grid::name).containsExactly("表1", "表2");
        assertThat(grids(form + p("项目支出绩效自评表") + form)).extracting(Grid::name).containsExactly("表1", "表2");
        assertThat(grids(form + table(tr(tc("<w:gridSpan w:val=\"2\"/>", p("项目支出绩效自评表"))), tr(tc("项目名称"),
                tc("电子政务运维"))))).extracting(Grid::name).containsExactly("表1", "表2");
    }

    @Test
    void notesBelowATableAreRowsOfItsGrid() throws IOException {
        Grid grid = grids(table(tr(tc("总分"), tc("100"))) + p("注：1.一级指标分值统一设置为…") + p("")
                + p("其他说明")).get(0);

        assertThat(grid.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("总分", "注：1.一级指标分值统一设置为…");
        assertThat(grid.origin(1, 0)).hasToString("t.docx!表1!段落1");
    }

    @Test
    void aFormSplitOverTwoTablesWithItsTitleAboveReadsAsOneGridOfTheWorkbooksTexts() throws IOException {
        for (String name : List.of("04-split.docx", "04-split.doc")) {
            List<Grid> grids = Documents.grids(name);

            assertThat(grids).as(name).singleElement().extracting(Grid::name).isEqualTo("表1-2");
            WorkbookTexts.Comparison comparison = WorkbookTexts.compare(WorkbookTexts.of("04_putuo-tiyu-jiesuan"),
                    WorkbookTexts.grids(grids));
            assertThat(comparison.exact()).as(name + ": " + comparison).isEqualTo(comparison.cells());
            assertThat(comparison.differences()).as(name).containsExactly("[] ≠ [[（金额单位：元）]]");
        }
    }

    @Test
    void aWorkbookSavedAsWordKeepsItsMergedRegions() throws IOException {
        for (String name : WorkbookTexts.CORPUS) {
            for (String document : List.of(name + ".docx", name + ".doc")) {
                Grid grid = Documents.grids(document).get(0);
                assertThat(WorkbookTexts.a1(grid.merges())).as(document)
                        .containsExactlyInAnyOrderElementsOf(WorkbookTexts.merges(name + ".xlsx.txt"));
            }
        }
    }

    @Test
    void cellsAreCitedByTableRowAndColumn() throws IOException {
        Grid grid = Documents.grids("04_putuo-tiyu-jiesuan.docx").get(0);

        assertThat(grid.cell(16, 7).map(GridCell::text)).contains("98.62");
        assertThat(grid.origin(16, 7)).hasToString("04_putuo-tiyu-jiesuan.docx!表1!r17c8");
    }
}
