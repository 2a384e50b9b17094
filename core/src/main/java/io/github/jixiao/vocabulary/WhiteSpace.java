// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.vocabulary;

/**
 * White space as forms are read (空白): {@link Character#isWhitespace} or {@link Character#isSpaceChar}, so the
 * ideographic space (U+3000) and the no-break space count. The notation skips it, labels are matched without it
 * ({@code 可持续影 响指 标} is 可持续影响指标), and a cell of only white space is blank. This is the one rule the
 * library uses for it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class WhiteSpace {

    /** The ideographic space (全角空格), the last space character of Unicode. */
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    /**
     * Past the medium mathematical space (U+205F), Unicode's only white space is the ideographic space: the
     * comparison signs, the CJK punctuation and ideographs and the full-width forms of most cells are none.
     */
    private static final char FIRST_AFTER_SPACES = '\u2060';

    private WhiteSpace() {
    }

    /**
     * Whether a character is white space. Answered without a table lookup for ASCII and for everything from
     * U+2060 on (comparison signs, CJK and full-width characters: most of what cells are made of).
     *
     * @param c the character
     * @return true if it is white space
     */
    public static boolean is(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        if (c >= FIRST_AFTER_SPACES) {
            return c == IDEOGRAPHIC_SPACE;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether a text is only white space (or empty).
     *
     * @param text the text, not null
     * @return true if no character of it is anything but white space
     */
    public static boolean isAll(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text without the white space at its ends (no-break and ideographic spaces included, which
     * {@link String#strip()} keeps).
     *
     * @param text the text, not null
     * @return the text stripped, never null
     */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && is(text.charAt(start))) {
            start++;
        }
        while (end > start && is(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * A text with all its white space removed, line breaks and ideographic spaces included.
     *
     * @param text the text, not null
     * @return the text without white space, never null
     */
    public static String removeFrom(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
