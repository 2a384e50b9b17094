// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit in which a form prints its amounts (金额单位): 元 or 万元, as in the header 项目资金（万元）.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AmountUnit {
    /** 元, one yuan. */
    YUAN("元", BigDecimal.ONE),
    /** 万元, ten thousand yuan. */
    TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String symbol;
    private final BigDecimal yuanPerUnit;

    AmountUnit(String symbol, BigDecimal yuanPerUnit) {
        this.symbol = symbol;
        this.yuanPerUnit = yuanPerUnit;
    }

    /** The unit as printed on forms: {@code 元} or {@code 万元}. @return never null */
    public String symbol() {
        return symbol;
    }

    /** How many yuan one of this unit is: 1 or 10,000. @return never null */
    public BigDecimal yuanPerUnit() {
        return yuanPerUnit;
    }

    /**
     * Finds the unit named in a header such as {@code 项目资金（万元）} or {@code (元)}.
     *
     * @param text the header or unit text, not null
     * @return the unit, or empty when the text names neither 万元 nor 元
     */
    public static Optional<AmountUnit> find(String text) {
        Objects.requireNonNull(text, "text");
        if (text.contains("万元")) {
            return Optional.of(TEN_THOUSAND_YUAN);
        }
        return text.contains("元") ? Optional.of(YUAN) : Optional.empty();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
