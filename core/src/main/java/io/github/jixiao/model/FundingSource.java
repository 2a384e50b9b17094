// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the funding block (资金来源): 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金 or a named
 * other source, with 年初预算数 (initial budget), 全年预算数 (the adjusted full-year budget) and 全年执行数
 * (executed), and the 执行率 printed on the line. Any amount may be blank on a real form, and is then empty.
 *
 * <p>The label is kept as written ({@code 其中：当年财政拨款}); {@link #kind()} classifies it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingSource implements Cited {

    FundingSource() {
    }

    /** The line's label as written. @return never null */
    public abstract String label();

    /** 年初预算数, the budget at the start of the year; empty when blank or the template has no such column. @return never null */
    public abstract Optional<Amount> initialBudget();

    /** 全年预算数, the adjusted full-year budget: the denominator of 执行率; empty when blank. @return never null */
    public abstract Optional<Amount> adjustedBudget();

    /** 全年执行数, the amount executed in the year; empty when blank. @return never null */
    public abstract Optional<Amount> executed();

    /**
     * The 执行率 printed on the line, as written: {@code 100.00%}, {@code 93.83} in a 执行率(%) column
     * (written here with unit %), or the fraction {@code 0.98}. Empty when the cell is blank or a dash.
     *
     * @return never null
     */
    public abstract Optional<Quantity> reportedRate();

    /** Where the label, the amounts and the rate were printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** The kind classified from the label. @return never null */
    @Value.Derived
    public FundingKind kind() {
        return FundingKind.classify(label());
    }

    /**
     * A funding line with its three amounts.
     *
     * @param label the label as written, not null
     * @param initialBudget 年初预算数, not null
     * @param adjustedBudget 全年预算数, not null
     * @param executed 全年执行数, not null
     * @return never null
     */
    public static FundingSource of(String label, Amount initialBudget, Amount adjustedBudget, Amount executed) {
        return builder().label(label).initialBudget(initialBudget).adjustedBudget(adjustedBudget)
                .executed(executed).build();
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FundingSource}; only the label is required. */
    public static class Builder extends ImmutableFundingSource.Builder {
        Builder() {
        }
    }
}
