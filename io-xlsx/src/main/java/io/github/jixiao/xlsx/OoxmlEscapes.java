// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

/**
 * Excel's reversible escape of text that XML 1.0 cannot hold (ECMA-376 {@code ST_Xstring}): a character outside
 * XML's character range — a C0 control other than TAB, LF and CR, U+FFFE, U+FFFF, or a surrogate that is not half
 * of a pair — is written as {@code _xHHHH_} (its UTF-16 code unit in four hex digits), and an underscore that would
 * start such an escape is itself written {@code _x005F_}, so that text which looks like an escape survives.
 *
 * <p>{@link #decode} is exactly how Excel and POI read shown text ({@code XSSFRichTextString.utfDecode}): every
 * {@code _x} followed by four hex digits (either case) and {@code _} is the character of that code unit, scanning
 * from the left without overlap. {@link #encode} writes what {@code decode} reads back unchanged, for any string:
 * {@code decode(encode(s)).equals(s)}.
 */
final class OoxmlEscapes {

    /** The length of an escape: {@code _xHHHH_}. */
    private static final int ESCAPE_LENGTH = 7;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private OoxmlEscapes() {
    }

    /**
     * The text as a workbook can hold it: every character XML 1.0 cannot hold, and every underscore that would
     * read as the start of an escape, written as {@code _xHHHH_}. Text that needs neither is returned as it is.
     */
    static String encode(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 2 * ESCAPE_LENGTH).append(text, 0, i);
        for (; i < text.length(); i++) {
            if (needsEscape(text, i)) {
                char c = text.charAt(i);
                out.append("_x").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]).append('_');
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Shown text as Excel and POI read it: each {@code _xHHHH_} becomes the character of code unit {@code HHHH}.
     * Null stays null.
     */
    static String decode(String text) {
        if (text == null) {
            return null;
        }
        int at = nextEscape(text, 0);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = nextEscape(text, from)) {
            out.append(text, from, at).append((char) Integer.parseInt(text, at + 2, at + 6, 16));
            from = at + ESCAPE_LENGTH;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Where the first escape at or after {@code from} starts, or -1. */
    private static int nextEscape(String text, int from) {
        for (int at = text.indexOf("_x", from); at >= 0; at = text.indexOf("_x", at + 1)) {
            if (isEscape(text, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether {@code _xHHHH_} starts at {@code at}. */
    private static boolean isEscape(String text, int at) {
        return looksLikeEscapeBefore(text, at) && text.charAt(at + 6) == '_';
    }

    /** Whether {@code _xHHHH} starts at {@code at} and one more character follows it. */
    private static boolean looksLikeEscapeBefore(String text, int at) {
        if (at + ESCAPE_LENGTH > text.length() || text.charAt(at) != '_' || text.charAt(at + 1) != 'x') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character at {@code i} is written as an escape: it is not an XML character, or it is an
     * underscore that, written as it is, would start an escape — followed by {@code xHHHH} and then by an
     * underscore or by a character that is itself escaped (whose escape starts with one).
     */
    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c == '_') {
            return looksLikeEscapeBefore(text, i) && (text.charAt(i + 6) == '_' || !isXmlChar(text, i + 6));
        }
        return !isXmlChar(text, i);
    }

    /**
     * Whether the character at {@code i} may stand in XML 1.0 text: TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD,
     * or half of a surrogate pair.
     */
    private static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < Character.MIN_SURROGATE) {
            return true;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
