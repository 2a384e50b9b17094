// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level-1 indicator (一级指标), such as 产出指标, with its level-2 indicators in form order.
 *
 * <p>The label is kept as written, points and all ({@code 产出指标(50分)}, or only {@code (50分)} where the
 * template's name was lost); {@link #printedPoints()} reads the points, {@link #kind()} the kind.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Category implements Cited {

    Category() {
    }

    /** The label as written, for example {@code 产出指标} or {@code 产出指标(50分)}. @return never null */
    public abstract String label();

    /** The level-2 indicators, in form order. @return never null, unmodifiable */
    public abstract List<Subcategory> subcategories();

    /** Where the label was printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /**
     * The kind: classified from the label, or, when the label names none (only {@code (50分)}), from the kinds of
     * its level-2 indicators (数量指标 belongs to 产出指标).
     *
     * @return never null
     */
    @Value.Derived
    public CategoryKind kind() {
        CategoryKind kind = CategoryKind.classify(label());
        return kind == CategoryKind.OTHER ? CategoryKind.ofSubcategories(subcategories()) : kind;
    }

    /**
     * The points printed in the label: 50 for {@code 产出指标(50分)} or {@code (50分)}.
     *
     * @return never null
     */
    @Value.Derived
    public Optional<BigDecimal> printedPoints() {
        return Labels.points(label());
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
