package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level-3 indicator (三级指标): one row of the indicator table, with its target (年度指标值), actual
 * (实际完成值), weight (分值), the score the unit gave itself (得分) and its deviation note
 * (偏差原因分析及改进措施).
 *
 * <p>The weight must not be negative. The reported score is kept as printed, even when it is wrong; the
 * audit compares it with the rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

    Indicator() {
    }

    /** The indicator's name as written (三级指标); a leading ★ marks a core indicator. @return never null, never blank */
    public abstract String name();

    /** The annual target (年度指标值). @return never null */
    public abstract Target target();

    /** The actual result (实际完成值). @return never null */
    public abstract Actual actual();

    /** The weight (分值), at least zero, with the scale as printed. @return never null */
    public abstract BigDecimal weight();

    /** The score the unit gave itself (得分), as printed; empty when the cell is blank. @return never null */
    public abstract Optional<BigDecimal> reportedScore();

    /** The deviation analysis and improvement measures (偏差原因分析及改进措施); empty when blank. @return never null */
    @Value.Default
    public String deviationNote() {
        return "";
    }

    /** Whether the name marks a core indicator (核心指标, ★). @return true if the name contains ★ */
    public boolean isCore() {
        return name().indexOf('★') >= 0;
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("三级指标 name is blank; every indicator needs a name");
        }
        if (weight().signum() < 0) {
            throw new IllegalArgumentException(
                    "分值 of " + name() + " is " + weight().toPlainString() + "; it must be ≥ 0");
        }
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Indicator}; name, target, actual and weight are required. */
    public static class Builder extends ImmutableIndicator.Builder {
        Builder() {
        }
    }
}
