// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainXmlTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final List<String> OVERRIDE = List.of("ContentType", "PartName");
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType='styles'/></Types>";
    /** What a mutation inserts: the characters where plain XML ends and the parser's rules begin. */
    private static final List<String> PIECES = List.of("<", ">", "/", "?", "!", "&", "&amp;", "&#65;", "]]>", "\"", "'",
            "=", " ", "\t", "\n", ":", "x:", "xmlns:p=\"u\"", "<!-- c -->", "<![CDATA[x]]>", "<a>", "</a>", "<a/>",
            "é", "\u0000", "\u0001", "Override", "PartName=\"/p\"", "encoding=\"UTF-16\"", "<?pi x?>");

    @ParameterizedTest
    @ValueSource(strings = {"beijing.xlsx", "shanghai.xlsx", "shenzhen.xlsx"})
    void readsTheSamplesPartsAsTheParserDoes(String workbook) throws IOException, XMLStreamException {
        Path path = Path.of("..", "examples", "forms", workbook);
        Map<String, byte[]> parts = parts(Files.readAllBytes(path));
        byte[] types = parts.get("[Content_Types].xml");
        byte[] relationships = parts.get("xl/_rels/workbook.xml.rels");
        List<String> wanted = List.of("Id", "Target", "Type");

        assertThat(PlainXml.elements(types, "Override", OVERRIDE)).isNotNull().isNotEmpty()
                .isEqualTo(parsed(types, "Override", OVERRIDE));
        assertThat(PlainXml.elements(relationships, "Relationship", wanted)).isNotNull().hasSizeGreaterThan(2)
                .isEqualTo(parsed(relationships, "Relationship", wanted));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Types><Override PartName=\"/a\"></Types>",
        "<Types/><Types/>",
        "<Types><Override PartName=\"/a\" PartName=\"/b\"/></Types>",
        "<Types><Override PartName=\"/a\"ContentType=\"t\"/></Types>",
        "<Types><Override PartName=\"a&amp;b\"/></Types>",
        "<Types><Override PartName=\"a\tb\"/></Types>",
        "<Types><x:Override xmlns:x=\"u\" PartName=\"/a\"/></Types>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Types/>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?><Types/>",
        "<!-- a comment --><Types/>",
        "\uFEFF<Types/>",
        "<Types>é</Types>",
        "",
    })
    void leavesToTheParserWhatIsNotPlainOrNotWellFormed(String xml) {
        assertThat(PlainXml.elements(xml.getBytes(UTF_8), "Override", OVERRIDE)).isNull();
    }

    /** A part read here reads the same with the parser; a part the parser refuses is never read here. */
    @Test
    void whatItReadsTheParserReadsTheSame() {
        qt().withExamples(EXAMPLES).forAll(XmlMutations.of(CONTENT_TYPES, PIECES)).checkAssert(xml -> {
            byte[] bytes = xml.getBytes(UTF_8);
            List<Map<String, String>> plain = PlainXml.elements(bytes, "Override", OVERRIDE);
            if (plain != null) {
                try {
                    assertThat(plain).as(xml).isEqualTo(parsed(bytes, "Override", OVERRIDE));
                } catch (XMLStreamException e) {
                    throw new AssertionError("read here, refused by the parser: " + xml, e);
                }
            }
        });
    }

    /** The tags as the XML parser reads them; it must read the whole part. */
    private static List<Map<String, String>> parsed(byte[] xml, String element, List<String> attributes)
            throws XMLStreamException {
        WorkbookPackage.Elements parsed = WorkbookPackage.parsed(xml, element, attributes);
        if (parsed.error() != null) {
            throw parsed.error();
        }
        return parsed.tags();
    }

    private static Map<String, byte[]> parts(byte[] workbook) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
