package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The funding block of a form (项目资金): the display unit (元 or 万元), the total line (年度资金总额), the
 * source lines below it, the weight of the execution rate (分值, usually 10) and the score printed for it.
 *
 * <p>Every amount is in the block's unit; the weight must not be negative.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Funding {

    Funding() {
    }

    /** The unit the block prints amounts in, from the header 项目资金（万元）. @return never null */
    public abstract AmountUnit unit();

    /** The total line, 年度资金总额. @return never null */
    public abstract FundingSource total();

    /** The source lines below the total (其中：当年财政拨款, 上年结转资金, 其他资金 …), in form order. @return never null */
    public abstract List<FundingSource> sources();

    /** The weight of the execution rate (分值): 10 on the 10号 template, 20 on some. @return never null */
    public abstract BigDecimal weight();

    /** The execution score printed on the total line (得分); empty when blank. @return never null */
    public abstract Optional<BigDecimal> reportedScore();

    @Value.Check
    void check() {
        if (weight().signum() < 0) {
            throw new IllegalArgumentException(
                    "分值 of 预算执行率 is " + weight().toPlainString() + "; it must be ≥ 0");
        }
        List<FundingSource> lines = new ArrayList<>();
        lines.add(total());
        lines.addAll(sources());
        for (FundingSource line : lines) {
            checkUnit(line, line.adjustedBudget(), "全年预算数");
            checkUnit(line, line.executed(), "全年执行数");
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

    /** Builds a {@link Funding}; unit, total and weight are required. */
    public static class Builder extends ImmutableFunding.Builder {
        Builder() {
        }
    }
}
