// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick look at a sheet before fastexcel-reader reads it: what it calls plain is safe to hand over as it is. */
class SheetScanTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final String SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<dimension ref=\"A1:C3\"/><sheetData>%s</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/>"
            + "</mergeCells></worksheet>";
    private static final String ROWS = "<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"0\"><v>0</v></c></row>"
            + "<row r=\"2\" spans=\"1:3\"><c r=\"B2\" t=\"n\"><v>306.43</v></c><c t=\"s\"><v>1</v></c></row>";
    /** What a mutation inserts: references out of range, prefixes, markup the scan leaves to the parser. */
    private static final List<String> PIECES = List.of("<", ">", "/", "\"", "'", "=", " ", "&amp;", "<!-- c -->",
            "<![CDATA[x]]>", "<?pi x?>", "x:", "r=\"A1\"", " r=\"AAAA1\"", " r='XFE1'", " r=\"XFD1048576\"", " r=\"0\"",
            " r=\"1048577\"", " x:r=\"ZZZZ1\"", " xmlns:x=\"u\" x:r=\"ZZZZ1\"", " r=\"B&#50;\"", "<c r=\"ZZZZ9\">", "<row>", "<row r=\"7\">", "<x:c r=\"A1\">",
            "<c>", "</c>", "</row>", "</sheetData>", "<sheetData>", "é");

    private static byte[] beijingSheet;

    @BeforeAll
    static void readTheSampleSheet() throws IOException {
        try (ZipFile zip = new ZipFile(Path.of("..", "examples", "forms", "beijing.xlsx").toFile());
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            beijingSheet = in.readAllBytes();
        }
    }

    @Test
    void aSheetAsASpreadsheetProgramWritesItIsPlain() {
        assertThat(SheetScan.isPlain(beijingSheet, beijingSheet.length)).isTrue();
        assertThat(plain(String.format(SHEET, ROWS))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
        "<?xml version='1.0' encoding = 'utf-8'?>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "<?xml version=\"1.0\" encoding=\"us-ascii\"?>",
        "<?xml version=\"1.0\"?>",
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
    })
    void aDeclaredEncodingThatReadsAsAsciiIsPlain(String declaration) {
        assertThat(plain(declaration + String.format(SHEET, ROWS))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
        "<?xml version=\"1.0\" encoding='latin1'?>",
        "<?xml version=\"1.0\" encoding=\"GB18030\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"",
    })
    void anotherEncodingOrAnUnclosedDeclarationIsNot(String declaration) {
        assertThat(plain(declaration + String.format(SHEET, ROWS))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<row r=\"1\"><c r=\"AAAA1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"a1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A1048577\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A&#49;\"><v>1</v></c></row>",
        "<row><c r=\"A1\"><v>1</v></c></row>",
        "<row r=\"0\"><c r=\"A1\"><v>1</v></c></row>",
        "<row r=\"12345678\"><c r=\"A1\"><v>1</v></c></row>",
        "<x:row r=\"1\"><x:c r=\"ZZZZ1\"><v>1</v></x:c></x:row>",
        "<row r=\"1\"><c xmlns:x=\"u\" x:r=\"ZZZZZZ1\" r=\"A1\"><v>1</v></c></row>",
        "<row xmlns:x=\"u\" x:r=\"0\" r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A1\"><is><t><![CDATA[x]]></t></is></c></row>",
    })
    void aReferenceOutOfRangeOrMarkupLeftToTheParserIsNot(String rows) {
        assertThat(plain(String.format(SHEET, rows))).as(rows).isFalse();
    }

    @Test
    void onlyTheSheetDataIsChecked() {
        assertThat(plain("<worksheet><dimension ref=\"AAAA1\"/><!-- r=\"ZZZZ1\" --><sheetData>" + ROWS
                + "</sheetData><hyperlinks><c r=\"ZZZZ1\"/></hyperlinks></worksheet>")).isTrue();
    }

    /**
     * Sound: in a sheet called plain, every row and cell the XML parser finds up to the end of the sheet data has a
     * reference fastexcel-reader places rightly (asked for as fastexcel-reader asks, by local name).
     */
    @Test
    void whatItCallsPlainTheParserReadsWithEveryReferenceInRange() {
        qt().withExamples(EXAMPLES).forAll(XmlMutations.of(String.format(SHEET, ROWS), PIECES)).checkAssert(xml -> {
            byte[] bytes = xml.getBytes(UTF_8);
            if (SheetScan.isPlain(bytes, bytes.length)) {
                assertThat(badReference(bytes)).as(xml).isNull();
            }
        });
    }

    /** The first row or cell reference out of range, as the parser reads the sheet data; null when none is. */
    private static String badReference(byte[] xml) {
        try {
            XMLStreamReader in = SheetRepair.XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            boolean inSheetData = false;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamReader.END_ELEMENT && in.getLocalName().equals("sheetData") && inSheetData) {
                    return null;
                }
                if (event != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String name = in.getLocalName();
                String r = in.getAttributeValue(null, "r");
                if (!inSheetData) {
                    inSheetData = name.equals("sheetData");
                } else if (name.equals("row") && (r == null || !r.matches("[1-9][0-9]{0,6}")
                        || Integer.parseInt(r) > SheetScan.LAST_ROW)) {
                    return "row r=" + r;
                } else if (name.equals("c") && r != null && !isCellReference(r)) {
                    return "c r=" + r;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            return null; // not well formed before the sheet data ends: fastexcel-reader fails and the sheet is repaired
        }
    }

    private static boolean isCellReference(String r) {
        if (!r.matches("[A-Z]{1,3}[1-9][0-9]{0,6}")) {
            return false;
        }
        int letters = r.replaceAll("[0-9]", "").length();
        int column = 0;
        for (int i = 0; i < letters; i++) {
            column = column * 26 + r.charAt(i) - 'A' + 1;
        }
        return column - 1 <= SheetScan.LAST_COLUMN && Integer.parseInt(r.substring(letters)) <= SheetScan.LAST_ROW;
    }

    private static boolean plain(String xml) {
        byte[] bytes = xml.getBytes(UTF_8);
        return SheetScan.isPlain(bytes, bytes.length);
    }
}
