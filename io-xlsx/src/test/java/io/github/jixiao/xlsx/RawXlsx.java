// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx package written by hand, part by part, for files no spreadsheet program would write: zip
 * bombs, XXE payloads, a million rows, inline strings as some non-Excel writers use.
 */
final class RawXlsx {

    /** Writes the body of a part to a stream. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>";

    private final Map<String, Body> parts = new LinkedHashMap<>();

    private RawXlsx() {
    }

    /** A package with one sheet whose {@code <sheetData>} content the body writes. */
    static RawXlsx withSheetData(Body sheetData) {
        return withSheet(out -> {
            out.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            sheetData.write(out);
            out.write(utf8("</sheetData></worksheet>"));
        });
    }

    /** A package with one sheet whose whole XML the body writes. */
    static RawXlsx withSheet(Body sheet) {
        RawXlsx xlsx = new RawXlsx();
        xlsx.parts.put("[Content_Types].xml", text(CONTENT_TYPES));
        xlsx.parts.put("_rels/.rels", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        xlsx.parts.put("xl/workbook.xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        xlsx.parts.put("xl/_rels/workbook.xml.rels", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>"));
        xlsx.parts.put("xl/styles.xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"));
        xlsx.parts.put("xl/worksheets/sheet1.xml", sheet);
        return xlsx;
    }

    /**
     * This package with a shared-string table of these strings (indices 0, 1 …), named in the content types as
     * Excel names it.
     */
    RawXlsx withSharedStrings(String... strings) {
        StringBuilder table = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.length
                + "\" uniqueCount=\"" + strings.length + "\">");
        for (String string : strings) {
            table.append("<si><t>").append(string.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", text(table.append("</sst>").toString()));
        parts.put("[Content_Types].xml", text(CONTENT_TYPES.replace("</Types>",
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")));
        return this;
    }

    /** This package without a part. */
    RawXlsx without(String name) {
        parts.remove(name);
        return this;
    }

    /** This package with one more part. */
    RawXlsx with(String name, Body body) {
        parts.put(name, body);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Body> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().write(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Body text(String xml) {
        return out -> out.write(utf8(xml));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An inline-string cell, as written by writers without a shared-strings table. */
    static String inlineString(String address, String text) {
        return "<c r=\"" + address + "\" t=\"inlineStr\"><is><t>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</t></is></c>";
    }
}
