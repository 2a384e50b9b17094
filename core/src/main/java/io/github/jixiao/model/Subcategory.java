// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A level-2 indicator (二级指标), such as 数量指标, with its level-3 indicators in form order.
 *
 * <p>The label is kept as written (it may be empty when the form leaves the cell blank); {@link #kind()}
 * classifies it. A level-2 indicator printed with no rows under it (生态效益指标 on a form that has none) is
 * kept with no indicators.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Subcategory implements Cited {

    Subcategory() {
    }

    /** The label as written, possibly empty. @return never null */
    public abstract String label();

    /** The level-3 indicators, in form order. @return never null, unmodifiable */
    public abstract List<Indicator> indicators();

    /** Where the label was printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** The kind classified from the label. @return never null */
    @Value.Derived
    public SubcategoryKind kind() {
        return SubcategoryKind.classify(label());
    }

    /**
     * A level-2 indicator with the given label and indicators.
     *
     * @param label the label as written, not null
     * @param indicators the indicators in form order, not null
     * @return never null
     */
    public static Subcategory of(String label, List<Indicator> indicators) {
        return builder().label(label).indicators(indicators).build();
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Subcategory}; the label is required. */
    public static class Builder extends ImmutableSubcategory.Builder {
        Builder() {
        }
    }
}
