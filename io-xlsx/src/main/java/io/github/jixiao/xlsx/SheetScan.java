// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quick look at a sheet's XML, byte by byte, before fastexcel-reader reads it: whether every row and cell of its
 * {@code <sheetData>} is where a spreadsheet program would put it. fastexcel-reader believes a cell's reference:
 * a column of six letters makes it fill a list with hundreds of millions of empty cells, in every row after it too,
 * before anything can be caught; and it places a row without a number one row too high. A sheet that is not plain
 * goes through {@link SheetRepair}, which says at each cell what it changed. Other damage (a style, type or
 * shared-string index that is no number) makes fastexcel-reader fail where it finds it, and the read is repeated
 * with every sheet repaired ({@link XlsxGrids}); a sheet as Excel writes it is read once.
 *
 * <p>Within {@code <sheetData>} the scan checks every element named {@code row} or {@code c}, whatever its prefix or
 * depth, as fastexcel-reader finds them: a row's {@code r} is a number from 1 to 1,048,576; a cell's {@code r}, where
 * it has one, a reference within A1:XFD1048576 in capitals. It is sound rather than complete: what it does not
 * decode (an encoding other than UTF-8, ASCII or Latin-1, a character reference in a reference, a DTD or CDATA
 * section) makes the sheet not plain; only tags are read, since no attribute value may hold a {@code <}.
 */
final class SheetScan {

    /** Excel's last column, XFD, as a zero-based index. */
    static final int LAST_COLUMN = 16_383;
    /** Excel's last row number. */
    static final int LAST_ROW = 1_048_576;

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> PLAIN_ENCODINGS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1");

    private final byte[] xml;
    private final int length;
    private int at;

    private SheetScan(byte[] xml, int length) {
        this.xml = xml;
        this.length = length;
    }

    /**
     * Whether a sheet is plain.
     *
     * @param xml the sheet part's bytes
     * @param length how many of them are the part
     */
    static boolean isPlain(byte[] xml, int length) {
        return new SheetScan(xml, length).scan();
    }

    private boolean scan() {
        if (!asciiCompatible()) {
            return false;
        }
        byte[] b = xml;
        boolean inSheetData = false;
        while (true) {
            int i = at;
            while (i < length && b[i] != '<') {
                i++;
            }
            if (i + 1 >= length) {
                return i >= length;
            }
            at = i + 1;
            byte next = b[at];
            if (next == '?') {
                if (!skipPast("?>")) {
                    return false;
                }
            } else if (next == '!') {
                if (!startsWith("!--", at) || !skipPast("-->")) {
                    return false;
                }
            } else if (next == '/') {
                at++;
                int name = localName();
                if (inSheetData && is(name, at, "sheetData")) {
                    return true;
                }
            } else {
                int name = localName();
                int nameLength = at - name;
                if (!inSheetData) {
                    inSheetData = is(name, at, "sheetData");
                } else if (nameLength == 1 && b[name] == 'c') {
                    int r = reference();
                    if (r == -2 || (r >= 0 && !isCellReference(r, at))) {
                        return false;
                    }
                } else if (nameLength == 3 && is(name, at, "row")) {
                    int r = reference();
                    if (r < 0 || !isRowNumber(r, at)) {
                        return false;
                    }
                }
            }
        }
    }

    /** No byte-order mark or NUL of UTF-16 or UTF-32, and no declared encoding but UTF-8, ASCII or Latin-1. */
    private boolean asciiCompatible() {
        if (length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
            at = 3;
        }
        if (length - at < 2 || xml[at] != '<' || xml[at + 1] == 0) {
            return false;
        }
        if (!startsWith("<?xml", at)) {
            return true;
        }
        int end = at;
        while (end < length && xml[end] != '>') {
            end++;
        }
        if (end == length) {
            return false;
        }
        Matcher declared = ENCODING.matcher(new String(xml, at, end - at, StandardCharsets.ISO_8859_1));
        return !declared.find() || PLAIN_ENCODINGS.contains(declared.group(1).toUpperCase(Locale.ROOT));
    }

    /**
     * Reads a start tag's attributes up to its {@code r}: returns where its value starts and leaves {@link #at} where
     * it ends; -1 where the tag has none, -2 where the tag is not well formed or the value holds a reference.
     */
    private int reference() {
        byte[] b = xml;
        while (true) {
            skipSpace();
            if (at >= length) {
                return -2;
            }
            if (b[at] == '>' || b[at] == '/') {
                return -1;
            }
            int name = at;
            while (at < length && b[at] != '=' && !isSpace(b[at]) && b[at] != '>' && b[at] != '/') {
                at++;
            }
            boolean isR = at - name == 1 && b[name] == 'r';
            skipSpace();
            if (at >= length || b[at] != '=') {
                return -2;
            }
            at++;
            skipSpace();
            if (at >= length || (b[at] != '"' && b[at] != '\'')) {
                return -2;
            }
            byte quote = b[at++];
            int value = at;
            while (at < length && b[at] != quote) {
                if (b[at] == '<' || (isR && b[at] == '&')) {
                    return -2;
                }
                at++;
            }
            if (at >= length) {
                return -2;
            }
            if (isR) {
                return value;
            }
            at++;
        }
    }

    /** A row number from 1 to 1,048,576 in digits. */
    private boolean isRowNumber(int from, int to) {
        if (to == from || to - from > 7) {
            return false;
        }
        int row = 0;
        for (int i = from; i < to; i++) {
            if (xml[i] < '0' || xml[i] > '9') {
                return false;
            }
            row = row * 10 + xml[i] - '0';
        }
        return row >= 1 && row <= LAST_ROW;
    }

    /** A reference within A1:XFD1048576: one to three capitals, then a row number. */
    private boolean isCellReference(int from, int to) {
        int column = 0;
        int i = from;
        while (i < to && i - from < 3 && xml[i] >= 'A' && xml[i] <= 'Z') {
            column = column * 26 + xml[i] - 'A' + 1;
            i++;
        }
        return i > from && column - 1 <= LAST_COLUMN && isRowNumber(i, to);
    }

    /** Moves past an element's name, to where its local name (after any prefix) starts. */
    private int localName() {
        int local = at;
        while (at < length && xml[at] != '>' && xml[at] != '/' && !isSpace(xml[at])) {
            if (xml[at] == ':') {
                local = at + 1;
            }
            at++;
        }
        return local;
    }

    private boolean is(int from, int to, String text) {
        return to - from == text.length() && startsWith(text, from);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private void skipSpace() {
        while (at < length && isSpace(xml[at])) {
            at++;
        }
    }

    private boolean skipPast(String end) {
        for (int i = at; i + end.length() <= length; i++) {
            if (startsWith(end, i)) {
                at = i + end.length();
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(String text, int from) {
        if (from + text.length() > length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (xml[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
