package io.github.jixiao.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A level-2 indicator (二级指标), such as 数量指标, with its level-3 indicators in form order.
 *
 * <p>The label is kept as written (it may be empty when the form leaves the cell blank); {@link #kind()}
 * classifies it. Indicator names are unique within one level-2 indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Subcategory {

    Subcategory() {
    }

    /** The label as written, possibly empty. @return never null */
    public abstract String label();

    /** The level-3 indicators, in form order. @return never null, unmodifiable */
    public abstract List<Indicator> indicators();

    /** The kind classified from the label. @return never null */
    @Value.Derived
    public SubcategoryKind kind() {
        return SubcategoryKind.classify(label());
    }

    @Value.Check
    void check() {
        Set<String> names = new HashSet<>();
        for (Indicator indicator : indicators()) {
            if (!names.add(indicator.name())) {
                throw new IllegalArgumentException(
                        "三级指标 " + indicator.name() + " appears twice under 二级指标 " + label()
                                + "; names must be unique within one 二级指标");
            }
        }
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
