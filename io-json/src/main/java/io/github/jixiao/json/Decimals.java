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
    GENERAL(20, 12);

    private final int integerDigits;
    private final int fractionDigits;

    Decimals(int integerDigits, int fractionDigits) {
        this.integerDigits = integerDigits;
        this.fractionDigits = fractionDigits;
    }

    /** What this kind of decimal must look like, for error messages. */
    String expected() {
        return "a decimal string in plain notation such as \"303.50\" (optional '-', at most " + integerDigits
                + " integer digits, at most " + fractionDigits + " decimal places, no exponent, no '+', no leading"
                + " zeros)";
    }

    /** The value of {@code text}, or null if it is not a canonical decimal within the limits. */
    BigDecimal parse(String text) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int dot = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int integers = (dot < 0 ? n : dot) - start;
        int fractions = dot < 0 ? 0 : n - dot - 1;
        if (integers < 1 || integers > integerDigits || (dot >= 0 && fractions < 1) || fractions > fractionDigits) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return value.toPlainString().equals(text) ? value : null;
    }

    /**
     * The text of {@code value}.
     *
     * @throws IllegalArgumentException if the value has a negative scale or breaks the limits, so that what is
     *     written can always be read back as an equal value
     */
    String format(BigDecimal value, String what) {
        String text = value.toPlainString();
        if (value.scale() < 0 || parse(text) == null) {
            throw new IllegalArgumentException(what + " " + value + " cannot be written as JSON: expected "
                    + expected() + " and a scale ≥ 0");
        }
        return text;
    }
}
