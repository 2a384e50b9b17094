// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * An amount of money as printed on a form (金额): the number exactly as written, with its scale, in the
 * form's display unit (元 or 万元). {@code 303.50} 万元 stays {@code 303.50} 万元; {@link #money()} gives the
 * same amount as a JSR-354 {@link MonetaryAmount} in CNY (3,035,000 元).
 *
 * <p>Two amounts are equal when number (including its scale) and unit are equal; use
 * {@link #compareTo(Amount)} or {@link #yuan()} to compare values regardless of how they were written.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the number as written, never null
 * @param unit the display unit, never null
 */
public record Amount(BigDecimal number, AmountUnit unit) implements Comparable<Amount> {

    /** The ISO 4217 code of the only currency of these forms. */
    public static final String CURRENCY_CODE = "CNY";

    /**
     * Creates an amount.
     *
     * @param number the number as written, not null
     * @param unit the display unit, not null
     */
    public Amount {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Creates an amount from the number as written.
     *
     * @param number the number as written, for example {@code "303.50"}, not null
     * @param unit the display unit, not null
     * @return the amount, never null
     * @throws NumberFormatException if {@code number} is not a plain decimal number
     */
    public static Amount of(String number, AmountUnit unit) {
        Objects.requireNonNull(number, "number");
        return new Amount(new BigDecimal(number.strip()), unit);
    }

    /**
     * Creates an amount from a monetary amount in CNY, shown in the given unit.
     *
     * @param money the amount, in CNY, not null
     * @param unit the display unit, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if {@code money} is not in CNY
     */
    public static Amount of(MonetaryAmount money, AmountUnit unit) {
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(unit, "unit");
        if (!CURRENCY_CODE.equals(money.getCurrency().getCurrencyCode())) {
            throw new IllegalArgumentException(
                    "Amount " + money + " is in " + money.getCurrency() + "; forms are in CNY");
        }
        BigDecimal number = money.getNumber().numberValueExact(BigDecimal.class).divide(unit.yuanPerUnit());
        // Moneta strips trailing zeros (300 becomes 3E+2); a form never prints a negative scale
        return new Amount(number.scale() < 0 ? number.setScale(0) : number, unit);
    }

    /** The amount in yuan, exact: {@code number × yuanPerUnit}. @return never null */
    public BigDecimal yuan() {
        return number.multiply(unit.yuanPerUnit());
    }

    /**
     * The amount as a JSR-354 monetary amount in CNY. The JSR-354 implementation (Moneta) starts on the first
     * call, not when forms are read: reading and scoring never need it.
     *
     * @return never null
     */
    public MonetaryAmount money() {
        QuietMoneta.apply();
        return Monetary.getDefaultAmountFactory().setCurrency(CURRENCY_CODE).setNumber(yuan()).create();
    }

    /**
     * This amount divided by another, whatever their units: {@code 87.1万元 / 100万元} and
     * {@code 871000元 / 100万元} are both {@code 0.871}.
     *
     * @param divisor the amount to divide by, not zero, not null
     * @param scale the scale of the quotient
     * @param mode how to round the quotient to {@code scale}, not null
     * @return never null
     * @throws ArithmeticException if {@code divisor} is zero, or {@code mode} is UNNECESSARY and rounding is needed
     */
    public BigDecimal divide(Amount divisor, int scale, RoundingMode mode) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mode, "mode");
        if (unit == divisor.unit) {
            return number.divide(divisor.number, scale, mode);
        }
        return yuan().divide(divisor.yuan(), scale, mode);
    }

    /** Compares the values in yuan, whatever the unit and scale. */
    @Override
    public int compareTo(Amount other) {
        return unit == other.unit ? number.compareTo(other.number) : yuan().compareTo(other.yuan());
    }

    /** The number as written followed by the unit, for example {@code 303.50万元}. */
    @Override
    public String toString() {
        return number.toPlainString() + unit.symbol();
    }
}
