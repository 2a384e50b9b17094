// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import java.math.BigDecimal;

/**
 * Decimals in JSON: strings in plain notation with the scale as written ({@code "303.50"}), never a JSON
 * number (which many readers turn into a binary float) and never an exponent. The text is canonical: it is
 * exactly {@link BigDecimal#toPlainString()} of the value, so reading and writing again gives the same bytes.
 */
enum Decimals {
    /** Money: at most 18 integer digits and 6 decimal places. */
    MONEY(18, 6),
    /** Weights, scores, rates and measured quantities: at most 20 integer digits and 12 decimal places. */
    GENERAL(20, 12),
    /**
     * The ratio 实际 / 目标 of a score card: at most 64 integer digits and 12 decimal places, since a tiny target in
     * a small unit makes a large ratio.
     */
    RATIO(64, 12);

    /** Decimals with at most this many digits fit an unscaled {@code long}. */
    private static final int MAX_LONG_DIGITS = 18;

    private final int integerDigits;
    private final int fractionDigits;
    private final String expected;

    Decimals(int integerDigits, int fractionDigits) {
        this.integerDigits = integerDigits;
        this.fractionDigits = fractionDigits;
        this.expected = "a decimal string in plain notation such as \"303.50\" (optional '-', at most " + integerDigits
                + " integer digits, at most " + fractionDigits + " decimal places, no exponent, no '+', no leading"
                + " zeros)";
    }

    /** What this kind of decimal must look like, for error messages. */
    String expected() {
        return expected;
    }

    /**
     * The value of the text {@code chars[offset, offset + length)}, or null if it is not a canonical decimal
     * within the limits. Reads the parser's buffer in place: no string is made for a decimal.
     */
    BigDecimal parse(char[] chars, int offset, int length) {
        int end = offset + length;
        int start = length > 0 && chars[offset] == '-' ? offset + 1 : offset;
        int dot = -1;
        long unscaled = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
            } else {
                return null;
            }
        }
        int integers = (dot < 0 ? end : dot) - start;
        int fractions = dot < 0 ? 0 : end - dot - 1;
        if (integers < 1 || integers > integerDigits || (dot >= 0 && fractions < 1) || fractions > fractionDigits
                || (integers > 1 && chars[start] == '0')) {
            return null;
        }
        BigDecimal value = integers + fractions <= MAX_LONG_DIGITS
                ? BigDecimal.valueOf(start > offset ? -unscaled : unscaled, fractions)
                : new BigDecimal(chars, offset, length);
        return start > offset && value.signum() == 0 ? null : value;
    }

    /**
     * The text of {@code value}.
     *
     * @throws IllegalArgumentException if the value has a negative scale or breaks the limits, so that what is
     *     written can always be read back as an equal value
     */
    String format(BigDecimal value, String what) {
        int scale = value.scale();
        if (scale < 0 || scale > fractionDigits || value.precision() - scale > integerDigits) {
            throw new IllegalArgumentException(what + " " + value + " cannot be written as JSON: expected "
                    + expected() + " and a scale ≥ 0");
        }
        return value.toPlainString();
    }
}
