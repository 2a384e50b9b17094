// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The project a form evaluates (项目): 项目名称, 主管部门, 实施单位, and where the template has them the
 * project code, 项目负责人, 联系电话 and 项目金额 (Shenzhen's multi-year project amount).
 *
 * <p>Text is kept as written. The name is empty when the form leaves it blank; every other field is empty when
 * not printed. Header fields the model has no place for (单位名称, 填报日期, 项目类别 …) are kept in
 * {@link #otherFields()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project implements Cited {

    Project() {
    }

    /** 项目名称; empty when blank. @return never null */
    @Value.Default
    public String name() {
        return "";
    }

    /** The project code where the form gives one. @return never null */
    public abstract Optional<String> code();

    /** 主管部门, the competent department (a name, or a code such as 0102013). @return never null */
    public abstract Optional<String> department();

    /** 实施单位, the implementing unit. @return never null */
    public abstract Optional<String> implementingUnit();

    /** 项目负责人. @return never null */
    public abstract Optional<String> lead();

    /** 联系电话. @return never null */
    public abstract Optional<String> phone();

    /** 项目金额, the project's total amount where printed (Shenzhen), not the annual budget. @return never null */
    public abstract Optional<Amount> amount();

    /**
     * Other header fields, by their label as printed (单位名称 → 保山市退役军人事务局, 填报日期 → 2023年4月6日), in
     * form order.
     *
     * @return never null
     */
    public abstract Map<String, String> otherFields();

    /** Where each field was printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Project}; every field is optional. */
    public static class Builder extends ImmutableProject.Builder {
        Builder() {
        }
    }
}
