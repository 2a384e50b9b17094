// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A numeric cell as Excel shows it: the exact decimal at the scale its number format fixes ({@code 303.5} with
 * format {@code 0.00} is {@code 303.50}), percentages with their sign ({@code 1} with {@code 0.00%} shows
 * {@code 100.00%}), dates as {@code 2021年11月25日}, and under the General format at most 15 significant digits,
 * Excel's own precision, so a stored {@code 0.30000000000000004} reads {@code 0.3}.
 *
 * <p>A format's thousands separators are reproduced in the text ({@code #,##0.00} shows {@code 1,234.50}), and so
 * is its quoted or escaped text before and after the digits ({@code "≥"0%} shows {@code ≥90%}, {@code 0"人"} shows
 * {@code 120人}); its currency signs are not. The number is exact.
 *
 * <p>A date-formatted serial beyond Excel's last day (9999-12-31, serial {@value #LAST_DATE_SERIAL}) or before its
 * first is shown as its number, with a {@link Note} saying so.
 *
 * @param text the text shown
 * @param number the number shown; for a percentage the fraction at the shown precision, null for a date
 * @param note what could not be shown as the format asks, or null
 */
record ShownNumber(String text, BigDecimal number, Note note) {

    /** Excel's serial of 9999-12-31, its last date. */
    static final long LAST_DATE_SERIAL = 2_958_465;

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    /** Beyond a double's exponent no cell holds a number; such a value is kept as its text. */
    private static final int MAX_EXPONENT = 400;
    private static final Pattern GROUPED = Pattern.compile("[#0?],[#0?]");
    /** A bracketed part of a format section: a colour, a condition or a locale, such as {@code [Red]}. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /**
     * The number as shown under a number format.
     *
     * @param raw the stored value, exact
     * @param format the format code, such as {@code 0.00}, {@code General} or {@code yyyy"年"m"月"d"日"}; may be null
     * @param date1904 whether the workbook counts dates from 1904
     */
    static ShownNumber of(BigDecimal raw, String format, boolean date1904) {
        if (Math.abs(raw.scale()) > MAX_EXPONENT) {
            return new ShownNumber(raw.toString(), null, null);
        }
        Format shown = Format.of(format);
        if (shown.date() && raw.signum() > 0) {
            long serial = raw.longValue() + (date1904 ? 1462 : 0);
            if (raw.compareTo(BigDecimal.valueOf(LAST_DATE_SERIAL + 1)) >= 0) {
                BigDecimal general = general(raw);
                return new ShownNumber(general.toPlainString(), general, new Note(
                        "日期格式的数值 " + general.toPlainString() + " 超出 Excel 的日期范围，按数值读取",
                        "the date-formatted number " + general.toPlainString() + " is beyond Excel's last date "
                                + "(9999-12-31); it is read as its number"));
            }
            LocalDate date = EXCEL_EPOCH.plusDays(serial);
            return new ShownNumber(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
                    null, null);
        }
        if (shown.decimals() < 0) {
            BigDecimal general = general(shown.percent() ? raw.movePointRight(2) : raw);
            return shown.percent() ? new ShownNumber(general.toPlainString() + "%", general.movePointLeft(2), null)
                    : new ShownNumber(general.toPlainString(), general, null);
        }
        if (shown.percent()) {
            BigDecimal number = raw.movePointRight(2).setScale(shown.decimals(), RoundingMode.HALF_UP);
            String suffix = shown.suffix().indexOf('%') < 0 ? "%" + shown.suffix() : shown.suffix();
            return new ShownNumber(shown.prefix() + number.toPlainString() + suffix, number.movePointLeft(2), null);
        }
        BigDecimal number = raw.setScale(shown.decimals(), RoundingMode.HALF_UP);
        String digits = shown.grouped() ? grouped(number) : number.toPlainString();
        return new ShownNumber(shown.prefix().isEmpty() && shown.suffix().isEmpty() ? digits
                : shown.prefix() + digits + shown.suffix(), number, null);
    }

    /** What could not be shown as the format asks. @return the note, if any */
    Optional<Note> noteIfAny() {
        return Optional.ofNullable(note);
    }

    /** A note about a number that could not be shown as its format asks, in Chinese and English. */
    record Note(String zh, String en) {
    }

    /**
     * What a number format's first section says: a date, or the fixed decimals (-1 for General), a percentage,
     * thousands separators. Read once per format code: a workbook has few, its cells many.
     */
    private record Format(boolean date, int decimals, boolean percent, boolean grouped, String prefix, String suffix) {

        /**
         * Short format codes seen so far, shared by every reader: at most {@value #MAX_SEEN} codes of at most
         * {@value #MAX_CODE_LENGTH} characters, so a hostile workbook cannot make it hold much.
         */
        private static final Map<String, Format> SEEN = new ConcurrentHashMap<>();
        private static final int MAX_SEEN = 256;
        private static final int MAX_CODE_LENGTH = 64;

        static Format of(String code) {
            String key = code == null ? "General" : code;
            Format format = SEEN.get(key);
            if (format == null) {
                format = parse(key);
                if (key.length() <= MAX_CODE_LENGTH && SEEN.size() < MAX_SEEN) {
                    SEEN.put(key, format);
                }
            }
            return format;
        }

        private static Format parse(String code) {
            String section = code.equals("General") ? "" : firstSection(code);
            String[] literals = literals(code.equals("General") ? "" : code);
            return new Format(isDate(section), fixedDecimals(section), section.indexOf('%') >= 0,
                    GROUPED.matcher(section).find(), literals[0], literals[1]);
        }

        /**
         * The literal text a format's first section shows before its first digit placeholder and after its last
         * (quoted, as in {@code "≥"0%} or {@code 0"人"}, or escaped with a backslash), the {@code %} kept in place
         * after the digits; literals between digits are left out.
         */
        private static String[] literals(String code) {
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            boolean digits = false;
            boolean quoted = false;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                StringBuilder into = digits ? suffix : prefix;
                if (c == '"') {
                    quoted = !quoted;
                } else if (quoted) {
                    into.append(c);
                } else if (c == ';') {
                    break;
                } else if (c == '\\' && i + 1 < code.length()) {
                    into.append(code.charAt(++i));
                } else if (c == '_' || c == '*') {
                    i++;
                } else if (c == '[') {
                    int close = code.indexOf(']', i);
                    i = close < 0 ? code.length() : close;
                } else if (c == '0' || c == '#' || c == '?') {
                    digits = true;
                    suffix.setLength(0);
                } else if (c == '%' && digits) {
                    suffix.append(c);
                }
            }
            return new String[] {prefix.toString(), suffix.toString()};
        }
    }

    /** The number with a comma between every three digits of its integer part: 1234567.5 is 1,234,567.5. */
    private static String grouped(BigDecimal number) {
        String plain = number.abs().toPlainString();
        int dot = plain.indexOf('.');
        int integerDigits = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(number.signum() < 0 ? "-" : "");
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i < integerDigits && (integerDigits - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.toString();
    }

    /** A value under the General format: at most 15 significant digits, no trailing zeros (-0.0 shows 0). */
    private static BigDecimal general(BigDecimal raw) {
        BigDecimal stripped = raw.round(EXCEL_PRECISION).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String firstSection(String format) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                break;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (!quoted) {
                sb.append(c);
            }
        }
        return sb.indexOf("[") < 0 ? sb.toString() : BRACKETED.matcher(sb).replaceAll("");
    }

    /** The fixed decimals of a format section, or -1 for General (no digit placeholder). */
    private static int fixedDecimals(String section) {
        if (section.isEmpty() || section.equalsIgnoreCase("General") || section.equals("@")
                || section.chars().noneMatch(c -> c == '0' || c == '#' || c == '?')) {
            return -1;
        }
        int dot = section.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < section.length() && "0#?".indexOf(section.charAt(i)) >= 0; i++) {
            n++;
        }
        return n;
    }

    private static boolean isDate(String section) {
        String s = section.toLowerCase(Locale.ROOT);
        return s.indexOf('y') >= 0 || s.indexOf('d') >= 0 && s.indexOf('m') >= 0;
    }
}
