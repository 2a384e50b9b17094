// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import com.fasterxml.aalto.UncheckedStreamException;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.Grid.Note;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Rewrites a sheet that {@link SheetScan} found not plain (修复损坏的单元格) so that fastexcel-reader reads all of it,
 * and says at each cell what it changed. It parses the sheet with fastexcel-reader's own XML parser (aalto, DTDs and
 * external entities off, so what it refuses fastexcel-reader would have refused) and writes it out again as UTF-8,
 * changing only, within {@code <sheetData>}:
 *
 * <table>
 * <caption>What is changed, and the note left at the cell</caption>
 * <tr><th>found</th><th>written</th><th>note</th></tr>
 * <tr><td>a row without a number</td><td>the number after the previous row's (the rule for an omitted
 * {@code r})</td><td>none: the format allows it</td></tr>
 * <tr><td>a row number that is none, or beyond 1,048,576</td><td>the same</td><td>{@code READ_CELL_REFERENCE}</td></tr>
 * <tr><td>a cell reference that is none (<code>6G!</code>), or beyond XFD or row 1,048,576</td><td>the cell after the
 * previous cell of the row (the rule for an omitted {@code r}): the value is kept there</td>
 * <td>{@code READ_CELL_REFERENCE}</td></tr>
 * <tr><td>a style index that is no number</td><td>no style: the value is kept without its number format</td>
 * <td>{@code READ_CELL_STYLE}</td></tr>
 * <tr><td>a cell type that is none of the six</td><td>{@code str}: the value is kept as written</td>
 * <td>{@code READ_CELL_TYPE}</td></tr>
 * <tr><td>a shared-string index that is no number, or beyond the table, or a table that is missing</td>
 * <td>no value: the cell is blank</td><td>{@code READ_CELL_UNREADABLE}</td></tr>
 * <tr><td>an {@code r}, {@code s} or {@code t} with a namespace prefix ({@code x:r}), which the parser may hand
 * fastexcel-reader instead of the cell's own</td><td>left out: SpreadsheetML has no such attribute</td><td>none</td></tr>
 * </table>
 *
 * <p>All notes are warnings. Comments and processing instructions are dropped; everything else is written as it was.
 */
final class SheetRepair {

    /** fastexcel-reader's XML parser, configured as fastexcel-reader configures it. */
    static final XMLInputFactory XML = fastexcelParser();
    private static final Pattern REFERENCE = Pattern.compile("\\$?([A-Za-z]{1,12})\\$?([0-9]+)");
    private static final List<String> TYPE_NAMES = List.of("b", "e", "inlineStr", "n", "s", "str");
    /** The attributes of a row or cell fastexcel-reader asks the parser for by local name. */
    private static final List<String> CELL_ATTRIBUTES = List.of("r", "s", "t");
    private static final String TYPES = String.join(", ", TYPE_NAMES);

    /** A repaired sheet: its XML and the notes at the cells it changed. */
    record Repaired(byte[] xml, List<Note> notes) {
    }

    private final XMLStreamReader in;
    private final StringBuilder out;
    private final SharedStrings sharedStrings;
    private final List<Note> notes = new ArrayList<>();
    private int previousRow;
    private int row;
    private int previousColumn;
    private boolean inRow;
    private boolean sharedStringCell;

    private SheetRepair(XMLStreamReader in, int length, SharedStrings sharedStrings) {
        this.in = in;
        this.out = new StringBuilder(length + length / 8);
        this.sharedStrings = sharedStrings;
    }

    /**
     * The shared-string table as fastexcel-reader sees it: whether there is one, and how many strings it reads from
     * it before it runs out (or into damage).
     */
    record SharedStrings(boolean present, int count) {

        static final SharedStrings NONE = new SharedStrings(false, 0);

        /**
         * Counts the strings of a table as fastexcel-reader's {@code SST} reads them: each {@code <si>} found (at any
         * depth) is one string, read to its end; damage ends the count.
         */
        static SharedStrings count(byte[] xml, int length) {
            int count = 0;
            try {
                XMLStreamReader in = XML.createXMLStreamReader(new ByteArrayInputStream(xml, 0, length));
                while (next(in, "si", true)) {
                    readString(in);
                    count++;
                }
            } catch (XMLStreamException | UncheckedStreamException e) {
                // fastexcel-reader cannot read the strings from here on: indices beyond them are not read either
            }
            return new SharedStrings(true, count);
        }

        private static void readString(XMLStreamReader in) throws XMLStreamException {
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("si")) {
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("t")) {
                    skipElement(in);
                } else if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("rPh")) {
                    next(in, "rPh", false);
                }
            }
        }
    }

    /**
     * Repairs a sheet.
     *
     * @param xml the sheet part's bytes
     * @param length how many of them are the part
     * @param sharedStrings the workbook's shared-string table
     * @throws XMLStreamException where the sheet is not well-formed XML (or names an entity): fastexcel-reader
     *     refuses it too
     */
    static Repaired repair(byte[] xml, int length, SharedStrings sharedStrings) throws XMLStreamException {
        XMLStreamReader in = XML.createXMLStreamReader(new ByteArrayInputStream(xml, 0, length));
        SheetRepair repair = new SheetRepair(in, length, sharedStrings);
        try {
            repair.copy();
        } catch (UncheckedStreamException e) {
            // aalto reports what it finds in text it parses lazily (an entity reference) unchecked
            throw e.getCause() instanceof XMLStreamException cause ? cause : new XMLStreamException(e.getMessage());
        }
        return new Repaired(repair.out.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(repair.notes));
    }

    private void copy() throws XMLStreamException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        boolean inSheetData = false;
        boolean sheetDataDone = false;
        while (in.hasNext()) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = in.getLocalName();
                    if (!inSheetData || sheetDataDone) {
                        inSheetData |= name.equals("sheetData");
                        startElement();
                    } else if (name.equals("row")) {
                        startRow();
                    } else if (name.equals("c") && inRow) {
                        startCell();
                    } else if (name.equals("v") && sharedStringCell) {
                        sharedStringValue();
                    } else {
                        startElement();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    sheetDataDone |= inSheetData && in.getLocalName().equals("sheetData");
                    sharedStringCell &= !in.getLocalName().equals("c");
                    inRow &= !in.getLocalName().equals("row");
                    out.append("</").append(qualifiedName(in.getPrefix(), in.getLocalName())).append('>');
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        escape(in.getText(), false);
                default -> {
                    // comments, processing instructions and the document's end carry nothing fastexcel-reader reads
                }
            }
        }
    }

    private void startRow() {
        String r = unprefixed("r");
        int number = previousRow + 1;
        if (r != null && isRowNumber(r)) {
            number = Integer.parseInt(r);
        } else if (r != null) {
            String after = previousRow == 0 ? "the first row" : "the one after row " + previousRow;
            String afterZh = previousRow == 0 ? "首行" : "第 " + previousRow + " 行之后";
            notes.add(new Note(number - 1, 0, "READ_CELL_REFERENCE", Severity.WARNING,
                    "行号“" + XlsxGrids.oneLine(r) + "”不是 1 至 1048576 的行号，按位置读作第 " + number + " 行（" + afterZh + "）",
                    "the row number \"" + XlsxGrids.oneLine(r) + "\" is not a row number from 1 to 1,048,576; the row "
                            + "is read as row " + number + ", " + after));
        }
        previousRow = number;
        row = number - 1;
        previousColumn = -1;
        inRow = true;
        startElement(new Rewrite("r", Integer.toString(number)));
    }

    private void startCell() {
        List<Rewrite> rewrites = new ArrayList<>(3);
        String r = unprefixed("r");
        int column = r == null ? previousColumn + 1 : column(r);
        if (column < 0) {
            column = previousColumn + 1;
            rewrites.add(new Rewrite("r", Addressing.a1(row, column)));
            String at = Addressing.a1(row, column);
            String after = previousColumn < 0 ? "the first cell of row " + (row + 1)
                    : "the cell after " + Addressing.a1(row, previousColumn);
            String afterZh = previousColumn < 0 ? "第 " + (row + 1) + " 行第一格"
                    : Addressing.a1(row, previousColumn) + " 之后一格";
            Reason reason = reason(r);
            note(column, "READ_CELL_REFERENCE",
                    "单元格地址“" + XlsxGrids.oneLine(r) + "”" + reason.zh + "，按位置读作 " + at + "（" + afterZh + "）",
                    "the cell reference \"" + XlsxGrids.oneLine(r) + "\" " + reason.en + "; the cell is read as " + at
                            + ", " + after);
        }
        previousColumn = column;
        String s = unprefixed("s");
        if (s != null && !isIndex(s)) {
            rewrites.add(new Rewrite("s", null));
            note(column, "READ_CELL_STYLE", "样式编号“" + XlsxGrids.oneLine(s) + "”不是数字，按无数字格式读取",
                    "the style index \"" + XlsxGrids.oneLine(s) + "\" is not a number; the cell is read without its "
                            + "number format");
        }
        String t = unprefixed("t");
        if (t != null && !TYPE_NAMES.contains(t)) {
            rewrites.add(new Rewrite("t", "str"));
            note(column, "READ_CELL_TYPE", "单元格类型“" + XlsxGrids.oneLine(t) + "”不是 " + TYPES + " 之一，按所写内容读取",
                    "the cell type \"" + XlsxGrids.oneLine(t) + "\" is not one of " + TYPES + "; the cell's value is "
                            + "read as written");
        }
        sharedStringCell = "s".equals(t);
        startElement(rewrites.toArray(new Rewrite[0]));
    }

    /** The {@code <v>} of a shared-string cell: kept if it is an index into the table, else left out. */
    private void sharedStringValue() throws XMLStreamException {
        String prefix = in.getPrefix();
        String index = textToEnd();
        String problemZh;
        String problemEn;
        if (!isIndex(index)) {
            problemZh = "共享字符串编号“" + XlsxGrids.oneLine(index) + "”不是数字";
            problemEn = "the shared-string index \"" + XlsxGrids.oneLine(index) + "\" is not a number";
        } else if (!sharedStrings.present()) {
            problemZh = "单元格引用第 " + index + " 个共享字符串（从 0 起数），但工作簿没有共享字符串表";
            problemEn = "the cell refers to shared string " + index + " (counting from 0), but the workbook has no "
                    + "shared-string table";
        } else if (Integer.parseInt(index) >= sharedStrings.count()) {
            problemZh = "单元格引用第 " + index + " 个共享字符串（从 0 起数），但工作簿只有 " + sharedStrings.count() + " 个";
            problemEn = "the cell refers to shared string " + index + " (counting from 0), but the workbook has "
                    + sharedStrings.count();
        } else {
            String name = qualifiedName(prefix, "v");
            out.append('<').append(name).append('>').append(index).append("</").append(name).append('>');
            return;
        }
        note(previousColumn, "READ_CELL_UNREADABLE", problemZh + "，按空白读取", problemEn + "; the cell is read as blank");
    }

    /** The text of the current element up to its end, nested elements' text included (as fastexcel-reader reads it). */
    private String textToEnd() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(in.getText());
            }
        }
        return text.toString();
    }

    private void note(int column, String code, String zh, String en) {
        notes.add(new Note(row, column, code, Severity.WARNING, zh, en));
    }

    /** The current start tag's attribute of this name without a prefix, or null. */
    private String unprefixed(String name) {
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = in.getAttributePrefix(i);
            if ((prefix == null || prefix.isEmpty()) && in.getAttributeLocalName(i).equals(name)) {
                return in.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute written with another value, or left out where the value is null. */
    private record Rewrite(String name, String value) {
    }

    /** Writes the current start tag, its namespace declarations and attributes, with the rewrites applied. */
    private void startElement(Rewrite... rewrites) {
        out.append('<').append(qualifiedName(in.getPrefix(), in.getLocalName()));
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String prefix = in.getNamespacePrefix(i);
            out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escape(in.getNamespaceURI(i), true);
            out.append('"');
        }
        List<Rewrite> pending = new ArrayList<>(List.of(rewrites));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = in.getAttributePrefix(i);
            String name = in.getAttributeLocalName(i);
            String value = in.getAttributeValue(i);
            boolean prefixed = prefix != null && !prefix.isEmpty();
            if (prefixed && CELL_ATTRIBUTES.contains(name)) {
                continue;
            }
            if (!prefixed) {
                for (Rewrite rewrite : List.copyOf(pending)) {
                    if (rewrite.name().equals(name)) {
                        value = rewrite.value();
                        pending.remove(rewrite);
                    }
                }
            }
            attribute(qualifiedName(prefix, name), value);
        }
        for (Rewrite rewrite : pending) {
            attribute(rewrite.name(), rewrite.value());
        }
        out.append('>');
    }

    private void attribute(String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
    }

    private static String qualifiedName(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** Why a cell reference cannot be used. */
    private record Reason(String zh, String en) {
    }

    private static Reason reason(String r) {
        Matcher parts = REFERENCE.matcher(r);
        if (!parts.matches()) {
            return new Reason("不是单元格地址", "is not a cell reference");
        }
        if (columnIndex(parts.group(1)) > SheetScan.LAST_COLUMN) {
            return new Reason("超出 Excel 的最后一列 XFD", "lies beyond Excel's last column, XFD");
        }
        return new Reason("超出 Excel 的行号范围 1 至 1048576", "lies beyond Excel's rows 1 to 1,048,576");
    }

    /** The column of a usable cell reference (as fastexcel-reader reads it), or -1. */
    private static int column(String r) {
        Matcher parts = REFERENCE.matcher(r);
        if (!parts.matches() || !isRowNumber(parts.group(2))) {
            return -1;
        }
        long column = columnIndex(parts.group(1));
        return column <= SheetScan.LAST_COLUMN ? (int) column : -1;
    }

    /** The zero-based index of a column's letters, in either case. */
    private static long columnIndex(String letters) {
        long column = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            column = column * 26 + c - 'A' + 1;
        }
        return column - 1;
    }

    private static boolean isRowNumber(String r) {
        return isIndex(r) && r.length() <= 7 && Integer.parseInt(r) >= 1 && Integer.parseInt(r) <= SheetScan.LAST_ROW;
    }

    /** Digits only, within an int. */
    private static boolean isIndex(String text) {
        if (text.isEmpty() || text.length() > 10) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(text) <= Integer.MAX_VALUE;
    }

    /** Moves to the next start (or end) of an element of this local name; false at the document's end. */
    private static boolean next(XMLStreamReader in, String name, boolean start) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == (start ? XMLStreamConstants.START_ELEMENT : XMLStreamConstants.END_ELEMENT)
                    && in.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Moves past the end of the current element, whatever it holds. */
    private static void skipElement(XMLStreamReader in) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory fastexcelParser() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }
}
