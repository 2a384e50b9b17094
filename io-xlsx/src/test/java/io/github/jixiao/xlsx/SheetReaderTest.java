// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.aalto.UncheckedStreamException;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * jixiao's own reading of a sheet's XML parts: cells where their references put them, the values their types say,
 * formulas moved and spread as Excel stores them, the styles' number formats and the workbook's sheets; and a
 * damaged sheet read without any failure but the parser's own.
 */
class SheetReaderTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final String SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<dimension ref=\"A1:C3\"/><sheetData>%s</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/>"
            + "</mergeCells></worksheet>";
    private static final String ROWS = "<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"0\"><v>0</v></c></row>"
            + "<row r=\"2\" spans=\"1:3\"><c r=\"B2\" t=\"n\" s=\"1\"><v>306.43</v></c><c t=\"s\"><v>1</v></c>"
            + "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"e\"><v>#N/A</v></c>"
            + "<c r=\"G2\" t=\"str\"><f>B2*2</f><v>612.86</v></c></row>";
    private static final String STRINGS = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>项目名称</t></si><si><r><t>干部</t></r><r><rPr><b/></rPr><t>培训</t></r>"
            + "<rPh sb=\"0\" eb=\"2\"><t>かんぶ</t></rPh></si></sst>";
    private static final String STYLES = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/><xf/></cellXfs>"
            + "</styleSheet>";
    /** What a mutation inserts: references out of range, prefixes, damaged values, markup of every kind. */
    private static final List<String> PIECES = List.of("<", ">", "/", "\"", "'", "=", " ", "&amp;", "<!-- c -->",
            "<![CDATA[x]]>", "<?pi x?>", "x:", "r=\"A1\"", " r=\"AAAA1\"", " r='XFE1'", " r=\"XFD1048576\"", " r=\"0\"",
            " r=\"1048577\"", " x:r=\"ZZZZ1\"", " xmlns:x=\"u\" x:r=\"ZZZZ1\"", " r=\"B&#50;\"", "<c r=\"ZZZZ9\">",
            "<row>", "<row r=\"7\">", "<x:c r=\"A1\">", "<c>", "</c>", "</row>", "</sheetData>", "<sheetData>", "é",
            " t=\"q\"", " s=\"x\"", " s=\"99\"", " t=\"s\"", "<v>99</v>", "<v>abc</v>", "<f t=\"shared\" si=\"0\"/>",
            "<f t=\"shared\" ref=\"A1:C9\" si=\"0\">A1+1</f>", "<f t=\"array\" ref=\"B1:B9\">SUM(A1:A2)</f>",
            "<is><t>x</t></is>", " t=\"inlineStr\"", "<v>\uFF11\uFF12</v>");

    @Test
    void cellsAreReadWhereTheirReferencesPutThemAsTheirTypesSay() throws Exception {
        Grid grid = read(String.format(SHEET, ROWS));

        assertThat(text(grid, 0, 0)).isEqualTo("项目名称");
        assertThat(grid.cell(1, 1)).get().satisfies(c -> {
            assertThat(c.text()).isEqualTo("30643.0%");
            assertThat(c.format()).isEqualTo("0.0%");
        });
        assertThat(text(grid, 1, 2)).as("a cell without a reference follows the one before it").isEqualTo("干部培训");
        assertThat(text(grid, 1, 4)).isEqualTo("1");
        assertThat(text(grid, 1, 5)).isEqualTo("#N/A");
        assertThat(grid.cell(1, 6).flatMap(GridCell::number)).get().isEqualTo(new java.math.BigDecimal("612.86"));
        assertThat(grid.notes()).isEmpty();
    }

    @Test
    void onlyTheSheetDataIsRead() throws Exception {
        Grid grid = read("<worksheet><dimension ref=\"AAAA1\"/><sheetData>" + ROWS + "</sheetData>"
                + "<hyperlinks><c r=\"ZZZZ1\"><v>1</v></c></hyperlinks><broken</worksheet>");

        assertThat(text(grid, 0, 0)).isEqualTo("项目名称");
        assertThat(grid.notes()).isEmpty();
    }

    @Test
    void aSharedFormulaIsMovedToEachCellItCoversAndAnArrayFormulaGivenToEachCellOfItsRange() throws Exception {
        Grid grid = read(String.format(SHEET, "<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><v>3</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:B2\" si=\"0\">A1*10</f><v>20</v></c>"
                + "<c r=\"B2\"><f t=\"shared\" si=\"0\"/></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><f t=\"array\" ref=\"A3:A4\">B1+1</f></c></row>"
                + "<row r=\"4\"><c r=\"A4\"/></row>"));

        assertThat(text(grid, 1, 1)).as("=B1*10, computed").isEqualTo("30");
        assertThat(text(grid, 2, 0)).isEqualTo("4");
        assertThat(text(grid, 3, 0)).isEqualTo("4");
        assertThat(grid.notes()).extracting(Grid.Note::code).containsOnly("READ_FORMULA_COMPUTED").hasSize(3);
        assertThat(grid.notes()).filteredOn(n -> n.row() == 1).singleElement()
                .satisfies(n -> assertThat(n.messageEn()).contains("=B1*10"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1+$B$2+B$3*$C4            | 2 | 1 | B3+$B$2+C$3*$C6",
        "SUM(A1:B2)&\"A1\"          | 1 | 0 | SUM(A2:B3)&\"A1\"",
        "Sheet2!A1+LOG10(A1)+ABC1   | 1 | 1 | Sheet2!A1+LOG10(B2)+ABD2",
        "A1                         | -1 | 0 | #REF!",
    })
    void aSharedFormulaMovesItsReferencesWithoutADollar(String formula, int rows, int columns, String moved) {
        assertThat(SheetReader.moved(formula.strip(), rows, columns)).isEqualTo(moved.strip());
    }

    /** Moving a shared formula there and back gives it back, wherever its references stay on the sheet. */
    @Test
    void movingThereAndBackGivesTheFormulaBack() {
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 40), integers().between(1, 500),
                integers().between(0, 30), integers().between(0, 30)).checkAssert((column, row, down, right) -> {
                    String reference = SheetReader.moved("A1", row - 1, column);
                    String formula = "SUM(" + reference + ":$B$2)*" + reference + "&\"" + reference + "\"";
                    String there = SheetReader.moved(formula, down, right);
                    assertThat(SheetReader.moved(there, -down, -right)).isEqualTo(formula);
                });
    }

    /** A reference's column, read without a matcher, is the one its letters name wherever the reference is usable. */
    @Test
    void aCellReferenceIsReadAsTheExpressionDescribesIt() {
        Pattern reference = Pattern.compile("\\$?([A-Za-z]{1,12})\\$?([0-9]+)");
        qt().withExamples(EXAMPLES).forAll(strings().betweenCodePoints('$', 'z').ofLengthBetween(0, 9))
                .checkAssert(r -> {
                    Matcher parts = reference.matcher(r);
                    long expected = -1;
                    if (parts.matches() && parts.group(2).length() <= 7 && Integer.parseInt(parts.group(2)) >= 1
                            && Integer.parseInt(parts.group(2)) <= SheetReader.LAST_ROW) {
                        long column = 0;
                        for (char c : parts.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
                            column = column * 26 + c - 'A' + 1;
                        }
                        expected = column - 1 <= SheetReader.LAST_COLUMN ? column - 1 : -1;
                    }
                    assertThat(SheetReader.column(r)).as(r).isEqualTo(expected);
                });
    }

    /**
     * A damaged sheet is read or refused by the parser, never failed otherwise: every cell read lies within
     * A1:XFD1048576, and every note names a cell there too.
     */
    @Test
    void aDamagedSheetIsReadWithEveryCellOnTheSheetOrRefusedByTheParser() {
        qt().withExamples(EXAMPLES).forAll(XmlMutations.of(String.format(SHEET, ROWS), PIECES)).checkAssert(xml -> {
            Grid grid;
            try {
                grid = read(xml);
            } catch (XMLStreamException | UncheckedStreamException e) {
                return;
            } catch (FormReadException e) {
                throw new AssertionError(xml, e);
            }
            assertThat(grid.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(c -> {
                assertThat(c.row()).isBetween(0, SheetReader.LAST_ROW - 1);
                assertThat(c.column()).isBetween(0, SheetReader.LAST_COLUMN);
            }));
            assertThat(grid.notes()).allSatisfy(n -> assertThat(n.column()).isBetween(0, SheetReader.LAST_COLUMN));
        });
    }

    @Test
    void theBeijingSampleSheetIsReadWithoutANote() throws Exception {
        byte[] sheet;
        byte[] strings;
        byte[] styles;
        try (ZipFile zip = new ZipFile(Path.of("..", "examples", "forms", "beijing.xlsx").toFile())) {
            sheet = entry(zip, "xl/worksheets/sheet1.xml");
            strings = entry(zip, "xl/sharedStrings.xml");
            styles = entry(zip, "xl/styles.xml");
        }
        GridBuilder grids = new GridBuilder(XlsxLimits.defaults(), "beijing.xlsx");
        grids.startSheet("Sheet1");
        SheetReader.read(sheet, grids, SharedStrings.of(strings), NumberFormats.read(styles), false);
        Grid grid = grids.endSheet(false);

        assertThat(grid.notes()).isEmpty();
        assertThat(grid.rows().stream().mapToInt(r -> r.cells().size()).sum()).as("non-blank cells").isEqualTo(251);
        assertThat(text(grid, 0, 0)).contains("绩效自评表");
    }

    @Test
    void sharedStringsJoinTheirRunsLeaveOutPhoneticsAndEndAtDamage() {
        SharedStrings strings = SharedStrings.of((STRINGS.replace("</sst>", "") + "<si><t>a</t><x></si></sst>")
                .getBytes(UTF_8));

        assertThat(strings.get(1)).isEqualTo("干部培训");
        assertThat(strings.get(0)).isEqualTo("项目名称");
        assertThat(strings.get(2)).isNull();
        assertThat(strings.count()).isEqualTo(2);
        assertThat(SharedStrings.NONE.present()).isFalse();
    }

    @Test
    void aStyleNamesItsNumberFormatBuiltInOrItsOwn() throws XMLStreamException {
        NumberFormats formats = NumberFormats.read(STYLES.getBytes(UTF_8));

        assertThat(formats.of(0)).as("General").isNull();
        assertThat(formats.of(1)).isEqualTo("0.0%");
        assertThat(formats.of(2)).isEqualTo("0.00%");
        assertThat(formats.of(3)).isNull();
        assertThat(formats.of(4)).as("no such style").isNull();
    }

    @Test
    void theWorkbookNamesItsSheetsInOrderWithTheirVisibilityAndItsDateSystem() throws XMLStreamException {
        WorkbookXml workbook = WorkbookXml.read(("<workbook xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/"
                + "relationships\"><workbookPr date1904=\"true\"/><sheets><sheet name=\"表1\" r:id=\"rId1\"/>"
                + "<sheet name=\"旧表\" state=\"veryHidden\" r:id=\"rId2\"/></sheets></workbook><broken").getBytes(UTF_8));

        assertThat(workbook.date1904()).isTrue();
        assertThat(workbook.sheets()).containsExactly(new WorkbookXml.SheetEntry("表1", "rId1", false),
                new WorkbookXml.SheetEntry("旧表", "rId2", true));
    }

    @Test
    void aSheetThatIsNotXmlIsTheParsersRefusal() {
        assertThatThrownBy(() -> read(String.format(SHEET, "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")))
                .isInstanceOf(XMLStreamException.class);
    }

    private static Grid read(String sheetXml) throws XMLStreamException, FormReadException {
        GridBuilder grids = new GridBuilder(XlsxLimits.defaults(), "test.xlsx");
        grids.startSheet("Sheet1");
        try {
            SheetReader.read(sheetXml.getBytes(UTF_8), grids, SharedStrings.of(STRINGS.getBytes(UTF_8)),
                    NumberFormats.read(STYLES.getBytes(UTF_8)), false);
        } catch (UncheckedStreamException e) {
            throw PartXml.checked(e);
        }
        return grids.endSheet(false);
    }

    private static String text(Grid grid, int row, int column) {
        return grid.cell(row, column).map(GridCell::text).orElse(null);
    }

    private static byte[] entry(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
