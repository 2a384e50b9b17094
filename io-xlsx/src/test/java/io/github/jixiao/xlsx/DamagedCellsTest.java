// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells no spreadsheet program writes, in a sheet that otherwise holds a form: each is a finding at its own cell
 * and the form is read around it, never a refused workbook; a message echoes at most 200 characters of what was
 * stored, on one line.
 */
class DamagedCellsTest {

    private static final String FILE = "damaged.xlsx";
    private static final FormFormat XLSX = new XlsxFormat();

    /** A small form: title, project, one funding line and one indicator row with its 得分 in G6. */
    private static String form(String projectCell, String scoreCell) {
        return "<row r=\"1\">" + RawXlsx.inlineString("A1", "项目支出绩效自评表") + "</row>"
                + "<row r=\"2\">" + RawXlsx.inlineString("A2", "项目名称") + projectCell + "</row>"
                + "<row r=\"3\">" + RawXlsx.inlineString("A3", "项目资金（万元）") + RawXlsx.inlineString("C3", "年初预算数")
                + RawXlsx.inlineString("D3", "全年预算数") + RawXlsx.inlineString("E3", "全年执行数") + "</row>"
                + "<row r=\"4\">" + RawXlsx.inlineString("B4", "年度资金总额") + "<c r=\"C4\"><v>10</v></c>"
                + "<c r=\"D4\"><v>10</v></c><c r=\"E4\"><v>9</v></c></row>"
                + "<row r=\"5\">" + RawXlsx.inlineString("A5", "一级指标") + RawXlsx.inlineString("B5", "二级指标")
                + RawXlsx.inlineString("C5", "三级指标") + RawXlsx.inlineString("D5", "年度指标值")
                + RawXlsx.inlineString("E5", "实际完成值") + RawXlsx.inlineString("F5", "分值")
                + RawXlsx.inlineString("G5", "得分") + "</row>"
                + "<row r=\"6\">" + RawXlsx.inlineString("A6", "产出指标") + RawXlsx.inlineString("B6", "数量指标")
                + RawXlsx.inlineString("C6", "培训人次") + RawXlsx.inlineString("D6", "≥100人次")
                + RawXlsx.inlineString("E6", "120人次") + "<c r=\"F6\"><v>90</v></c>" + scoreCell + "</row>";
    }

    /** BIFF8 record types of cells: a shared string, a number, a boolean or error. */
    private static final int LABEL_SST = 0x00FD;
    private static final int NUMBER = 0x0203;
    private static final int BOOLEAN_OR_ERROR = 0x0205;
    private static final String PROJECT = RawXlsx.inlineString("B2", "干部培训");
    private static final String SCORE = "<c r=\"G6\"><v>90</v></c>";

    @Test
    void aSharedStringThatDoesNotExistIsAFindingAtItsCell() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"G6\" t=\"s\"><v>99</v></c>"));

        assertThat(result.forms()).singleElement().satisfies(f -> assertThat(f.project().name()).isEqualTo("干部培训"));
        assertThat(finding(result, "READ_CELL_UNREADABLE")).satisfies(f -> {
            assertThat(f.location()).isEqualTo(FILE + "!Sheet1!G6");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void nonAsciiDigitsInANumericCellAreAFindingAtItsCell() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"G6\"><v>\uFF19\uFF10</v></c>"));

        assertThat(result.forms()).singleElement();
        assertWarningAt(result, "READ_NUMBER_NOT_ASCII", FILE + "!Sheet1!G6", "\uFF19\uFF10");
    }

    @Test
    void aNumberThatIsNotOneIsAFindingAtItsCellWithItsValueCut() throws IOException {
        String junk = "x".repeat(5_000);
        ReadResult result = read(form(PROJECT, "<c r=\"G6\"><v>" + junk + "</v></c>"));

        assertThat(finding(result, "READ_CELL_UNREADABLE")).satisfies(f -> {
            assertThat(f.location()).isEqualTo(FILE + "!Sheet1!G6");
            assertThat(f.messageEn()).hasSizeLessThan(400).doesNotContain("\n");
        });
    }

    @Test
    void anImpossibleCellReferenceIsAFindingAtItsRow() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"XFE6\"><v>90</v></c>"));

        assertThat(result.forms()).singleElement();
        assertThat(finding(result, "READ_CELL_REFERENCE")).satisfies(f -> assertThat(f.messageEn()).contains("XFE6"));
    }

    /**
     * A prefixed {@code r}, which SpreadsheetML does not have (and a parser asked by local name may answer with), is
     * left out: the cell is read where its own reference says, in bounded time and memory.
     */
    @Test
    void aPrefixedCellReferenceIsLeftOutAndTheCellReadWhereItsOwnSays() {
        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(form(PROJECT,
                "<c xmlns:x=\"urn:x\" x:r=\"ZZZZZZ6\" r=\"G6\"><v>90</v></c>")));

        assertThat(score(result)).isEqualByComparingTo("90");
    }

    @Test
    void aPrefixedRowNumberIsLeftOut() {
        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(form(PROJECT,
                "<c r=\"G6\"><v>90</v></c>").replace("<row r=\"6\"", "<row xmlns:x=\"urn:x\" x:r=\"0\" r=\"6\"")));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertThat(result.allFindings()).noneMatch(f -> f.code().equals("READ_CELL_REFERENCE"));
    }

    @Test
    void aMalformedCellReferenceIsAFindingNotARefusal() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"6G!\"><v>90</v></c>"));

        assertThat(result.forms()).singleElement();
        assertThat(finding(result, "READ_CELL_REFERENCE")).satisfies(f -> assertThat(f.messageEn()).contains("6G!"));
    }

    /**
     * A shared-string index is resolved by reading the table up to it: an index of two thousand million stops at the
     * table's end (a reader that added an empty string per missing index, as fastexcel-reader 0.20 does, would fill
     * gigabytes).
     */
    @Test
    void aSharedStringIndexFarBeyondTheTableIsAFindingInBoundedTimeAndMemory() {
        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readWithStrings(
                form("<c r=\"B2\" t=\"s\"><v>0</v></c>", "<c r=\"G6\" t=\"s\"><v>2000000000</v></c>"),
                "干部培训", "人次", "分"));

        assertThat(result.forms()).singleElement().satisfies(f -> assertThat(f.project().name()).isEqualTo("干部培训"));
        assertWarningAt(result, "READ_CELL_UNREADABLE", FILE + "!Sheet1!G6", "shared string 2000000000", "has 3",
                "blank");
    }

    static Stream<Arguments> sharedStringIndicesThatAreNone() {
        return Stream.of(
                arguments("-1", "is not a number"),
                arguments("1.5", "is not a number"),
                arguments("99999999999", "is not a number"),
                arguments(" 2", "is not a number"),
                arguments("", null),
                arguments("3", "has 3"));
    }

    @ParameterizedTest
    @MethodSource("sharedStringIndicesThatAreNone")
    void aSharedStringIndexThatIsNoneIsAFindingAtItsCell(String index, String why) throws IOException {
        ReadResult result = readWithStrings(form("<c r=\"B2\" t=\"s\"><v>0</v></c>",
                "<c r=\"G6\" t=\"s\"><v>" + index + "</v></c>"), "干部培训", "人次", "分");

        assertThat(result.forms()).singleElement().satisfies(f -> assertThat(f.project().name()).isEqualTo("干部培训"));
        if (why == null) {
            assertThat(result.allFindings()).noneMatch(f -> f.code().equals("READ_CELL_UNREADABLE"));
        } else {
            assertWarningAt(result, "READ_CELL_UNREADABLE", FILE + "!Sheet1!G6", why);
        }
    }

    static Stream<Arguments> cellReferencesThatAreNone() {
        return Stream.of(
                arguments("XFE6", "beyond Excel's last column"),
                arguments("ZZZZZZ6", "beyond Excel's last column"),
                arguments("ZZZZZZZZ6", "beyond Excel's last column"),
                arguments("G2000000", "beyond Excel's rows"),
                arguments("G0", "beyond Excel's rows"),
                arguments("G99999999999", "beyond Excel's rows"),
                arguments("6G!", "is not a cell reference"),
                arguments("G 6", "is not a cell reference"),
                arguments("g-6", "is not a cell reference"));
    }

    /** The cell is read where a cell without a reference goes: after the previous one (F6), so at G6. */
    @ParameterizedTest
    @MethodSource("cellReferencesThatAreNone")
    void aCellReferenceThatIsNoneIsAFindingAndTheCellIsReadAfterThePreviousOne(String reference, String why)
            throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"" + reference + "\"><v>90</v></c>"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertWarningAt(result, "READ_CELL_REFERENCE", FILE + "!Sheet1!G6", why, "read as G6, the cell after F6");
    }

    /** A sheet is opened by its relationship id whatever the relationship's type, and read with the same checks. */
    @Test
    void aSheetBehindARelationshipOfAnotherTypeIsCheckedToo() throws IOException {
        RawXlsx xlsx = RawXlsx.withSheetData(RawXlsx.text(form(PROJECT, "<c r=\"XFE6\"><v>90</v></c>")))
                .with("xl/_rels/workbook.xml.rels", RawXlsx.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/chartsheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/styles\" Target=\"styles.xml\"/></Relationships>"));

        ReadResult result = read(xlsx);

        assertThat(score(result)).isEqualByComparingTo("90");
        assertWarningAt(result, "READ_CELL_REFERENCE", FILE + "!Sheet1!G6", "XFE6");
    }

    /** A character reference in a cell reference is what it stands for. */
    @Test
    void aCellReferenceWrittenWithACharacterReferenceIsReadAsWhatItStandsFor() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"&#71;6\"><v>90</v></c>"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertThat(result.allFindings()).noneMatch(f -> f.code().startsWith("READ_CELL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "0", "-6", "2000000", "6.0"})
    void aRowNumberThatIsNoneIsAFindingAndTheRowIsReadAfterThePreviousOne(String number) throws IOException {
        ReadResult result = read(form(PROJECT, SCORE).replace("<row r=\"6\">", "<row r=\"" + number + "\">"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertWarningAt(result, "READ_CELL_REFERENCE", FILE + "!Sheet1!A6", "\"" + number + "\"",
                "read as row 6, the one after row 5");
    }

    /** The format lets a writer leave row numbers out: no finding, and each row is the one after the previous. */
    @Test
    void rowsWithoutNumbersAreReadInOrder() throws IOException {
        ReadResult result = read(form(PROJECT, SCORE).replaceAll("<row r=\"\\d\">", "<row>"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertThat(result.allFindings()).noneMatch(f -> f.code().startsWith("READ_CELL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "-1", "99999999999"})
    void aStyleIndexThatIsNoneIsAFindingAndTheValueIsKept(String style) throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"G6\" s=\"" + style + "\"><v>90</v></c>"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertWarningAt(result, "READ_CELL_STYLE", FILE + "!Sheet1!G6", "\"" + style + "\"",
                "without its number format");
    }

    @Test
    void anUnknownCellTypeIsAFindingAndTheValueIsReadAsWritten() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"G6\" t=\"d\"><v>90</v></c>"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertWarningAt(result, "READ_CELL_TYPE", FILE + "!Sheet1!G6", "\"d\"", "read as written");
    }

    /** Several kinds of damage in one sheet: each is a finding at its own cell, and the form is read around them. */
    @Test
    void damagesAreFoundEachAtItsCell() throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"G6\" s=\"x\"><v>90</v></c>")
                .replace("<c r=\"D4\">", "<c r=\"D4!\">").replace("<c r=\"E4\"><v>9</v>", "<c r=\"E4\"><v>\uFF19</v>"));

        assertThat(score(result)).isEqualByComparingTo("90");
        assertThat(result.allFindings()).extracting(Finding::code, Finding::location).contains(
                tuple("READ_CELL_STYLE", FILE + "!Sheet1!G6"),
                tuple("READ_CELL_REFERENCE", FILE + "!Sheet1!D4"),
                tuple("READ_NUMBER_NOT_ASCII", FILE + "!Sheet1!E4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUM(F6:F6)", "Sheet9!F6"})
    void aFormulaWithoutValueEchoesItsFormulaOnOneLineInBothLanguages(String start) throws IOException {
        String formula = start + "\n" + "+0".repeat(500);
        ReadResult result = read(form(PROJECT, "<c r=\"G6\"><f>" + formula + "</f></c>"));

        assertThat(result.allFindings()).filteredOn(f -> f.code().startsWith("READ_FORMULA")).singleElement()
                .satisfies(f -> {
                    assertThat(f.messageZh()).doesNotContain("\n").hasSizeLessThan(300);
                    assertThat(f.messageEn()).doesNotContain("\n").hasSizeLessThan(400);
                });
    }

    /** openpyxl and other writers that do not calculate write an empty value element after the formula. */
    @ParameterizedTest
    @ValueSource(strings = {"<v/>", "<v></v>"})
    void aFormulaWithAnEmptyValueIsComputedAsAFormulaWithoutValue(String empty) throws IOException {
        ReadResult result = read(form(PROJECT, "<c r=\"G6\"><f>ROUND(F6*0.9,2)</f>" + empty + "</c>"));

        assertThat(score(result)).isEqualByComparingTo("81");
        assertThat(finding(result, "READ_FORMULA_COMPUTED").location()).isEqualTo(FILE + "!Sheet1!G6");
    }

    /** A hidden .xls sheet is read like the .xlsx one: its form, and a warning at its first cell. */
    @Test
    void aFormOnAHiddenXlsSheetIsReadAndSaidToBeHidden() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xlsForm(workbook.createSheet("2023"), cell -> cell.setCellValue(90));
            xlsForm(workbook.createSheet("2022"), cell -> cell.setCellValue(80));
            workbook.setSheetHidden(1, true);
            workbook.write(out);
            xls = out.toByteArray();
        }

        ReadResult result = new XlsFormat().read(new ByteArrayInputStream(xls),
                ReadOptions.defaults().withSourceName("forms.xls"));

        assertThat(result.forms()).hasSize(2);
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_SHEET_HIDDEN"))
                .extracting(Finding::location).containsExactly("forms.xls!2022!A1");
    }

    /** The small form as an .xls (POI HSSF), its 得分 in G6 written by {@code score}. */
    private static void xlsForm(HSSFSheet sheet, Consumer<HSSFCell> score) {
        String[][] rows = {{"项目支出绩效自评表"}, {"项目名称", "干部培训"}, {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数"},
            {null, "年度资金总额"}, {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "培训人次", "≥100人次", "120人次"}};
        for (int r = 0; r < rows.length; r++) {
            HSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        sheet.getRow(3).createCell(2).setCellValue(10);
        sheet.getRow(3).createCell(3).setCellValue(10);
        sheet.getRow(3).createCell(4).setCellValue(9);
        sheet.getRow(5).createCell(5).setCellValue(90);
        score.accept(sheet.getRow(5).createCell(6));
    }

    /**
     * Reads the small form as an .xls whose G6, written by {@code score}, is then damaged: bytes of its record (of
     * type {@code sid}) overwritten from {@code offset} of its data.
     */
    private static ReadResult readXlsWithG6(Consumer<HSSFCell> score, int sid, int offset, int... patch)
            throws IOException {
        byte[] xls = RawXls.damaged(sheet -> xlsForm(sheet, score), sid, 5, 6, offset, patch);
        return new XlsFormat().read(new ByteArrayInputStream(xls),
                ReadOptions.defaults().withSourceName("damaged.xls"));
    }

    /** HSSF looks up shared strings while it opens a workbook: one beyond the table stopped it whole. */
    @Test
    void anXlsSharedStringIndexBeyondTheTableIsAFindingAtItsCell() throws IOException {
        ReadResult result = readXlsWithG6(cell -> cell.setCellValue("九十"), LABEL_SST, 6, 0xE7, 0x03, 0, 0);

        assertThat(result.forms()).singleElement().satisfies(f -> assertThat(f.project().name()).isEqualTo("干部培训"));
        assertWarningAt(result, "READ_CELL_UNREADABLE", "damaged.xls!Sheet1!G6", "shared string 999", "blank");
    }

    @Test
    void anXlsStyleBeyondTheTableIsAFindingAndTheValueIsKept() throws IOException {
        ReadResult result = readXlsWithG6(cell -> cell.setCellValue(90), NUMBER, 4, 0x88, 0x13);

        assertThat(score(result)).isEqualByComparingTo("90");
        assertThat(finding(result, "READ_CELL_STYLE").location()).isEqualTo("damaged.xls!Sheet1!G6");
    }

    @Test
    void anXlsErrorCodeExcelDoesNotWriteIsAFindingAtItsCell() throws IOException {
        ReadResult result = readXlsWithG6(cell -> cell.setCellErrorValue(FormulaError.DIV0), BOOLEAN_OR_ERROR, 6,
                0x55);

        assertWarningAt(result, "READ_CELL_UNREADABLE", "damaged.xls!Sheet1!G6", "error code 85");
    }

    /** Column 300 (KO) lies beyond IV, the last of an .xls sheet: read after F6. */
    @Test
    void anXlsColumnBeyondIvIsAFindingAndTheCellIsReadAfterThePreviousOne() throws IOException {
        ReadResult result = readXlsWithG6(cell -> cell.setCellValue(90), NUMBER, 2, 0x2C, 0x01);

        assertThat(score(result)).isEqualByComparingTo("90");
        assertWarningAt(result, "READ_CELL_REFERENCE", "damaged.xls!Sheet1!G6", "\"KO6\"", "beyond IV");
    }

    private static BigDecimal score(ReadResult result) {
        assertThat(result.forms()).singleElement();
        return result.forms().get(0).indicators().leaves().get(0).indicator().reportedScore().orElseThrow();
    }

    /** The one finding of this code is a warning at this cell, its English message one line holding these words. */
    private static void assertWarningAt(ReadResult result, String code, String location, String... words) {
        assertThat(finding(result, code)).satisfies(f -> {
            assertThat(f.location()).isEqualTo(location);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains(words).doesNotContain("\n");
        });
    }

    private static Finding finding(ReadResult result, String code) {
        List<Finding> found = result.allFindings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as("%s in %s", code, result.allFindings()).hasSize(1);
        return found.get(0);
    }

    private static ReadResult read(String sheetData) throws IOException {
        return read(RawXlsx.withSheetData(RawXlsx.text(sheetData)));
    }

    private static ReadResult readWithStrings(String sheetData, String... sharedStrings) throws IOException {
        return read(RawXlsx.withSheetData(RawXlsx.text(sheetData)).withSharedStrings(sharedStrings));
    }

    private static ReadResult read(RawXlsx xlsx) throws IOException {
        return XLSX.read(new ByteArrayInputStream(xlsx.bytes()), ReadOptions.defaults().withSourceName(FILE));
    }
}
