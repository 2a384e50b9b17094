// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actual result (实际完成值) as written on a form, with what was parsed from it.
 *
 * <p>An actual is one of: {@link Measured} ({@code 90.00(万条/月)}, {@code 0.41秒}), {@link Bound} (an
 * actual that repeats a target expression, such as {@code >=85%}), {@link OnDate} ({@code 2021年12月3日}),
 * {@link Achievement} ({@code 达成指标}, {@code 部分达成指标并具有一定效果}), {@link Described}
 * ({@code 有效提升}), {@link NotApplicable} ({@code 无}), {@link Blank} (nothing written) or {@link Unparsed}. Every variant keeps
 * {@link #text()} exactly as written.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Actual permits Actual.Measured, Actual.Bound, Actual.OnDate, Actual.Achievement,
        Actual.Described, NotApplicable, Unparsed, Blank {

    /** The actual exactly as written on the form. @return never null */
    String text();

    /**
     * The parsed value in the library's canonical notation; {@code parse(canonicalText())} has the same
     * parsed value.
     *
     * @return never null
     */
    String canonicalText();

    /**
     * Parses an actual. Never throws on any text.
     *
     * @param text the actual as written, not null
     * @return the actual, never null
     */
    static Actual parse(String text) {
        return new NotationReader(text).actual();
    }

    /**
     * A measured quantity, such as {@code 90.00(万条/月)}, {@code 77730629人次} or {@code 9月}.
     *
     * @param text the actual as written
     * @param quantity the value
     */
    record Measured(String text, Quantity quantity) implements Actual {
        /**
         * Creates a measured actual.
         *
         * @param text the actual as written, not null
         * @param quantity the value, not null
         */
        public Measured {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public String canonicalText() {
            return quantity.toString();
        }
    }

    /**
     * An actual written as a bound, repeating a target expression ({@code >=85%}, {@code 一个月内}): it
     * claims the target was met without saying by how much.
     *
     * @param text the actual as written
     * @param comparator the comparator as written
     * @param quantity the bound
     */
    record Bound(String text, Comparison comparator, Quantity quantity) implements Actual {
        /**
         * Creates a bound actual.
         *
         * @param text the actual as written, not null
         * @param comparator the comparator, not null
         * @param quantity the bound, not null
         */
        public Bound {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public String canonicalText() {
            return comparator.symbol() + quantity;
        }
    }

    /**
     * A completion date, such as {@code 2021年12月3日} or {@code 2021年11月}. {@link #date()} is the last
     * day of the period written.
     *
     * @param text the actual as written
     * @param date the last day of the period written
     * @param precision whether the text names a year, a month or a day
     */
    record OnDate(String text, LocalDate date, DatePrecision precision) implements Actual {
        /**
         * Creates a date actual.
         *
         * @param text the actual as written, not null
         * @param date the last day of the period written, not null
         * @param precision the precision of the text, not null
         */
        public OnDate {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(precision, "precision");
        }

        @Override
        public String canonicalText() {
            return NotationReader.formatDate(date, precision);
        }
    }

    /**
     * An achievement level, such as {@code 达成指标} or {@code 部分达成指标并具有一定效果}.
     *
     * @param text the actual as written
     * @param level the level
     */
    record Achievement(String text, AchievementLevel level) implements Actual {
        /**
         * Creates an achievement actual.
         *
         * @param text the actual as written, not null
         * @param level the level, not null
         */
        public Achievement {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(level, "level");
        }

        @Override
        public String canonicalText() {
            return level.label() + "指标";
        }
    }

    /**
     * A description without a measurable value or a level, such as {@code 有效提升}.
     *
     * @param text the actual as written
     */
    record Described(String text) implements Actual {
        /**
         * Creates a described actual.
         *
         * @param text the actual as written, not null
         */
        public Described {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String canonicalText() {
            return text;
        }
    }
}
