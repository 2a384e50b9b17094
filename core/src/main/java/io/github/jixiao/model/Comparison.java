// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

/**
 * How a target compares the actual with its value (指标性质): {@code ≥ > ≤ < =}.
 *
 * <p>Positive (正向) comparators are met by larger actuals, reverse (反向) ones by smaller actuals.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Comparison {
    /** ≥, 不少于, 不低于, 以上. */
    AT_LEAST("≥"),
    /** &gt;, 大于, 超过. */
    MORE_THAN(">"),
    /** ≤, 不超过, 不高于, 以内, 内. */
    AT_MOST("≤"),
    /** &lt;, 小于, 低于. */
    LESS_THAN("<"),
    /** =, 等于. */
    EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical symbol, one of {@code ≥ > ≤ < =}. @return never null */
    public String symbol() {
        return symbol;
    }

    /** Whether larger actuals are better (≥, &gt;): 正向. @return true for AT_LEAST and MORE_THAN */
    public boolean isPositive() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /** Whether smaller actuals are better (≤, &lt;): 反向. @return true for AT_MOST and LESS_THAN */
    public boolean isReverse() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /**
     * Whether an actual that compares with the target value as {@code comparison} meets this comparator.
     *
     * @param comparison the sign of {@code actual.compareTo(target)}
     * @return true if the target is met
     */
    public boolean isMetBy(int comparison) {
        switch (this) {
            case AT_LEAST:
                return comparison >= 0;
            case MORE_THAN:
                return comparison > 0;
            case AT_MOST:
                return comparison <= 0;
            case LESS_THAN:
                return comparison < 0;
            default:
                return comparison == 0;
        }
    }

    @Override
    public String toString() {
        return symbol;
    }
}
