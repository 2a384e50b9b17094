// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of measure as written on a form (计量单位), such as {@code 万条/月}, {@code %}, {@code 人次} or
 * {@code 小时}, with its normal form: a multiplier and a base unit. {@code 万条/月} is 10<sup>4</sup> ×
 * {@code 条/月}, {@code 亿元} is 10<sup>8</sup> × {@code 元}, {@code %} and {@code 百分比} are 0.01 × the
 * empty (dimensionless) base, so that {@code 7.0702万条} compares exactly with {@code 4万条}.
 *
 * <p>Two units are equal when their symbols as written are equal; {@link #isCompatibleWith(Unit)} tells
 * whether quantities in two units can be compared.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unit {

    /** The empty unit of a bare number. */
    public static final Unit NONE = new Unit("", "", BigDecimal.ONE);

    /** Spellings of one base unit: 一个月 and 11月 are both months. */
    private static final Map<String, String> BASE_ALIASES = Map.of(
            "个月", "月", "个小时", "小时", "个工作日", "工作日", "日", "天", "个星期", "周", "星期", "周");

    private static final BigDecimal PERCENT = new BigDecimal("0.01");
    private static final BigDecimal PER_MILLE = new BigDecimal("0.001");

    private final String symbol;
    private final String base;
    private final BigDecimal multiplier;

    private Unit(String symbol, String base, BigDecimal multiplier) {
        this.symbol = symbol;
        this.base = base;
        this.multiplier = multiplier;
    }

    /**
     * Obtains the unit written as {@code symbol}.
     *
     * @param symbol the unit as written, without surrounding brackets; may be empty; not null
     * @return the unit, never null
     */
    public static Unit of(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        if (symbol.isEmpty()) {
            return NONE;
        }
        switch (symbol) {
            case "%":
            case "％":
            case "百分比":
            case "百分点":
                return new Unit(symbol, "", PERCENT);
            case "‰":
                return new Unit(symbol, "", PER_MILLE);
            default:
                break;
        }
        String rest = symbol;
        BigDecimal multiplier = BigDecimal.ONE;
        // at most two multiplier characters, as in 百万元: more is not a unit anyone writes
        for (int i = 0; i < 2 && rest.length() > 1 && prefixFactor(rest.charAt(0)) != null; i++) {
            multiplier = multiplier.multiply(prefixFactor(rest.charAt(0)));
            rest = rest.substring(1);
        }
        if (rest.length() == 1 && prefixFactor(rest.charAt(0)) != null) {
            // a bare 万 or 亿 multiplies a count: 7.0702万 is 70702
            multiplier = multiplier.multiply(prefixFactor(rest.charAt(0)));
            rest = "";
        }
        return new Unit(symbol, BASE_ALIASES.getOrDefault(rest, rest), multiplier);
    }


    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static BigDecimal prefixFactor(char c) {
        switch (c) {
            case '万':
                return TEN_THOUSAND;
            case '亿':
                return HUNDRED_MILLION;
            case '千':
                return THOUSAND;
            case '百':
                return HUNDRED;
            default:
                return null;
        }
    }

    /** The unit exactly as written, for example {@code 万条/月}; empty for a bare number. @return never null */
    public String symbol() {
        return symbol;
    }

    /** The base unit after removing multipliers, for example {@code 条/月}; empty for counts and percentages. @return never null */
    public String base() {
        return base;
    }

    /** The factor from this unit to its base: 10<sup>4</sup> for 万, 0.01 for %. @return never null */
    public BigDecimal multiplier() {
        return multiplier;
    }

    /** Whether this is the empty unit of a bare number. @return true for {@link #NONE} */
    public boolean isNone() {
        return symbol.isEmpty();
    }

    /**
     * Whether a quantity in this unit can be compared with one in {@code other}: the base units are equal.
     *
     * @param other the other unit, not null
     * @return true if the bases are equal
     */
    public boolean isCompatibleWith(Unit other) {
        return base.equals(other.base);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Unit && ((Unit) obj).symbol.equals(symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode();
    }

    /** The unit as written. */
    @Override
    public String toString() {
        return symbol;
    }
}
