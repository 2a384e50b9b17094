// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.spi.FormReadException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a worksheet part's {@code <sheetData>} into the sheet's grid, streaming, with aalto's StAX parser. Rows and
 * cells are found by local name at any depth, whatever their prefix; their {@code r}, {@code s} and {@code t} only
 * without a prefix (SpreadsheetML has no prefixed ones). A damaged cell is read as far as it can be and noted at its
 * cell, a warning; the rest of the sheet is read (修复损坏的单元格):
 *
 * <table>
 * <caption>What is read where a cell is damaged, and the note left at the cell</caption>
 * <tr><th>found</th><th>read as</th><th>note</th></tr>
 * <tr><td>a row without a number</td><td>the row after the previous one (the rule for an omitted {@code r})</td>
 * <td>none: the format allows it</td></tr>
 * <tr><td>a row number that is none, or beyond 1,048,576</td><td>the same</td><td>{@code READ_CELL_REFERENCE}</td></tr>
 * <tr><td>a cell reference that is none (<code>6G!</code>), or beyond XFD or row 1,048,576</td><td>the cell after the
 * previous cell of the row (the rule for an omitted {@code r})</td><td>{@code READ_CELL_REFERENCE}</td></tr>
 * <tr><td>a style index that is no number</td><td>the value without a number format</td>
 * <td>{@code READ_CELL_STYLE}</td></tr>
 * <tr><td>a cell type that is none of the six</td><td>the value as written ({@code str})</td>
 * <td>{@code READ_CELL_TYPE}</td></tr>
 * <tr><td>a shared-string index that is no number, or beyond the table, or a table that is missing</td>
 * <td>blank</td><td>{@code READ_CELL_UNREADABLE}</td></tr>
 * <tr><td>a number, boolean or error value that is none</td><td>blank</td><td>{@code READ_CELL_UNREADABLE}</td></tr>
 * <tr><td>a number written with digits other than ASCII 0–9</td><td>the value of those digits</td>
 * <td>{@code READ_NUMBER_NOT_ASCII}</td></tr>
 * </table>
 *
 * <p>A formula saved without its value is kept for {@link UncachedFormulas}; a shared formula's text is moved to
 * each cell it covers, an array formula's given to each cell of its range.
 */
final class SheetReader {

    /** Excel's last column, XFD, as a zero-based index. */
    static final int LAST_COLUMN = 16_383;
    /** Excel's last row number. */
    static final int LAST_ROW = 1_048_576;

    private static final Pattern REFERENCE = Pattern.compile("\\$?([A-Za-z]{1,12})\\$?([0-9]+)");
    /** A cell reference in a formula, outside its string literals: what a shared formula moves. */
    private static final Pattern FORMULA_REFERENCE =
            Pattern.compile("(?<![A-Za-z0-9_.!$])(\\$?)([A-Z]{1,3})(\\$?)([0-9]{1,7})(?![A-Za-z0-9_(])");
    private static final List<String> TYPE_NAMES = List.of("b", "e", "inlineStr", "n", "s", "str");
    private static final String TYPES = String.join(", ", TYPE_NAMES);
    private static final List<String> ERROR_CODES =
            List.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");

    private final XMLStreamReader in;
    private final GridBuilder grids;
    private final SharedStrings strings;
    private final NumberFormats formats;
    private final boolean date1904;
    /** A shared formula's first cell and text, by its index. */
    private final Map<String, SharedFormula> sharedFormulas = new HashMap<>();
    private final List<ArrayFormula> arrayFormulas = new ArrayList<>();
    private int previousRow;
    private int row;
    private int previousColumn;

    private record SharedFormula(int row, int column, String text) {
    }

    private record ArrayFormula(CellRange range, String text) {
    }

    private SheetReader(XMLStreamReader in, GridBuilder grids, SharedStrings strings, NumberFormats formats,
            boolean date1904) {
        this.in = in;
        this.grids = grids;
        this.strings = strings;
        this.formats = formats;
        this.date1904 = date1904;
    }

    /**
     * Reads a sheet's cells into the builder's current sheet.
     *
     * @throws XMLStreamException where the sheet is not well-formed XML before its {@code </sheetData>} (aalto reports
     *     some of it unchecked, as {@code UncheckedStreamException})
     * @throws FormReadException where a limit is passed
     */
    static void read(byte[] xml, GridBuilder grids, SharedStrings strings, NumberFormats formats, boolean date1904)
            throws XMLStreamException, FormReadException {
        XMLStreamReader in = PartXml.open(xml);
        if (PartXml.nextStart(in, "sheetData", null)) {
            new SheetReader(in, grids, strings, formats, date1904).readRows();
        }
    }

    private void readRows() throws XMLStreamException, FormReadException {
        while (PartXml.nextStart(in, "row", "sheetData")) {
            startRow();
            while (PartXml.nextStart(in, "c", "row")) {
                readCell();
            }
        }
    }

    private void startRow() throws FormReadException {
        String r = PartXml.unprefixed(in, "r");
        int number = previousRow + 1;
        if (r != null && isRowNumber(r)) {
            number = Integer.parseInt(r);
        } else if (r != null) {
            String after = previousRow == 0 ? "the first row" : "the one after row " + previousRow;
            String afterZh = previousRow == 0 ? "首行" : "第 " + previousRow + " 行之后";
            grids.checkRow(number - 1);
            grids.note(number - 1, 0, "READ_CELL_REFERENCE", Severity.WARNING,
                    "行号“" + XlsxGrids.oneLine(r) + "”不是 1 至 1048576 的行号，按位置读作第 " + number + " 行（" + afterZh + "）",
                    "the row number \"" + XlsxGrids.oneLine(r) + "\" is not a row number from 1 to 1,048,576; the row "
                            + "is read as row " + number + ", " + after);
        }
        previousRow = number;
        row = number - 1;
        previousColumn = -1;
        grids.checkRow(row);
    }

    private void readCell() throws XMLStreamException, FormReadException {
        int column = column();
        String format = format(column);
        String type = type(column);
        String value = null;
        String inline = null;
        String formula = null;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "v" -> value = PartXml.textToEnd(in);
                    case "is" -> inline = PartXml.textToEnd(in);
                    case "f" -> formula = formula(column);
                    default -> {
                        // other elements of a cell (extLst) hold no value
                    }
                }
            }
        }
        switch (type) {
            case "s" -> sharedString(column, value);
            case "inlineStr" -> {
                if (formula != null) {
                    formulaValue(column, formula, inline, format);
                } else {
                    grids.text(row, column, OoxmlEscapes.decode(inline == null ? "" : inline));
                }
            }
            default -> other(column, type, value, formula, format);
        }
    }

    /** The cell's column: its reference's, else the one after the previous cell's. */
    private int column() {
        String r = PartXml.unprefixed(in, "r");
        int column = r == null ? previousColumn + 1 : column(r);
        if (column < 0) {
            column = previousColumn + 1;
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
        return column;
    }

    /** The number format of the cell's style, or null. */
    private String format(int column) {
        String s = PartXml.unprefixed(in, "s");
        if (s == null) {
            return null;
        }
        if (!isIndex(s)) {
            note(column, "READ_CELL_STYLE", "样式编号“" + XlsxGrids.oneLine(s) + "”不是数字，按无数字格式读取",
                    "the style index \"" + XlsxGrids.oneLine(s) + "\" is not a number; the cell is read without its "
                            + "number format");
            return null;
        }
        return formats.of(Integer.parseInt(s));
    }

    /** The cell's type; one that is none is read as {@code str}, the value as written. */
    private String type(int column) {
        String t = PartXml.unprefixed(in, "t");
        if (t == null) {
            return "n";
        }
        if (!TYPE_NAMES.contains(t)) {
            note(column, "READ_CELL_TYPE", "单元格类型“" + XlsxGrids.oneLine(t) + "”不是 " + TYPES + " 之一，按所写内容读取",
                    "the cell type \"" + XlsxGrids.oneLine(t) + "\" is not one of " + TYPES + "; the cell's value is "
                            + "read as written");
            return "str";
        }
        return t;
    }

    /** An {@code <f>}'s formula for this cell: a shared formula's moved to it; keeps array formulas' ranges. */
    private String formula(int column) throws XMLStreamException {
        String t = in.getAttributeValue(null, "t");
        String ref = in.getAttributeValue(null, "ref");
        String index = in.getAttributeValue(null, "si");
        String text = PartXml.textToEnd(in);
        if ("array".equals(t) && ref != null) {
            CellRange range = range(ref);
            if (range != null) {
                arrayFormulas.add(new ArrayFormula(range, text));
            }
        } else if ("shared".equals(t) && index != null) {
            if (!text.isEmpty()) {
                sharedFormulas.put(index, new SharedFormula(row, column, text));
            } else if (sharedFormulas.containsKey(index)) {
                SharedFormula first = sharedFormulas.get(index);
                return moved(first.text(), row - first.row(), column - first.column());
            }
        }
        return text;
    }

    private void sharedString(int column, String index) throws FormReadException {
        if (index == null || index.isEmpty()) {
            return;
        }
        String problemZh;
        String problemEn;
        if (!isIndex(index)) {
            problemZh = "共享字符串编号“" + XlsxGrids.oneLine(index) + "”不是数字";
            problemEn = "the shared-string index \"" + XlsxGrids.oneLine(index) + "\" is not a number";
        } else if (!strings.present()) {
            problemZh = "单元格引用第 " + index + " 个共享字符串（从 0 起数），但工作簿没有共享字符串表";
            problemEn = "the cell refers to shared string " + index + " (counting from 0), but the workbook has no "
                    + "shared-string table";
        } else {
            String text = strings.get(Integer.parseInt(index));
            if (text != null) {
                grids.text(row, column, OoxmlEscapes.decode(text));
                return;
            }
            problemZh = "单元格引用第 " + index + " 个共享字符串（从 0 起数），但工作簿只有 " + strings.count() + " 个";
            problemEn = "the cell refers to shared string " + index + " (counting from 0), but the workbook has "
                    + strings.count();
        }
        note(column, "READ_CELL_UNREADABLE", problemZh + "，按空白读取", problemEn + "; the cell is read as blank");
    }

    /** A cell of type {@code n}, {@code b}, {@code e} or {@code str}. */
    private void other(int column, String type, String value, String formula, String format)
            throws FormReadException {
        String arrayFormula = formula == null || formula.isEmpty() ? arrayFormula(column) : formula;
        if (arrayFormula != null) {
            formulaValue(column, arrayFormula, value, format);
            return;
        }
        if (value == null || value.isEmpty()) {
            return;
        }
        switch (type) {
            case "n" -> {
                BigDecimal number = number(value);
                if (number == null) {
                    unreadable(column, value);
                } else {
                    noteIfNotAscii(column, value, number);
                    grids.number(row, column, ShownNumber.of(number, format, date1904), format);
                }
            }
            case "b" -> {
                if (value.equals("0") || value.equals("1")) {
                    grids.text(row, column, value);
                } else {
                    unreadable(column, value);
                }
            }
            case "e" -> {
                if (ERROR_CODES.contains(value)) {
                    grids.text(row, column, OoxmlEscapes.decode(value));
                } else {
                    unreadable(column, value);
                }
            }
            default -> cachedValue(column, OoxmlEscapes.decode(value), format);
        }
    }

    /** A formula cell: its cached value, a number where it reads as one; kept to be computed where it has none. */
    private void formulaValue(int column, String formula, String cached, String format) throws FormReadException {
        String value = cached == null ? "" : OoxmlEscapes.decode(cached);
        if (value.isEmpty()) {
            grids.formulaWithoutValue(new UncachedFormulas.Formula(row, column, formula, format, date1904));
        } else {
            cachedValue(column, value, format);
        }
    }

    /** The value a formula cell (or one of type {@code str}) holds: a number where it reads as one, else text. */
    private void cachedValue(int column, String value, String format) throws FormReadException {
        BigDecimal number = number(value.strip());
        if (number != null) {
            noteIfNotAscii(column, value, number);
            grids.number(row, column, ShownNumber.of(number, format, date1904), format);
        } else {
            grids.text(row, column, value);
        }
    }

    private void unreadable(int column, String raw) {
        note(column, "READ_CELL_UNREADABLE",
                "单元格的值“" + XlsxGrids.oneLine(raw) + "”无法读取（不是数字、逻辑值或 Excel 的错误值），按空白读取",
                "the cell's stored value \"" + XlsxGrids.oneLine(raw) + "\" cannot be read (not a number, a boolean or "
                        + "an error value Excel writes); the cell is read as blank");
    }

    /**
     * A number stored with digits other than ASCII 0–9 (全角数字 and the digits of other scripts, which
     * {@link BigDecimal} reads as their values, and no spreadsheet program writes) is read as the value of those
     * digits, with a warning at its cell.
     */
    private void noteIfNotAscii(int column, String raw, BigDecimal value) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) > 127) {
                note(column, "READ_NUMBER_NOT_ASCII", "数值“" + XlsxGrids.oneLine(raw) + "”不是用 ASCII 数字 0–9 写的（如全角数字），"
                                + "按这些数字表示的值 " + value.toPlainString() + " 读取",
                        "the number \"" + XlsxGrids.oneLine(raw) + "\" is written with digits other than ASCII 0-9 "
                                + "(full-width or of another script); it is read as " + value.toPlainString()
                                + ", the value of those digits");
                return;
            }
        }
    }

    private void note(int column, String code, String zh, String en) {
        grids.note(row, column, code, Severity.WARNING, zh, en);
    }

    /** The formula of the array formula whose range holds the cell, or null. */
    private String arrayFormula(int column) {
        for (ArrayFormula array : arrayFormulas) {
            if (array.range().contains(row, column)) {
                return array.text();
            }
        }
        return null;
    }

    /** A shared formula's text moved by rows and columns: its references without a {@code $} move with it. */
    static String moved(String formula, int rows, int columns) {
        StringBuilder out = new StringBuilder(formula.length() + 8);
        String[] parts = formula.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            if (i % 2 == 1) {
                out.append(parts[i]);
                continue;
            }
            Matcher reference = FORMULA_REFERENCE.matcher(parts[i]);
            int at = 0;
            while (reference.find()) {
                long column = columnIndex(reference.group(2)) + (reference.group(1).isEmpty() ? columns : 0);
                long rowNumber = Long.parseLong(reference.group(4)) + (reference.group(3).isEmpty() ? rows : 0);
                out.append(parts[i], at, reference.start());
                if (column < 0 || column > LAST_COLUMN || rowNumber < 1 || rowNumber > LAST_ROW) {
                    out.append("#REF!");
                } else {
                    out.append(reference.group(1)).append(Addressing.a1(0, (int) column).replace("1", ""))
                            .append(reference.group(3)).append(rowNumber);
                }
                at = reference.end();
            }
            out.append(parts[i], at, parts[i].length());
        }
        return out.toString();
    }

    /** A range such as {@code A1:C3} (or one cell), or null where it is none. */
    private static CellRange range(String ref) {
        String[] ends = ref.split(":", -1);
        if (ends.length > 2) {
            return null;
        }
        Matcher first = REFERENCE.matcher(ends[0]);
        Matcher last = REFERENCE.matcher(ends[ends.length - 1]);
        if (!first.matches() || !last.matches() || column(ends[0]) < 0 || column(ends[ends.length - 1]) < 0) {
            return null;
        }
        int firstRow = Integer.parseInt(first.group(2)) - 1;
        int lastRow = Integer.parseInt(last.group(2)) - 1;
        int firstColumn = (int) columnIndex(first.group(1));
        int lastColumn = (int) columnIndex(last.group(1));
        return firstRow <= lastRow && firstColumn <= lastColumn
                ? new CellRange(firstRow, firstColumn, lastRow, lastColumn) : null;
    }

    /** Why a cell reference cannot be used. */
    private record Reason(String zh, String en) {
    }

    private static Reason reason(String r) {
        Matcher parts = REFERENCE.matcher(r);
        if (!parts.matches()) {
            return new Reason("不是单元格地址", "is not a cell reference");
        }
        if (columnIndex(parts.group(1)) > LAST_COLUMN) {
            return new Reason("超出 Excel 的最后一列 XFD", "lies beyond Excel's last column, XFD");
        }
        return new Reason("超出 Excel 的行号范围 1 至 1048576", "lies beyond Excel's rows 1 to 1,048,576");
    }

    /**
     * The column of a usable cell reference, or -1: up to twelve letters of either case and a row number from 1 to
     * 1,048,576, each part after an optional {@code $} (what {@link #REFERENCE} matches, read without a matcher: this is
     * asked of every cell).
     */
    static int column(String r) {
        int at = r.startsWith("$") ? 1 : 0;
        long column = 0;
        int letters = at;
        while (at < r.length() && at - letters < 12 && Character.isLetter(r.charAt(at)) && r.charAt(at) < 128) {
            column = column * 26 + (Character.toUpperCase(r.charAt(at)) - 'A' + 1);
            at++;
        }
        if (at == letters) {
            return -1;
        }
        at += at < r.length() && r.charAt(at) == '$' ? 1 : 0;
        return column - 1 <= LAST_COLUMN && isRowNumber(r.substring(at)) ? (int) column - 1 : -1;
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
        return isIndex(r) && r.length() <= 7 && Integer.parseInt(r) >= 1 && Integer.parseInt(r) <= LAST_ROW;
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

    /** A stored value as a number, or null where it is none. */
    private static BigDecimal number(String raw) {
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
