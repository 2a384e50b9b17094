// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.SubcategoryKind;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import io.github.jixiao.xlsx.FormSheets.Layout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The layout variations real workbooks show, each built in the test from a seed form and read back: the reader
 * finds forms by their labels, so each variation reads into the same form (or the form with only what the
 * variation changes).
 */
class LayoutVariationsTest {

    private static final SelfEvaluation BEIJING = SeedForms.beijing();
    private static final SelfEvaluation SHANGHAI_1 = SeedForms.form("shanghai-1");

    @Test
    void severalFormsOneBelowAnotherInOneSheet() throws IOException {
        byte[] xlsx = FormSheets.xlsx().sheet("汇总", Layout.CENTRAL, List.of(BEIJING, SHANGHAI_1, BEIJING)).bytes();

        ReadResult result = read(xlsx);

        assertThat(result.forms()).containsExactly(BEIJING, SHANGHAI_1, BEIJING);
        assertThat(result.entries()).extracting(e -> e.location().toString())
                .allMatch(l -> l.startsWith("forms.xlsx!汇总!A")).doesNotHaveDuplicates();
    }

    @Test
    void oneFormPerSheet() throws IOException {
        byte[] xlsx = FormSheets.xlsx().sheet("北京", Layout.CENTRAL, List.of(BEIJING))
                .sheet("上海", Layout.SHANGHAI, List.of(SHANGHAI_1)).bytes();

        ReadResult result = read(xlsx);

        assertThat(result.forms()).containsExactly(BEIJING, SHANGHAI_1);
        assertThat(result.entries()).extracting(e -> e.location().toString())
                .containsExactly("forms.xlsx!北京!A1", "forms.xlsx!上海!A1");
    }

    @Test
    void mergedLevelOneAndTwoLabelsAreCarriedDown() throws IOException {
        SelfEvaluation form = only(read(FormSheets.xlsx().sheet("Sheet1", Layout.CENTRAL, List.of(BEIJING)).bytes()));

        Category output = form.indicators().categories().get(0);
        assertThat(output.label()).isEqualTo("产出指标");
        assertThat(output.subcategories()).extracting(Subcategory::label)
                .containsExactly("质量指标", "时效指标", "数量指标", "成本指标");
        assertThat(output.subcategories().get(0).indicators()).hasSize(9);
    }

    @Test
    void amountsInYuanFromTheFundingHeader() throws IOException {
        SelfEvaluation shenzhen = SeedForms.form("shenzhen-1");

        SelfEvaluation form = only(read(FormSheets.xlsx().sheet("Sheet1", Layout.SHENZHEN, List.of(shenzhen)).bytes()));

        assertThat(form.funding().unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(form.funding().total().orElseThrow().executed()).contains(Amount.of("870996.00", AmountUnit.YUAN));
        assertThat(form).isEqualTo(shenzhen);
    }

    @Test
    void weightColumnBeforeTheTargetColumn() throws IOException {
        assertReadsBack(Layout.CENTRAL.withWeightBeforeTarget(), BEIJING, BEIJING);
    }

    @Test
    void targetSplitOverNatureValueAndUnitColumns() throws IOException {
        assertReadsBack(Layout.SHANGHAI.withSplitTarget(), SHANGHAI_1, SHANGHAI_1);
    }

    @Test
    void noInitialBudgetColumn() throws IOException {
        Funding funding = BEIJING.funding();
        Funding withoutInitial = Funding.builder().from(funding).total(withoutInitial(funding.total().orElseThrow()))
                .sources(funding.sources().stream().map(LayoutVariationsTest::withoutInitial).toList()).build();
        SelfEvaluation expected = SelfEvaluation.builder().from(BEIJING).funding(withoutInitial).build();

        assertReadsBack(Layout.CENTRAL.withoutInitialBudget(), expected, expected);
    }

    @Test
    void twentyPointExecutionTemplate() throws IOException {
        SelfEvaluation twenty = SelfEvaluation.builder().from(BEIJING).funding(Funding.builder().from(BEIJING.funding())
                .weight(new BigDecimal("20")).reportedScore(new BigDecimal("20.00")).build()).build();

        assertReadsBack(Layout.CENTRAL, twenty, twenty);
    }

    @Test
    void selfEvaluationGradeRowInsteadOfScoringGrade() throws IOException {
        assertReadsBack(Layout.SHANGHAI.withGradeLabel("自评等级"), SHANGHAI_1, SHANGHAI_1);
    }

    @Test
    void labelsWithStraySpacesAndLineBreaks() throws IOException {
        assertReadsBack(Layout.CENTRAL.withSpacedLabels(), BEIJING, BEIJING);
    }

    @Test
    void aLevelTwoLabelWithStraySpacesIsKeptAsWrittenAndClassified() throws IOException {
        Category benefit = SHANGHAI_1.indicators().categories().get(1);
        List<Subcategory> subs = new ArrayList<>(benefit.subcategories());
        subs.set(1, Subcategory.of("可持续影 响指 标", subs.get(1).indicators()));
        List<Category> categories = new ArrayList<>(SHANGHAI_1.indicators().categories());
        categories.set(1, Category.of(benefit.label(), subs));
        SelfEvaluation spaced = SelfEvaluation.builder().from(SHANGHAI_1).indicators(IndicatorTree.of(categories)).build();

        SelfEvaluation form = only(read(FormSheets.xlsx().sheet("Sheet1", Layout.SHANGHAI, List.of(spaced)).bytes()));

        assertThat(form).isEqualTo(spaced);
        assertThat(form.indicators().categories().get(1).subcategories().get(1).kind())
                .isEqualTo(SubcategoryKind.classify("可持续影响指标"));
    }

    @Test
    void numbersStoredAsText() throws IOException {
        assertReadsBack(Layout.SHANGHAI.withNumbersAsText(), SHANGHAI_1, SHANGHAI_1);
    }

    @Test
    void aNumericCellReadsAsTheDecimalShownNotItsBinaryArtefact() throws IOException {
        byte[] xlsx = FormSheets.xlsx().sheet("Sheet1", Layout.CENTRAL, List.of(BEIJING)).bytes();
        byte[] patched = patch(xlsx, "系统年故障率", 3, 0.1 + 0.2);

        SelfEvaluation form = only(read(patched));

        assertThat(form.indicators().leaves().get(0).indicator().weight()).contains(new BigDecimal("0.3"));
    }

    @Test
    void aWorkbookAsWpsAndOtherWritersSaveIt() throws IOException {
        byte[] excel = FormSheets.xlsx().sheet("Sheet1", Layout.CENTRAL.withNumbersAsText(), List.of(BEIJING)).bytes();
        byte[] wps = inlineStrings(excel);

        assertThat(only(read(wps))).isEqualTo(BEIJING);
    }

    @Test
    void aMissingAmountUnitIsGuessedAndSaysWhere() throws IOException {
        byte[] xlsx = patchText(FormSheets.xlsx().sheet("Sheet1", Layout.CENTRAL, List.of(BEIJING)).bytes(),
                "项目资金（万元）", "项目资金");

        ReadResult result = new XlsxFormat().read(new ByteArrayInputStream(xlsx),
                ReadOptions.defaults().withSourceName("forms.xlsx"));

        assertThat(result.forms()).containsExactly(BEIJING);
        assertThat(result.allFindings()).extracting(Finding::code, f -> f.origin().orElseThrow().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("READ_UNIT_GUESSED", "forms.xlsx!Sheet1!A6"));
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(xlsx))
                .satisfies(e -> assertThat(e.location()).isEqualTo("Sheet1!A6"));
    }

    @Test
    void strictReadingStopsAtTheCellOfAnUnreadableForm() throws IOException {
        byte[] xlsx = patchText(FormSheets.xlsx().sheet("Sheet1", Layout.CENTRAL, List.of(BEIJING, BEIJING)).bytes(),
                "306.432444", "abc");

        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> new XlsxFormat().read(new ByteArrayInputStream(xlsx),
                        ReadOptions.strictReading().withSourceName("forms.xlsx")))
                .satisfies(e -> {
                    assertThat(e.location()).isEqualTo("Sheet1!C7");
                    assertThat(e.reason()).contains("年初预算数", "abc", "not an amount");
                });
    }

    @Test
    void tolerantReadingKeepsTheFormWithTheUnreadableCellBlankAndNotesIt() throws IOException {
        byte[] xlsx = FormSheets.xlsx().sheet("Sheet1", Layout.CENTRAL, List.of(BEIJING, SHANGHAI_1)).bytes();
        byte[] broken = patchFirstText(xlsx, "306.432444", "abc");

        ReadResult result = new XlsxFormat().read(new ByteArrayInputStream(broken),
                ReadOptions.lenientReading().withSourceName("forms.xlsx"));

        FundingSource total = BEIJING.funding().total().orElseThrow();
        SelfEvaluation blank = SelfEvaluation.builder().from(BEIJING).funding(Funding.builder().from(BEIJING.funding())
                .total(FundingSource.builder().from(total).initialBudget(java.util.Optional.empty()).build()).build())
                .build();
        assertThat(result.forms()).containsExactly(blank, SHANGHAI_1);
        assertThat(result.entries().get(0).findings()).extracting(Finding::code, f -> f.origin().orElseThrow().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("READ_AMOUNT_NOT_A_NUMBER", "forms.xlsx!Sheet1!C7"));
        assertThat(result.entries().get(1).findings()).isEmpty();
    }

    @Test
    void theXlsPathReadsTheSameLayoutsAsXlsx() throws IOException {
        byte[] xls = FormSheets.xls().sheet("Sheet1", Layout.SHANGHAI.withSplitTarget(), List.of(SHANGHAI_1))
                .sheet("Sheet2", Layout.SHENZHEN, SeedForms.shenzhen()).bytes();

        ReadResult result = new XlsFormat().read(new ByteArrayInputStream(xls), ReadOptions.strictReading());

        List<SelfEvaluation> expected = new ArrayList<>(List.of(SHANGHAI_1));
        expected.addAll(SeedForms.shenzhen());
        assertThat(result.forms()).containsExactlyElementsOf(expected);
    }

    private static FundingSource withoutInitial(FundingSource line) {
        return FundingSource.builder().from(line).initialBudget(java.util.Optional.empty()).build();
    }

    private static void assertReadsBack(Layout layout, SelfEvaluation written, SelfEvaluation expected)
            throws IOException {
        ReadResult result = read(FormSheets.xlsx().sheet("Sheet1", layout, List.of(written)).bytes());
        assertThat(result.forms()).containsExactly(expected);
        assertThat(result.findings()).isEmpty();
    }

    private static ReadResult read(byte[] xlsx) throws IOException {
        return new XlsxFormat().read(new ByteArrayInputStream(xlsx), ReadOptions.strictReading().withSourceName("forms.xlsx"));
    }

    private static SelfEvaluation only(ReadResult result) {
        assertThat(result.forms()).hasSize(1);
        return result.forms().get(0);
    }

    /** Sets the cell {@code offset} columns right of the cell holding {@code anchor} to a number, General format. */
    private static byte[] patch(byte[] xlsx, String anchor, int offset, double value) throws IOException {
        return edit(xlsx, (sheet, cell) -> {
            if (cell.toString().equals(anchor)) {
                Cell target = cell.getRow().getCell(cell.getColumnIndex() + offset);
                target.setCellValue(value);
                target.setCellStyle(sheet.getWorkbook().getCellStyleAt(0));
                return true;
            }
            return false;
        }, false);
    }

    private static byte[] patchText(byte[] xlsx, String from, String to) throws IOException {
        return edit(xlsx, (sheet, cell) -> replace(cell, from, to), false);
    }

    private static byte[] patchFirstText(byte[] xlsx, String from, String to) throws IOException {
        return edit(xlsx, (sheet, cell) -> replace(cell, from, to), true);
    }

    private static boolean replace(Cell cell, String from, String to) {
        String text = cell.toString();
        boolean hit = text.equals(from) || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && new BigDecimal(String.valueOf(cell.getNumericCellValue())).compareTo(numberOrNull(from)) == 0;
        if (hit) {
            cell.setCellValue(to);
        }
        return hit;
    }

    private static BigDecimal numberOrNull(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return new BigDecimal("-1e99");
        }
    }

    /** Edits cells of every sheet with an action; optionally only the first cell it changes. */
    private static byte[] edit(byte[] xlsx, java.util.function.BiPredicate<Sheet, Cell> action, boolean firstOnly)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            outer:
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (action.test(sheet, cell) && firstOnly) {
                            break outer;
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook rewritten as inline-string cells, with no shared-strings part, as WPS and others may save. */
    private static byte[] inlineStrings(byte[] xlsx) throws IOException {
        StringBuilder data = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                data.append("<row r=\"").append(row.getRowNum() + 1).append("\">");
                for (Cell cell : row) {
                    if (!cell.toString().isEmpty()) {
                        data.append(RawXlsx.inlineString(cell.getAddress().formatAsString(), cell.toString()));
                    }
                }
                data.append("</row>");
            }
        }
        return RawXlsx.withSheetData(RawXlsx.text(data.toString()))
                .with("docProps/custom.xml", RawXlsx.text("<Properties><property name=\"KSOProductBuildVer\">"
                        + "2052-11.1.0.11365</property></Properties>"))
                .bytes();
    }
}
