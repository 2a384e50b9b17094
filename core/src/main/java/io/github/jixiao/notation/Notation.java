package io.github.jixiao.notation;

import io.github.jixiao.model.Actual;
import io.github.jixiao.model.DatePrecision;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unparsed;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads the notations of 年度指标值 and 实际完成值 cells.
 *
 * <p>Understood: comparators as symbols ({@code ≥ ≤ > < = >= <= ≧ ≦ ═ ＞ ＜}) and words (不少于, 不低于,
 * 不超过, 不高于, 大于, 小于, 以上, 以下, 以内, 内); numbers with thousands separators and full-width
 * digits; units in brackets or trailing ({@code ≥120.00(万条/月)}, {@code 7.0702万条}); percentages;
 * calendar dates and deadlines ({@code 2021年12月前}, {@code 2021年11月25日}); durations ({@code ≤11月},
 * {@code 一个月内}, {@code 半小时内响应}); achievement levels ({@code 达成指标},
 * {@code 部分达成指标并具有一定效果}); and 无, {@code /} for not applicable. White space, including line
 * breaks inside a value ({@code ≤\n306.432444\n万元}), is ignored. A month deadline without its year
 * ({@code 12月前}) is kept unparsed: the year is never guessed.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Notation {

    private Notation() {
    }

    /**
     * Whether a character is white space where forms are read: {@link Character#isWhitespace} or
     * {@link Character#isSpaceChar} (the ideographic space and the no-break space included). The notation skips
     * it, and labels are matched without it. Answered without a table lookup for ASCII and for the CJK and
     * full-width characters most cells are made of.
     *
     * @param c the character
     * @return true if it is white space
     */
    public static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        if (c > 0x3000 && c < 0xFF00) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Parses a target (年度指标值). Never throws on any text: text that starts like a notation but cannot be
     * read becomes {@link Unparsed} with the reason; other text becomes {@link Target.Qualitative}.
     *
     * @param text the target as written, not null
     * @return the target, keeping {@code text}, never null
     */
    public static Target parseTarget(String text) {
        Objects.requireNonNull(text, "text");
        return new NotationReader(text).target();
    }

    /**
     * Parses an actual (实际完成值). Never throws on any text.
     *
     * @param text the actual as written, not null
     * @return the actual, keeping {@code text}, never null
     */
    public static Actual parseActual(String text) {
        Objects.requireNonNull(text, "text");
        return new NotationReader(text).actual();
    }

    /**
     * Parses a number with an optional unit, such as {@code 303.50}, {@code 120.00(万条/月)} or {@code 90%}.
     *
     * @param text the text, not null
     * @return the quantity, never null
     * @throws NotationParseException if the text is not a number with an optional unit
     */
    public static Quantity parseQuantity(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new NotationReader(text.toString()).quantity();
    }

    /**
     * Formats a date as forms write it: {@code 2021年底}, {@code 2021年12月} or {@code 2021年12月3日}.
     *
     * @param date the date (for year and month precision, any day in the period), not null
     * @param precision what to print, not null
     * @return the text, never null
     */
    public static String formatDate(LocalDate date, DatePrecision precision) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        switch (precision) {
            case YEAR:
                return date.getYear() + "年底";
            case MONTH:
                return date.getYear() + "年" + date.getMonthValue() + "月";
            default:
                return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
    }
}
