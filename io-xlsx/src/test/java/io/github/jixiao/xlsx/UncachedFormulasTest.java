// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static io.github.jixiao.xlsx.GridWorkbook.formula;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Formulas saved without their values (as openpyxl and many export tools write the 执行率, 得分 and 总分 cells) are
 * computed from the cells they name, as Excel would on opening the workbook; what cannot be computed stays blank.
 */
class UncachedFormulasTest {

    private static final String FILE = "uncached.xlsx";

    /**
     * A small form whose execution rate, funding score, indicator score and totals are formulas without values;
     * {@code score} is the indicator's 得分 cell.
     */
    private static GridWorkbook form(Object score) {
        return new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "干部培训")
                .row("项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100, 100, 90, 10, formula("E4/D4", null, "0.00%"),
                        formula("ROUND(F4*E4/D4,2)", null, "0.00"))
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 90, score)
                .row("总分", null, null, null, null, formula("F4+SUM(F6:F6)", null), formula("H4+SUM(G6:G6)", null));
    }

    @Test
    void theRateScoresAndTotalsAreComputedFromTheCellsTheyName() throws IOException {
        ReadResult result = read(form(formula("IF(E6=\"120人次\",F6,0)", null)).bytes());

        SelfEvaluation form = result.forms().get(0);
        assertThat(form.funding().total().orElseThrow().reportedRate()).hasValueSatisfying(
                rate -> assertThat(rate.normalized()).isEqualByComparingTo("0.9"));
        assertThat(form.funding().reportedScore()).hasValue(new BigDecimal("9.00"));
        assertThat(form.indicators().leaves().get(0).indicator().reportedScore()).hasValue(new BigDecimal("90"));
        assertThat(form.reportedWeightTotal()).hasValue(new BigDecimal("100"));
        assertThat(form.reportedTotal()).hasValue(new BigDecimal("99"));
        assertThat(result.allFindings()).filteredOn(f -> f.code().startsWith("READ_FORMULA"))
                .extracting(Finding::code, Finding::location, Finding::severity)
                .containsExactly(tuple("READ_FORMULA_COMPUTED", FILE + "!Sheet1!G4", Severity.INFO),
                        tuple("READ_FORMULA_COMPUTED", FILE + "!Sheet1!H4", Severity.INFO),
                        tuple("READ_FORMULA_COMPUTED", FILE + "!Sheet1!G6", Severity.INFO),
                        tuple("READ_FORMULA_COMPUTED", FILE + "!Sheet1!F7", Severity.INFO),
                        tuple("READ_FORMULA_COMPUTED", FILE + "!Sheet1!G7", Severity.INFO));
        assertThat(result.allFindings()).filteredOn(f -> f.location().endsWith("!G4")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("=E4/D4", "computed", "90.00%"));
    }

    @Test
    void aFormulaThatCannotBeComputedStaysBlankAndSaysSoAsDoesEveryFormulaNamingIt() throws IOException {
        for (String formula : new String[] {"1/0", "NOSUCHFUNCTION(F6)", "Sheet2!F6", "SUM(A1:IV65536)",
                "INDIRECT(\"F6\")", "OFFSET(E6,0,1)", "F6+0*TODAY()"}) {
            ReadResult result = read(form(formula(formula, null)).sheet("Sheet2").bytes());

            SelfEvaluation form = result.forms().get(0);
            assertThat(form.indicators().leaves().get(0).indicator().reportedScore()).as(formula).isEmpty();
            assertThat(result.allFindings()).as(formula).filteredOn(f -> f.code().startsWith("READ_FORMULA"))
                    .extracting(Finding::code, Finding::location, Finding::severity)
                    .contains(tuple("READ_FORMULA_WITHOUT_VALUE", FILE + "!Sheet1!G6", Severity.WARNING),
                            tuple("READ_FORMULA_WITHOUT_VALUE", FILE + "!Sheet1!G7", Severity.WARNING));
            assertThat(form.reportedTotal()).as("the total names the score not computed").isEmpty();
            assertThat(form.reportedWeightTotal()).hasValue(new BigDecimal("100"));
        }
    }

    /** A formula saved with its value is read as that value, whatever the formula would compute now. */
    @Test
    void aCachedValueIsKeptAsSaved() throws IOException {
        ReadResult result = read(form(formula("F6", 88.0)).bytes());

        assertThat(result.forms().get(0).indicators().leaves().get(0).indicator().reportedScore())
                .hasValue(new BigDecimal("88"));
        assertThat(result.allFindings()).filteredOn(f -> f.location().endsWith("!G6")).isEmpty();
    }

    /** A sheet of more formulas without values than a form holds is not computed: its cells stay blank. */
    @Test
    void aSheetOfTooManyUncachedFormulasIsNotComputed() throws IOException {
        GridWorkbook workbook = form(formula("F6", null));
        for (int i = 0; i < UncachedFormulas.MAX_FORMULAS; i++) {
            workbook.row("附表", formula("ROW()", null));
        }
        ReadResult result = read(workbook.bytes());

        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_FORMULA_COMPUTED")).isEmpty();
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_FORMULA_WITHOUT_VALUE"))
                .hasSize(UncachedFormulas.MAX_FORMULAS + 5);
    }

    /**
     * Formulas made to exhaust the parser or the evaluator: brackets nested two thousand deep, and a chain of four
     * hundred formulas each naming the next. The read goes on; what cannot be computed stays blank, said so.
     */
    @Test
    void aHostileFormulaIsNotComputedAndTheReadGoesOn() throws IOException {
        StringBuilder chain = new StringBuilder();
        for (int row = 100; row < 500; row++) {
            chain.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\"><f>A").append(row + 1)
                    .append("+1</f></c></row>");
        }
        String nested = "(".repeat(2000) + "1" + ")".repeat(2000);
        byte[] xlsx = RawXlsx.withSheetData(RawXlsx.text("<row r=\"1\">" + RawXlsx.inlineString("A1", "项目支出绩效自评表")
                + "</row><row r=\"2\">" + RawXlsx.inlineString("A2", "项目名称") + RawXlsx.inlineString("B2", "道路养护")
                + "<c r=\"C2\"><f>" + nested + "</f></c></row>" + chain)).bytes();

        ReadResult result = read(xlsx);

        assertThat(result.forms()).singleElement().satisfies(f -> assertThat(f.project().name()).isEqualTo("道路养护"));
        assertThat(result.allFindings()).filteredOn(f -> f.location().endsWith("!C2")).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("READ_FORMULA_WITHOUT_VALUE"));
        assertThat(result.allFindings()).filteredOn(f -> f.code().startsWith("READ_FORMULA")).hasSize(401);
    }

    private static ReadResult read(byte[] bytes) throws IOException {
        return new XlsxFormat().read(new ByteArrayInputStream(bytes), ReadOptions.defaults().withSourceName(FILE));
    }
}
