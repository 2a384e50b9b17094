// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.pdf.AuditMarksRead.Mark;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.layout.GridRow;
import io.github.jixiao.model.Origin;
import io.github.jixiao.word.WorkbookTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The audit drawn on the PDF: a box around each cited cell that holds the cell's text, and the message. */
class PdfAuditMarksTest {

    private static final String PUTUO = "04_putuo-tiyu-jiesuan.pdf";

    @Test
    void eachCitedCellIsBoxedAndTheBoxHoldsTheCellsText() throws IOException {
        Grid grid = Documents.grids(PUTUO).get(0);
        List<String> texts = List.of("98.62", "项目资金(元)", "财政项目支出绩效自评表 (2022 年度)", "86.19%", "场馆开放满意度");
        List<Finding> findings = new ArrayList<>();
        for (String text : texts) {
            findings.add(finding(grid, text));
        }

        List<Mark> marks = marks(PUTUO, findings, Language.CHINESE);

        assertThat(marks).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Mark mark = marks.get(i);
            assertThat(WorkbookTexts.letters(mark.text())).as(texts.get(i)).contains(WorkbookTexts.letters(texts.get(i)));
            assertThat(mark.contents()).isEqualTo("[警告 TEST_CODE] 检查 " + texts.get(i));
            assertThat(mark.hasPopup()).isTrue();
        }
    }

    @Test
    void aBoxHoldsOnlyItsCellNotItsNeighbours() throws IOException {
        Grid grid = Documents.grids(PUTUO).get(0);
        List<Mark> marks = marks(PUTUO, List.of(finding(grid, "98.62")), Language.ENGLISH);

        assertThat(marks).singleElement().satisfies(mark -> {
            assertThat(mark.text().strip()).isEqualTo("98.62");
            assertThat(mark.contents()).isEqualTo("[WARNING TEST_CODE] check 98.62");
        });
    }

    @Test
    void aFindingAtAnyPlaceOfAMergedCellBoxesTheWholeCell() throws IOException {
        Grid grid = Documents.grids(PUTUO).get(0);
        Finding top = finding(grid, "项目资金(元)");
        Finding inside = Finding.at("TEST_CODE", Severity.WARNING, grid.origin(5, 0), "检查", "check");
        assertThat(grid.coveringMerge(5, 0)).isPresent();

        List<Mark> marks = marks(PUTUO, List.of(top, inside), Language.CHINESE);

        assertThat(marks).hasSize(2).allSatisfy(mark -> assertThat(mark.text()).contains("项目资金(元)"));
    }

    @Test
    void aMergedCellCutByAPageBreakIsBoxedOnBothPages() throws IOException {
        Grid grid = Documents.grids("beijing.pdf").get(0);
        List<Mark> marks = marks("beijing.pdf", List.of(finding(grid, "绩效指标")), Language.CHINESE);

        assertThat(marks).extracting(Mark::page).containsExactly(0, 1);
        assertThat(marks).anySatisfy(mark -> assertThat(mark.text()).contains("绩效指标"));
    }

    @Test
    void findingsCitingNoCellOfThePdfAreReturnedNotDrawn() throws IOException {
        Finding nowhere = Finding.of("NO_ORIGIN", Severity.INFO, "产出指标", "无出处", "no origin");
        Finding elsewhere = Finding.at("ELSEWHERE", Severity.INFO, new Origin("x.xlsx", "Sheet1", "G14"), "别处",
                "elsewhere");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        List<Finding> unplaced = PdfAuditMarks.write(Documents.bytes(PUTUO), List.of(nowhere, elsewhere), Language.CHINESE,
                out);

        assertThat(unplaced).containsExactly(nowhere, elsewhere);
        try (PDDocument marked = Loader.loadPDF(out.toByteArray())) {
            assertThat(marked.getPage(0).getAnnotations()).isEmpty();
        }
    }

    /** A warning at the first cell showing a text. */
    static Finding finding(Grid grid, String text) {
        for (GridRow row : grid.rows()) {
            for (GridCell cell : row.cells()) {
                if (cell.text().equals(text)) {
                    return Finding.at("TEST_CODE", Severity.WARNING, grid.origin(cell.row(), cell.column()),
                            "检查 " + text, "check " + text);
                }
            }
        }
        throw new AssertionError("no cell shows " + text + " in " + grid);
    }

    /** Marks a test PDF and reads the squares back, with the text PDFBox finds inside each. */
    static List<Mark> marks(String name, List<Finding> findings, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(PdfAuditMarks.write(Documents.bytes(name), findings, language, out)).isEmpty();
        return AuditMarksRead.of(out.toByteArray());
    }
}
