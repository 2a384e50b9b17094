// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level-3 indicator (三级指标): one row of the indicator table, with its target (年度指标值), actual
 * (实际完成值), weight (分值), the score the unit gave itself (得分) and its deviation note
 * (偏差原因分析及改进措施), each as printed.
 *
 * <p>A real row may leave any of them blank: the name (empty), the target or actual ({@link Blank}), the
 * weight or the score (empty). Nothing printed is dropped: a column the model has no field for, or a 分值 or 得分
 * that is not a number, is kept in {@link #otherValues()} under its header. The weight, when printed, must not
 * be negative. The reported score is kept as printed, even when it is wrong; the audit compares it with the
 * rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator implements Cited {

    Indicator() {
    }

    /** The indicator's name as written (三级指标); a leading ★ marks a core indicator; empty when blank. @return never null */
    public abstract String name();

    /** The annual target (年度指标值). @return never null */
    @Value.Default
    public Target target() {
        return Blank.EMPTY;
    }

    /** The actual result (实际完成值). @return never null */
    @Value.Default
    public Actual actual() {
        return Blank.EMPTY;
    }

    /** The weight (分值), at least zero, with the scale as printed; empty when the form prints none. @return never null */
    public abstract Optional<BigDecimal> weight();

    /** The score the unit gave itself (得分), as printed; empty when the cell is blank. @return never null */
    public abstract Optional<BigDecimal> reportedScore();

    /** The deviation analysis and improvement measures (偏差原因分析及改进措施); empty when blank. @return never null */
    @Value.Default
    public String deviationNote() {
        return "";
    }

    /**
     * Other cells of the row, by their column's header as printed, such as 复核分 or 备注, and a 分值 or 得分
     * that is not a number (under 分值 or 得分). In form order.
     *
     * @return never null
     */
    public abstract Map<String, String> otherValues();

    /** Where the name, target, actual, weight, score and note were printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** Whether the name marks a core indicator (核心指标, ★). @return true if the name contains ★ */
    public boolean isCore() {
        return name().indexOf('★') >= 0;
    }

    @Value.Check
    void check() {
        Optional<BigDecimal> weight = weight();
        if (weight.isPresent() && weight.get().signum() < 0) {
            throw new IllegalArgumentException(
                    "分值 of " + name() + " is " + weight.get().toPlainString() + "; it must be ≥ 0");
        }
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Indicator}; only the name is required (target and actual default to blank). */
    public static class Builder extends ImmutableIndicator.Builder {
        Builder() {
        }
    }
}
