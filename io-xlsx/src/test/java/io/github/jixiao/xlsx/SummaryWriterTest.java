package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** The batch summary of the 16 seed forms, audited under the national policy. */
class SummaryWriterTest {

    private static final List<AuditReport> REPORTS = SeedForms.all().stream()
            .map(form -> Audit.check(form, ScoringPolicy.national())).toList();

    @Test
    void writesOneRowPerFormUnderAFrozenFilteredHeader() throws IOException {
        try (Written written = summary()) {
            XSSFSheet sheet = written.workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("汇总");
            assertThat(sheet.getLastRowNum()).isEqualTo(16);
            assertThat(written.text("A1")).isEqualTo("序号");
            assertThat(written.text("L1")).isEqualTo("警告");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L17");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void summarisesSeed000InYuanWithTheComputedTotalAndTheFindingCounts() throws IOException {
        AuditReport beijing = REPORTS.get(0);
        try (Written written = summary()) {
            assertThat(written.text("B2")).isEqualTo("北京市住房和城乡建设信用服务监管平台升级改造");
            assertThat(written.text("C2")).isEqualTo("北京市住房和城乡建设委员会");
            assertThat(written.cell("D2").getNumericCellValue()).isEqualTo(3_035_000.0);
            assertThat(written.cell("D2").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(TemplateWriterTest.evaluate(written, "F2", 4)).isEqualByComparingTo("1");
            assertThat(written.cell("G2").getNumericCellValue()).isEqualTo(98);
            assertThat(TemplateWriterTest.evaluate(written, "H2", 2)).isEqualByComparingTo(beijing.card().total());
            assertThat(written.text("I2")).isEqualTo(beijing.card().grade().label());
            assertThat(written.cell("K2").getNumericCellValue()).isEqualTo(beijing.count(Severity.ERROR));
            assertThat(written.cell("L2").getNumericCellValue()).isEqualTo(beijing.count(Severity.WARNING));
        }
    }

    @Test
    void countsTheFindingsOfEverySeed() throws IOException {
        try (Written written = summary()) {
            for (int i = 0; i < REPORTS.size(); i++) {
                assertThat(written.cell("K" + (i + 2)).getNumericCellValue())
                        .as(SeedForms.seeds().get(i).id()).isEqualTo(REPORTS.get(i).count(Severity.ERROR));
            }
        }
    }

    @Test
    void writesAmountsInYuanExactlyWithAtLeastTwoDecimals() {
        assertThat(SummaryWriter.yuan(Amount.of("306.432444", AmountUnit.TEN_THOUSAND_YUAN))).hasToString("3064324.44");
        assertThat(SummaryWriter.yuan(Amount.of("1170000", AmountUnit.YUAN))).hasToString("1170000.00");
        assertThat(SummaryWriter.yuan(Amount.of("0.001", AmountUnit.YUAN))).hasToString("0.001");
    }

    private static Written summary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWriter.write(REPORTS, out);
        return Written.of(out.toByteArray());
    }
}
