package io.github.jixiao.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quick look at a sheet's XML, byte by byte, before fastexcel-reader reads it: whether every row and cell in its
 * {@code <sheetData>} is addressed and typed as a spreadsheet program writes it, so that fastexcel-reader can be
 * trusted with the sheet as it is. fastexcel-reader believes what it reads: a column reference of six letters makes
 * it fill a list with hundreds of millions of empty cells, and a reference, style or shared-string index that is no
 * number stops the whole workbook. A sheet that is not plain goes through {@link SheetRepair}, which says at each
 * cell what it changed.
 *
 * <p>The scan is sound rather than complete: what it cannot vouch for (an encoding other than UTF-8, ASCII or
 * Latin-1, a CDATA section, a DTD, a character reference in a reference) makes the sheet not plain, and only a
 * repaired sheet then costs an XML parse more. Within {@code <sheetData>} it checks every element named {@code row}
 * or {@code c} whatever its prefix or depth, as fastexcel-reader finds them:
 * <ul>
 * <li>{@code <row r>} is present and a row number from 1 to 1,048,576 (a row without one is placed by
 * fastexcel-reader one row too high);</li>
 * <li>{@code <c r>}, if present, is a reference within A1:XFD1048576 in capitals; {@code s} is at most nine digits;
 * {@code t} is one of the six types;</li>
 * <li>in a shared-string cell ({@code t="s"}), each {@code <v>} holds at most ten digits, and there is a shared-string
 * table to look them up in. Whether the index is within the table is left to the table itself: see
 * {@link PreparedPackage}.</li>
 * </ul>
 */
final class SheetScan {

    /** Excel's last column, XFD, as a zero-based index. */
    static final int LAST_COLUMN = 16_383;
    /** Excel's last row number. */
    static final int LAST_ROW = 1_048_576;

    /** Where an attribute's value holds a character or entity reference: the scan does not decode them. */
    private static final int ENTITY = -2;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> PLAIN_ENCODINGS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1");

    private final byte[] xml;
    private final int length;
    private final boolean sharedStrings;
    private int at;
    /** The last start tag's {@code r}, {@code s} and {@code t} values: from, to (exclusive). */
    private int r;
    private int rEnd;
    private int s;
    private int sEnd;
    private int t;
    private int tEnd;
    private boolean selfClosing;

    private SheetScan(byte[] xml, int length, boolean sharedStrings) {
        this.xml = xml;
        this.length = length;
        this.sharedStrings = sharedStrings;
    }

    /**
     * Whether a sheet is plain.
     *
     * @param xml the sheet part's bytes
     * @param length how many of them are the part
     * @param sharedStrings whether the workbook has a shared-string table
     */
    static boolean isPlain(byte[] xml, int length, boolean sharedStrings) {
        return new SheetScan(xml, length, sharedStrings).scan();
    }

    private boolean scan() {
        if (!asciiCompatible()) {
            return false;
        }
        boolean inSheetData = false;
        boolean inSharedStringCell = false;
        while (true) {
            int open = indexOf('<', at, length);
            if (open < 0) {
                return true;
            }
            at = open + 1;
            if (at >= length) {
                return false;
            }
            byte next = xml[at];
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
                int name = at;
                skipName();
                if (inSheetData && isLocalName(name, at, "sheetData")) {
                    return true;
                }
                inSharedStringCell &= !isLocalName(name, at, "c");
                if (!skipPast(">")) {
                    return false;
                }
            } else {
                int name = at;
                skipName();
                int nameEnd = at;
                if (!attributes()) {
                    return false;
                }
                if (!inSheetData) {
                    inSheetData = isLocalName(name, nameEnd, "sheetData");
                    if (inSheetData && selfClosing) {
                        return true;
                    }
                } else if (isLocalName(name, nameEnd, "row")) {
                    if (!isRowNumber(r, rEnd)) {
                        return false;
                    }
                } else if (isLocalName(name, nameEnd, "c")) {
                    if (!isPlainCell()) {
                        return false;
                    }
                    inSharedStringCell = !selfClosing && tEnd - t == 1 && xml[t] == 's';
                } else if (inSharedStringCell && !selfClosing && isLocalName(name, nameEnd, "v") && !isIndex()) {
                    return false;
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
        int end = indexOf('>', at, length);
        if (end < 0) {
            return false;
        }
        Matcher declared = ENCODING.matcher(new String(xml, at, end - at, StandardCharsets.ISO_8859_1));
        return !declared.find() || PLAIN_ENCODINGS.contains(declared.group(1).toUpperCase(Locale.ROOT));
    }

    /**
     * Reads a start tag's attributes up to its end, noting where the values of {@code r}, {@code s} and {@code t}
     * lie ({@code -1} where absent, {@link #ENTITY} where they hold a reference); false where the tag is not well
     * formed.
     */
    private boolean attributes() {
        r = rEnd = s = sEnd = t = tEnd = -1;
        selfClosing = false;
        while (true) {
            skipSpace();
            if (at >= length) {
                return false;
            }
            if (xml[at] == '>') {
                at++;
                return true;
            }
            if (xml[at] == '/') {
                selfClosing = true;
                at++;
                return at < length && xml[at++] == '>';
            }
            int name = at;
            skipName();
            int nameEnd = at;
            skipSpace();
            if (at >= length || xml[at] != '=' || nameEnd == name) {
                return false;
            }
            at++;
            skipSpace();
            if (at >= length || (xml[at] != '"' && xml[at] != '\'')) {
                return false;
            }
            byte quote = xml[at++];
            int value = at;
            int end = indexOf(quote, at, length);
            if (end < 0 || indexOf('<', value, end) >= 0) {
                return false;
            }
            at = end + 1;
            if (nameEnd - name == 1) {
                int from = indexOf('&', value, end) >= 0 ? ENTITY : value;
                switch (xml[name]) {
                    case 'r' -> {
                        r = from;
                        rEnd = end;
                    }
                    case 's' -> {
                        s = from;
                        sEnd = end;
                    }
                    case 't' -> {
                        t = from;
                        tEnd = end;
                    }
                    default -> {
                        // no other attribute matters to fastexcel-reader's cells
                    }
                }
            }
        }
    }

    private boolean isPlainCell() {
        if (r != -1 && !isCellReference(r, rEnd)) {
            return false;
        }
        if (s != -1 && (s == ENTITY || sEnd == s || sEnd - s > 9 || !digits(s, sEnd))) {
            return false;
        }
        if (t == -1) {
            return true;
        }
        if (t == ENTITY) {
            return false;
        }
        if (is(t, tEnd, "s")) {
            return sharedStrings || selfClosing;
        }
        return is(t, tEnd, "n") || is(t, tEnd, "str") || is(t, tEnd, "inlineStr") || is(t, tEnd, "b")
                || is(t, tEnd, "e");
    }

    private boolean is(int from, int to, String text) {
        return to - from == text.length() && startsWith(text, from);
    }

    /** After {@code <v>} of a shared-string cell: at most ten digits, then an end tag. */
    private boolean isIndex() {
        int end = indexOf('<', at, length);
        if (end < 0 || end - at > 10 || !digits(at, end)) {
            return false;
        }
        at = end;
        return end + 1 < length && xml[end + 1] == '/';
    }

    /** A row number from 1 to 1,048,576 in digits. */
    private boolean isRowNumber(int from, int to) {
        if (from < 0 || to == from || to - from > 7 || !digits(from, to)) {
            return false;
        }
        int row = 0;
        for (int i = from; i < to; i++) {
            row = row * 10 + xml[i] - '0';
        }
        return row >= 1 && row <= LAST_ROW;
    }

    /** A reference within A1:XFD1048576: one to three capitals, then a row number. */
    private boolean isCellReference(int from, int to) {
        if (from < 0) {
            return false;
        }
        int column = 0;
        int i = from;
        while (i < to && i - from < 3 && xml[i] >= 'A' && xml[i] <= 'Z') {
            column = column * 26 + xml[i] - 'A' + 1;
            i++;
        }
        return i > from && column - 1 <= LAST_COLUMN && isRowNumber(i, to);
    }

    private boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (xml[i] < '0' || xml[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean isLocalName(int from, int to, String local) {
        int colon = from;
        for (int i = from; i < to; i++) {
            if (xml[i] == ':') {
                colon = i + 1;
            }
        }
        return is(colon, to, local);
    }

    private void skipName() {
        while (at < length) {
            byte b = xml[at];
            if (b == '>' || b == '/' || b == '=' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                return;
            }
            at++;
        }
    }

    private void skipSpace() {
        while (at < length && (xml[at] == ' ' || xml[at] == '\t' || xml[at] == '\n' || xml[at] == '\r')) {
            at++;
        }
    }

    private boolean skipPast(String end) {
        int found = indexOf(end, at, length);
        if (found < 0) {
            return false;
        }
        at = found + end.length();
        return true;
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

    private int indexOf(int b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (xml[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(String text, int from, int to) {
        for (int i = from; i + text.length() <= to; i++) {
            if (xml[i] == text.charAt(0) && startsWith(text, i)) {
                return i;
            }
        }
        return -1;
    }
}
