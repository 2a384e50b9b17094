// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The funding block of a form (项目资金): the display unit (元 or 万元), the total line (年度资金总额), the
 * source lines below it, the weight of the execution rate (分值) and the score printed for it, and the points a
 * template prints in the block's title ({@code 预算执行情况(万元)(20分)}).
 *
 * <p>Every amount is in the block's unit; a printed weight must not be negative. A form may print no total
 * line (only source lines), no 分值 or no 得分: each is then empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Funding implements Cited {

    Funding() {
    }

    /** The unit the block prints amounts in, from its title 项目资金（万元） or its column headers. @return never null */
    public abstract AmountUnit unit();

    /** The total line, 年度资金总额; empty when the form prints none. @return never null */
    public abstract Optional<FundingSource> total();

    /** The source lines below the total (其中：当年财政拨款, 上年结转资金, 其他资金 …), in form order. @return never null */
    public abstract List<FundingSource> sources();

    /** The weight of the execution rate printed in the 分值 column (usually 10); empty when none is printed. @return never null */
    public abstract Optional<BigDecimal> weight();

    /** The points printed in the block's title, such as 20 for 预算执行情况(万元)(20分); empty when none. @return never null */
    public abstract Optional<BigDecimal> printedPoints();

    /** The execution score printed on the total line (得分); empty when blank. @return never null */
    public abstract Optional<BigDecimal> reportedScore();

    /**
     * Where the title ({@link Field#LABEL}), the 分值 ({@link Field#WEIGHT}) and the 得分 ({@link Field#SCORE})
     * were printed.
     *
     * @return never null
     */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** Every line: the total (when printed) and then the sources, in form order. @return never null */
    public List<FundingSource> lines() {
        List<FundingSource> lines = new ArrayList<>(sources().size() + 1);
        total().ifPresent(lines::add);
        lines.addAll(sources());
        return lines;
    }

    /** The weight printed: the 分值 cell, else the points in the title. @return never null */
    public Optional<BigDecimal> printedWeight() {
        return weight().or(this::printedPoints);
    }

    @Value.Check
    void check() {
        if (weight().isPresent() && weight().get().signum() < 0) {
            throw new IllegalArgumentException(
                    "分值 of 预算执行率 is " + weight().get().toPlainString() + "; it must be ≥ 0");
        }
        for (FundingSource line : lines()) {
            line.adjustedBudget().ifPresent(a -> checkUnit(line, a, "全年预算数"));
            line.executed().ifPresent(a -> checkUnit(line, a, "全年执行数"));
            line.initialBudget().ifPresent(a -> checkUnit(line, a, "年初预算数"));
        }
    }

    private void checkUnit(FundingSource line, Amount amount, String column) {
        if (amount.unit() != unit()) {
            throw new IllegalArgumentException(
                    column + " of " + line.label() + " is in " + amount.unit().symbol() + " but the block is in "
                            + unit().symbol());
        }
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Funding}; the unit is required. */
    public static class Builder extends ImmutableFunding.Builder {
        Builder() {
        }
    }
}
