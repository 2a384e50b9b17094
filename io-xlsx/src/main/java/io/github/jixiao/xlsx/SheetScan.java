// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

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
 * it has one, a reference within A1:XFD1048576 in capitals; an {@code r} with a prefix ({@code x:r}), which the
 * parser may hand fastexcel-reader instead, is held to the same. It is sound rather than complete: what it does not
 * decode (an encoding other than UTF-8, ASCII or Latin-1, a character reference in a reference, a DTD or CDATA
 * section) makes the sheet not plain; only tags are read, since no attribute value may hold a {@code <}.
 */
final class SheetScan {

    /** Excel's last column, XFD, as a zero-based index. */
    static final int LAST_COLUMN = 16_383;
    /** Excel's last row number. */
    static final int LAST_ROW = 1_048_576;

    /** The encodings a scan of bytes as ASCII reads rightly, in capitals. */
    private static final Set<String> PLAIN_ENCODINGS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1");
    /** The pseudo-attribute of an XML declaration that names the encoding. */
    private static final String ENCODING = "encoding";

    private SheetScan() {
    }

    /**
     * Whether a sheet is plain.
     *
     * @param xml the sheet part's bytes
     * @param length how many of them are the part
     */
    static boolean isPlain(byte[] xml, int length) {
        int at = asciiCompatibleStart(xml, length);
        if (at < 0) {
            return false;
        }
        boolean inSheetData = false;
        while (true) {
            at = nextTag(xml, at, length);
            if (at + 1 >= length) {
                return at >= length;
            }
            at++;
            byte next = xml[at];
            if (next == '?') {
                at = past(xml, at, length, "?>");
                if (at < 0) {
                    return false;
                }
                continue;
            }
            if (next == '!') {
                at = startsWith(xml, at, length, "!--") ? past(xml, at, length, "-->") : -1;
                if (at < 0) {
                    return false;
                }
                continue;
            }
            boolean endTag = next == '/';
            if (endTag) {
                at++;
            }
            int local = at;
            while (at < length && xml[at] != '>' && xml[at] != '/' && !isSpace(xml[at])) {
                if (xml[at] == ':') {
                    local = at + 1;
                }
                at++;
            }
            int nameLength = at - local;
            if (endTag || !inSheetData) {
                boolean sheetData = nameLength == 9 && startsWith(xml, local, length, "sheetData");
                if (endTag && inSheetData && sheetData) {
                    return true;
                }
                inSheetData |= sheetData && !endTag;
            } else if (nameLength == 1 && xml[local] == 'c') {
                at = attributes(xml, at, length, false);
                if (at < 0) {
                    return false;
                }
            } else if (nameLength == 3 && startsWith(xml, local, length, "row")) {
                at = attributes(xml, at, length, true);
                if (at < 0) {
                    return false;
                }
            }
        }
    }

    /**
     * Where the first tag is, after a UTF-8 byte-order mark: -1 where the part starts otherwise than with a
     * {@code <} of an ASCII-compatible encoding (UTF-16 and UTF-32 show a NUL), or declares an encoding other than
     * UTF-8, ASCII or Latin-1.
     */
    private static int asciiCompatibleStart(byte[] xml, int length) {
        int at = length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF ? 3 : 0;
        if (length - at < 2 || xml[at] != '<' || xml[at + 1] == 0) {
            return -1;
        }
        if (!startsWith(xml, at, length, "<?xml")) {
            return at;
        }
        int end = at;
        while (end < length && xml[end] != '>') {
            end++;
        }
        if (end == length) {
            return -1;
        }
        String encoding = declaredEncoding(xml, at + 5, end);
        if (encoding == null) {
            return at;
        }
        return PLAIN_ENCODINGS.contains(encoding.toUpperCase(Locale.ROOT)) ? at : -1;
    }

    /**
     * The value of the first {@code encoding} pseudo-attribute between {@code from} and {@code to} (a declaration),
     * quoted with white space around its {@code =}; null where there is none.
     */
    private static String declaredEncoding(byte[] xml, int from, int to) {
        for (int i = from; i + ENCODING.length() <= to; i++) {
            if (!startsWith(xml, i, to, ENCODING)) {
                continue;
            }
            int at = skipDeclarationSpace(xml, i + ENCODING.length(), to);
            if (at == to || xml[at] != '=') {
                continue;
            }
            at = skipDeclarationSpace(xml, at + 1, to);
            if (at == to || !isQuote(xml[at])) {
                continue;
            }
            int value = at + 1;
            int end = value;
            while (end < to && !isQuote(xml[end])) {
                end++;
            }
            if (end < to) {
                return new String(xml, value, end - value, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static boolean isQuote(byte b) {
        return b == '"' || b == '\'';
    }

    /** White space in the declaration as the encoding was always looked for: XML's, a form feed, a vertical tab. */
    private static int skipDeclarationSpace(byte[] xml, int from, int to) {
        int at = from;
        while (at < to && (isSpace(xml[at]) || xml[at] == '\f' || xml[at] == 0x0B)) {
            at++;
        }
        return at;
    }

    /** Where the next {@code <} at or after {@code from} is, or {@code length}. */
    private static int nextTag(byte[] xml, int from, int length) {
        int at = from;
        while (at < length && xml[at] != '<') {
            at++;
        }
        return at;
    }

    /**
     * Reads a cell's or row's attributes, from just after its name: where the tag ends ({@code >} or {@code />}), or
     * -1 where it is not well formed, a row has no {@code r}, or an {@code r} is out of range or holds a reference.
     * Every attribute whose local name is {@code r} is checked, prefixed or not: the parser answers fastexcel-reader's
     * question for {@code r} with the first of them.
     */
    private static int attributes(byte[] xml, int from, int length, boolean row) {
        int at = from;
        boolean referenced = false;
        while (true) {
            at = skipSpace(xml, at, length);
            if (at >= length) {
                return -1;
            }
            if (xml[at] == '>' || xml[at] == '/') {
                return row && !referenced ? -1 : at;
            }
            int name = at;
            while (at < length && xml[at] != '=' && !isSpace(xml[at]) && xml[at] != '>' && xml[at] != '/') {
                at++;
            }
            boolean isR = at > name && xml[at - 1] == 'r' && (at - name == 1 || xml[at - 2] == ':');
            at = skipSpace(xml, at, length);
            if (at >= length || xml[at] != '=') {
                return -1;
            }
            at = skipSpace(xml, at + 1, length);
            if (at >= length || !isQuote(xml[at])) {
                return -1;
            }
            byte quote = xml[at++];
            int value = at;
            while (at < length && xml[at] != quote) {
                if (xml[at] == '<' || (isR && xml[at] == '&')) {
                    return -1;
                }
                at++;
            }
            if (at >= length || isR && !(row ? isRowNumber(xml, value, at) : isCellReference(xml, value, at))) {
                return -1;
            }
            referenced |= isR;
            at++;
        }
    }

    /** A row number from 1 to 1,048,576 in digits. */
    private static boolean isRowNumber(byte[] xml, int from, int to) {
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
    private static boolean isCellReference(byte[] xml, int from, int to) {
        int column = 0;
        int i = from;
        while (i < to && i - from < 3 && xml[i] >= 'A' && xml[i] <= 'Z') {
            column = column * 26 + xml[i] - 'A' + 1;
            i++;
        }
        return i > from && column - 1 <= LAST_COLUMN && isRowNumber(xml, i, to);
    }

    /** XML's white space; a byte above the space character (nearly every byte of a tag) is answered at once. */
    private static boolean isSpace(byte b) {
        return b <= ' ' && (b == ' ' || b == '\t' || b == '\n' || b == '\r');
    }

    private static int skipSpace(byte[] xml, int from, int length) {
        int at = from;
        while (at < length && isSpace(xml[at])) {
            at++;
        }
        return at;
    }

    /** Where the first {@code end} at or after {@code from} ends, or -1. */
    private static int past(byte[] xml, int from, int length, String end) {
        for (int i = from; i + end.length() <= length; i++) {
            if (startsWith(xml, i, length, end)) {
                return i + end.length();
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] xml, int from, int length, String text) {
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
