package io.github.jixiao.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A level-1 indicator (一级指标), such as 产出指标, with its level-2 indicators in form order.
 *
 * <p>The label is kept as written; {@link #kind()} classifies it in the 2020 or 2021+ taxonomy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Category {

    Category() {
    }

    /** The label as written, for example {@code 产出指标}. @return never null */
    public abstract String label();

    /** The level-2 indicators, in form order. @return never null, unmodifiable */
    public abstract List<Subcategory> subcategories();

    /** The kind classified from the label. @return never null */
    @Value.Derived
    public CategoryKind kind() {
        return CategoryKind.classify(label());
    }

    /**
     * A level-1 indicator with the given label and level-2 indicators.
     *
     * @param label the label as written, not null
     * @param subcategories the level-2 indicators in form order, not null
     * @return never null
     */
    public static Category of(String label, List<Subcategory> subcategories) {
        return builder().label(label).subcategories(subcategories).build();
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Category}; the label is required. */
    public static class Builder extends ImmutableCategory.Builder {
        Builder() {
        }
    }
}
