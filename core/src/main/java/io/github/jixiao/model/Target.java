// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An annual target (年度指标值) as written on a form, with what was parsed from it.
 *
 * <p>A target is one of: {@link Quantitative} ({@code ≥120.00(万条/月)}, {@code ≤24小时}, a bare {@code 100%}),
 * {@link Range} ({@code 90%-95%}, {@code 3至5天}), {@link Deadline} ({@code 2021年12月前}), {@link Qualitative}
 * ({@code 有效提升}, {@code 及时}), {@link NotApplicable} ({@code 无}, {@code /}), {@link Blank} (nothing written)
 * or {@link Unparsed} (text that looks like a notation but is not understood; kept with the reason, never
 * guessed); the last three are shared with {@link Actual}. Every variant keeps {@link #text()} exactly as written.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Target
        permits Target.Quantitative, Target.Range, Target.Deadline, Target.Qualitative, NotApplicable, Unparsed, Blank {

    /** The target exactly as written on the form. @return never null */
    String text();

    /**
     * The parsed value written in the library's canonical notation, such as {@code ≥120.00万条/月}.
     * {@code parse(canonicalText())} has the same parsed value as this target.
     *
     * @return never null
     */
    String canonicalText();

    /**
     * Parses a target. Never throws on any text: what it does not understand becomes {@link Unparsed} or
     * {@link Qualitative}.
     *
     * @param text the target as written, not null
     * @return the target, never null
     */
    static Target parse(String text) {
        return new NotationReader(text).target();
    }

    /**
     * A quantitative target: a comparator and a quantity, such as {@code ≥120.00(万条/月)} or {@code ≤11月}.
     * The comparator is empty when the form states a bare value ({@code 100%}, {@code 15000}); the scoring
     * policy decides how to read it.
     *
     * @param text the target as written
     * @param comparator the comparator as written, empty for a bare value
     * @param quantity the value
     */
    record Quantitative(String text, Optional<Comparison> comparator, Quantity quantity) implements Target {
        /**
         * Creates a quantitative target.
         *
         * @param text the target as written, not null
         * @param comparator the comparator, empty for a bare value, not null
         * @param quantity the value, not null
         */
        public Quantitative {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public String canonicalText() {
            return comparator.map(Comparison::symbol).orElse("") + quantity;
        }
    }

    /**
     * A range (区间), such as {@code 90%-95%}, {@code 3至5天} or {@code 100~120万元}: met by an actual from
     * {@link #low()} to {@link #high()}, both included. A unit written on one bound only is both bounds' unit.
     *
     * @param text the target as written
     * @param low the lower bound, as written first
     * @param high the upper bound, not below the lower one
     */
    record Range(String text, Quantity low, Quantity high) implements Target {
        /**
         * Creates a range.
         *
         * @param text the target as written, not null
         * @param low the lower bound, not null
         * @param high the upper bound, not null, in a unit of the lower bound's kind and not below it
         * @throws IllegalArgumentException if the bounds' units are of different kinds or the upper bound is below
         *     the lower one
         */
        public Range {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            if (low.compareValue(high) > 0) {
                throw new IllegalArgumentException("the upper bound " + high + " is below the lower bound " + low);
            }
        }

        @Override
        public String canonicalText() {
            return low + "-" + high;
        }
    }

    /**
     * A calendar deadline, such as {@code 2021年12月前} or {@code 2021年7月前完成}: met by a completion on or
     * before {@link #due()}, the last day of the period written (a month deadline is due at the end of
     * that month).
     *
     * @param text the target as written
     * @param due the last day that meets the target
     * @param precision whether the text names a year, a month or a day
     */
    record Deadline(String text, LocalDate due, DatePrecision precision) implements Target {
        /**
         * Creates a deadline.
         *
         * @param text the target as written, not null
         * @param due the last day that meets the target, not null
         * @param precision the precision of the text, not null
         */
        public Deadline {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(precision, "precision");
        }

        @Override
        public String canonicalText() {
            return NotationReader.formatDate(due, precision) + "前";
        }
    }

    /**
     * A qualitative target, such as {@code 有效提升}, {@code 及时} or {@code 四委九局}, judged by the
     * achievement level of the actual.
     *
     * @param text the target as written
     */
    record Qualitative(String text) implements Target {
        /**
         * Creates a qualitative target.
         *
         * @param text the target as written, not null
         */
        public Qualitative {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String canonicalText() {
            return text;
        }
    }
}
