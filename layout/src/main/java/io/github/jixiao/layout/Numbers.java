// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.vocabulary.WhiteSpace;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers from cells: a numeric cell's exact decimal, or a number written as text ({@code 215,457.6},
 * full-width {@code １０}, {@code 10分} under a points column), parsed exactly; never a {@code double}.
 */
final class Numbers {

    /** Longest number read from text, in characters: longer text is not a number a form prints. */
    private static final int MAX_LENGTH = 40;

    private Numbers() {
    }

    /** The number a cell shows, if it shows one. */
    static Optional<BigDecimal> of(GridCell cell) {
        return cell.isNumber() ? cell.number() : parse(cell.text());
    }

    /**
     * A number written as text: optional sign, digits with optional thousands separators, optional decimals,
     * and an optional trailing 分 or 元; white space and full-width forms allowed. Empty when it is not one.
     */
    static Optional<BigDecimal> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '，' || c == ',' || WhiteSpace.is(c)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        int end = sb.length();
        if (end > 0 && (sb.charAt(end - 1) == '分' || sb.charAt(end - 1) == '元')) {
            end--;
        }
        String s = sb.substring(0, end);
        return isPlainNumber(s) ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }

    /**
     * The number of percent a cell shows ({@code 15%}, {@code 97.24％}, or 0.15 under a percentage format, shown as
     * {@code 15%}): 15; empty when its text does not end with a percent sign or is no number before it.
     */
    static Optional<BigDecimal> percentShown(GridCell cell) {
        String text = cell.text().strip();
        return isPercent(text) ? parse(text.substring(0, text.length() - 1)) : Optional.empty();
    }

    /** Whether a text ends with a percent sign, ASCII or full-width. */
    static boolean isPercent(String text) {
        return text.endsWith("%") || text.endsWith("％");
    }

    /** {@code [+-]?(digits[.digits?] | .digits)}. */
    private static boolean isPlainNumber(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
