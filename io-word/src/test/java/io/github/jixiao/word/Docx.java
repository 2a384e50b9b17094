// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small .docx packages written by hand for tests: a body of WordprocessingML in the smallest package Word opens. */
final class Docx {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Docx() {
    }

    /** A package whose document body is the given XML (inside {@code <w:body>}). */
    static byte[] body(String xml) {
        return parts(Map.of("word/document.xml", document(xml)));
    }

    /** The main document part around a body. */
    static String document(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + body
                + "</w:body></w:document>";
    }

    /** A package of the given parts, with the content types and the relationship to word/document.xml. */
    static byte[] parts(Map<String, String> parts) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        all.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        all.putAll(parts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A paragraph of text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A table of rows. */
    static String table(String... rows) {
        return "<w:tbl><w:tblPr/><w:tblGrid/>" + String.join("", rows) + "</w:tbl>";
    }

    /** A row of cells. */
    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    /** A cell of one paragraph. */
    static String tc(String text) {
        return "<w:tc>" + p(text) + "</w:tc>";
    }

    /** A cell with properties (such as {@code <w:gridSpan w:val="2"/>}) and content. */
    static String tc(String properties, String content) {
        return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + content + "</w:tc>";
    }
}
