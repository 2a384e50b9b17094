// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** Findings as comments and fills, a score card's points in column L, and the 审核 sheet; seed 000 (Beijing). */
class AuditMarksTest {

    private static final SelfEvaluation BEIJING = SeedForms.beijing();
    private static final String SATISFACTION = "满意度指标 › 服务对象满意度指标 › 市区两级业务部门满意率";

    private static final Finding MISMATCH = new Finding("SCORE_MISMATCH", Severity.ERROR, SATISFACTION,
            Optional.of("1"), Optional.of("2.00"), "得分与核算不符", "The score differs from the rules");
    private static final Finding TOTAL = new Finding("TOTAL_DIFFERS_FROM_RULES", Severity.WARNING, "总分",
            Optional.of("98"), Optional.of("99.00"), "总分与核算不符", "The total differs from the rules");
    private static final Finding ELSEWHERE = Finding.of("NOTE", Severity.INFO, "封面", "=注意", "=note");

    @Test
    void commentsEachFindingOnTheCellItsLocationNamesAndFillsIt() throws IOException {
        try (Written written = audited(List.of(MISMATCH, TOTAL, ELSEWHERE))) {
            Sheet sheet = written.sheet(0);
            int row = PrintedCells.row(sheet, "市区两级业务部门满意率");
            Cell score = written.cell("H" + row);
            assertThat(score.getCellComment().getString().getString())
                    .isEqualTo("[错误] SCORE_MISMATCH 得分与核算不符（填报 1，核算 2.00）");
            assertThat(fill(score)).isEqualTo(Styles.ERROR_FILL);
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(score.getCellStyle().getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            int total = PrintedCells.row(sheet, "总分");
            assertThat(fill(written.cell("H" + total))).isEqualTo(Styles.WARNING_FILL);
            assertThat(written.cell("A1").getCellComment().getString().getString()).contains("NOTE =注意");
            assertThat(written.cell("H" + (row - 1)).getCellComment()).isNull();
        }
    }

    @Test
    void writesTheCardsPointsAndSumsThemInTheComputedTotal() throws IOException {
        try (Written written = audited(List.of())) {
            int first = PrintedCells.row(written.sheet(0), "系统年故障率");
            assertThat(written.cell("L" + first).getNumericCellValue()).isEqualTo(1.5);
            int total = PrintedCells.row(written.sheet(0), "总分");
            BigDecimal expected = BigDecimal.TEN.add(new BigDecimal("1.5")
                    .multiply(BigDecimal.valueOf(BEIJING.indicators().leaves().size())));
            assertThat(TemplateWriterTest.evaluate(written, "L" + total, 2)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void listsEveryFindingOnTheLastSheetWithAFilterAndAFrozenHeader() throws IOException {
        try (Written written = audited(List.of(MISMATCH, TOTAL))) {
            assertThat(written.workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet audit = written.workbook.getSheetAt(1);
            assertThat(audit.getSheetName()).isEqualTo("审核");
            assertThat(audit.getLastRowNum()).isEqualTo(2);
            assertThat(Written.cell(audit, "C2").getStringCellValue()).isEqualTo("SCORE_MISMATCH");
            assertThat(Written.cell(audit, "D2").getStringCellValue()).isEqualTo("错误");
            assertThat(Written.cell(audit, "E2").getStringCellValue()).isEqualTo(SATISFACTION);
            assertThat(Written.cell(audit, "F3").getStringCellValue()).isEqualTo("98");
            assertThat(Written.cell(audit, "I3").getStringCellValue()).isEqualTo("The total differs from the rules");
            assertThat(audit.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I3");
            assertThat(audit.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    private static Written audited(List<Finding> findings) throws IOException {
        List<BigDecimal> points = new ArrayList<>();
        for (IndicatorTree.Leaf leaf : BEIJING.indicators().leaves()) {
            points.add(new BigDecimal("1.5"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(List.of(new TemplateWriter.Sheet(BEIJING, ExecutionFormula.of(ScoringPolicy.national()),
                Optional.of(points), findings)), true, out);
        return Written.of(out.toByteArray());
    }

    private static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex().substring(2);
    }
}
