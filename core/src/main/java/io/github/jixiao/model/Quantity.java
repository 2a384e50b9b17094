// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with a unit as written on a form (数值): {@code 120.00} {@code 万条/月}, {@code 0.41} {@code 秒}.
 * The number keeps its scale ({@code 120.00} is not {@code 120}); {@link #normalized()} gives it in the
 * base unit, so that {@code 7.0702万条} compares exactly with {@code 4万条}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the number as written, never null
 * @param unit the unit as written, never null
 */
public record Quantity(BigDecimal value, Unit unit) {

    /**
     * Creates a quantity.
     *
     * @param value the number as written, not null
     * @param unit the unit, not null
     */
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Creates a quantity from a number and a unit symbol.
     *
     * @param value the number, not null
     * @param unit the unit as written, may be empty, not null
     * @return the quantity, never null
     */
    public static Quantity of(BigDecimal value, String unit) {
        return new Quantity(value, Unit.of(unit));
    }

    /**
     * Parses a quantity such as {@code 120.00(万条/月)}, {@code 7.0702万条}, {@code １，２００ 元} or {@code 90%}.
     * {@code parse(q.toString())} equals {@code q}.
     *
     * @param text the text, not null
     * @return the quantity, never null
     * @throws NotationParseException if the text is not a number with an optional unit
     */
    public static Quantity parse(CharSequence text) {
        return new NotationReader(Objects.requireNonNull(text, "text").toString()).quantity();
    }

    /** The value in the base unit: {@code value × unit.multiplier}, exact. @return never null */
    public BigDecimal normalized() {
        return value.multiply(unit.multiplier());
    }

    /**
     * Compares the normalized values of two quantities in compatible units.
     *
     * @param other the other quantity, not null
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     * @throws IllegalArgumentException if the units are not compatible
     */
    public int compareValue(Quantity other) {
        Objects.requireNonNull(other, "other");
        if (!unit.isCompatibleWith(other.unit)) {
            throw new IllegalArgumentException(
                    "Cannot compare " + this + " with " + other + ": units " + unit.base() + " and "
                            + other.unit.base() + " differ");
        }
        return normalized().compareTo(other.normalized());
    }

    /** The number as written followed by the unit, for example {@code 120.00万条/月}. */
    @Override
    public String toString() {
        return value.toPlainString() + unit.symbol();
    }
}
