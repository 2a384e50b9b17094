// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Origin;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The batch summary of the 16 seed forms, audited under the national policy, each at a source of its own
 * ({@code seeds/NNN.xlsx!表1!A1}): three sheets, every value traceable to a file, a sheet and a cell, and no
 * formula, so that a reader that does not recalculate (pandas with openpyxl, fastexcel-reader) sees every value.
 */
class SummaryWriterTest {

    private static final List<AuditReport> REPORTS = SeedForms.all().stream()
            .map(form -> Audit.check(form, ScoringPolicy.national())).toList();

    private static Origin source(int i) {
        return new Origin("seeds/" + SeedForms.seeds().get(i).id() + ".xlsx", "表1", "A1");
    }

    private static byte[] summary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SummaryWriter summary = SummaryWriter.create()) {
            for (int i = 0; i < REPORTS.size(); i++) {
                summary.add(Evaluation.of(source(i), REPORTS.get(i)));
            }
            summary.copy(1, new Origin("copies/beijing.json", "", "#/0"));
            summary.writeTo(out);
        }
        return out.toByteArray();
    }

    @Test
    void writesThreeSheetsUnderFrozenFilteredHeaders() throws IOException {
        try (Written written = Written.of(summary())) {
            assertThat(written.workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(0, 1, 2)).extracting(i -> written.sheet(i).getSheetName())
                    .containsExactly("汇总", "问题清单", "按部门");
            XSSFSheet forms = written.workbook.getSheetAt(0);
            assertThat(forms.getLastRowNum()).isEqualTo(16);
            assertThat(written.text("A1")).isEqualTo("序号");
            assertThat(written.text("B1")).isEqualTo("来源文件");
            assertThat(written.text("U1")).isEqualTo("重复来源");
            assertThat(forms.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U17");
            assertThat(forms.getPaneInformation().isFreezePane()).isTrue();
            int findings = REPORTS.stream().mapToInt(r -> r.findings().size()).sum();
            assertThat(written.sheet(1).getLastRowNum()).isEqualTo(findings);
            assertThat(written.workbook.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I"
                    + (findings + 1));
        }
    }

    @Test
    void summarisesSeed000TraceablyInYuanWithTotalsGradesAndEveryCount() throws IOException {
        AuditReport beijing = REPORTS.get(0);
        try (Written written = Written.of(summary())) {
            assertThat(written.text("B2")).isEqualTo("seeds/" + SeedForms.seeds().get(0).id() + ".xlsx");
            assertThat(written.text("C2")).isEqualTo("表1");
            assertThat(written.text("D2")).isEqualTo("A1");
            assertThat(written.cell("E2").getNumericCellValue()).isEqualTo(2023);
            assertThat(written.text("F2")).isEqualTo("北京市住房和城乡建设信用服务监管平台升级改造");
            assertThat(written.text("G2")).isEqualTo("北京市住房和城乡建设委员会");
            assertThat(written.text("H2")).isEqualTo("北京市住房和城乡建设委员会综合事务中心");
            assertThat(written.text("I2")).isEqualTo("national");
            assertThat(written.cell("J2").getNumericCellValue()).isEqualTo(3_035_000.0);
            assertThat(written.cell("J2").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(written.cell("L2").getNumericCellValue()).isEqualTo(1.0);
            assertThat(written.cell("L2").getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(written.cell("M2").getNumericCellValue()).isEqualTo(98);
            assertThat(BigDecimal.valueOf(written.cell("N2").getNumericCellValue()))
                    .isEqualByComparingTo(beijing.card().total());
            assertThat(BigDecimal.valueOf(written.cell("O2").getNumericCellValue()))
                    .isEqualByComparingTo(new BigDecimal("98").subtract(beijing.card().total()));
            assertThat(written.text("Q2")).isEqualTo(beijing.card().grade().label());
            assertThat(written.cell("R2").getNumericCellValue()).isEqualTo(beijing.count(Severity.ERROR));
            assertThat(written.cell("S2").getNumericCellValue()).isEqualTo(beijing.count(Severity.WARNING));
            assertThat(written.cell("T2").getNumericCellValue()).isEqualTo(beijing.count(Severity.INFO));
            assertThat(written.text("U2")).isEqualTo("copies/beijing.json#/0");
            assertThat(written.text("U3")).isEqualTo("<BLANK>");
        }
    }

    @Test
    void listsEveryFindingOfEveryFormMostSeriousFirstAtItsCell() throws IOException {
        try (Written written = Written.of(summary())) {
            org.apache.poi.ss.usermodel.Sheet sheet = written.sheet(1);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < REPORTS.size(); i++) {
                List<Finding> sorted = new ArrayList<>(REPORTS.get(i).findings());
                sorted.sort(java.util.Comparator.comparing(Finding::severity));
                for (Finding f : sorted) {
                    expected.add((i + 1) + " " + f.code() + " " + f.severity());
                }
            }
            List<String> actual = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                actual.add((int) row.getCell(0).getNumericCellValue() + " " + row.getCell(3).getStringCellValue()
                        + " " + switch (row.getCell(4).getStringCellValue()) {
                            case "错误" -> "ERROR";
                            case "警告" -> "WARNING";
                            default -> "INFO";
                        });
            }
            assertThat(actual).containsExactlyElementsOf(expected);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("北京市住房和城乡建设信用服务监管平台升级改造");
            assertThat(first.getCell(6).getStringCellValue()).isNotEmpty();
        }
    }

    @Test
    void sumsUpPerDepartment() throws IOException {
        try (Written written = Written.of(summary())) {
            org.apache.poi.ss.usermodel.Sheet sheet = written.sheet(2);
            int forms = 0;
            int errors = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                forms += (int) sheet.getRow(r).getCell(1).getNumericCellValue();
                errors += (int) sheet.getRow(r).getCell(6).getNumericCellValue();
            }
            assertThat(forms).isEqualTo(16);
            assertThat(errors).isEqualTo(REPORTS.stream().mapToInt(r -> r.count(Severity.ERROR)).sum());
        }
    }

    @Test
    void holdsNoFormulaSoEveryCellReadsBackWithAValue() throws IOException {
        byte[] bytes = summary();
        try (Written written = Written.of(bytes)) {
            for (int s = 0; s < 3; s++) {
                for (Row row : written.sheet(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress() + " of " + s).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
        // fastexcel-reader, which like pandas' openpyxl reads values and does not recalculate
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(3);
            List<org.dhatim.fastexcel.reader.Row> rows = sheets.get(0).read();
            assertThat(rows).hasSize(17);
            for (org.dhatim.fastexcel.reader.Row row : rows.subList(1, rows.size())) {
                for (int col : new int[] {0, 11, 13, 17, 18, 19}) {
                    assertThat(row.getCellAsNumber(col)).as("row " + row.getRowNum() + ", column " + col).isPresent();
                }
            }
        }
    }

    @Test
    void theListApiTracesEachFormToWhereItsNameWasPrinted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWriter.write(REPORTS.stream().map(r -> Evaluation.of(new Origin("", "", ""), r)).toList(), out);
        try (Written written = Written.of(out.toByteArray())) {
            assertThat(written.sheet(0).getLastRowNum()).isEqualTo(16);
            assertThat(written.text("F2")).isEqualTo("北京市住房和城乡建设信用服务监管平台升级改造");
        }
    }

    @Test
    void writesAmountsInYuanExactlyWithAtLeastTwoDecimals() {
        assertThat(SummaryWriter.yuan(Amount.of("306.432444", AmountUnit.TEN_THOUSAND_YUAN))).hasToString("3064324.44");
        assertThat(SummaryWriter.yuan(Amount.of("1170000", AmountUnit.YUAN))).hasToString("1170000.00");
        assertThat(SummaryWriter.yuan(Amount.of("0.001", AmountUnit.YUAN))).hasToString("0.001");
    }
}
