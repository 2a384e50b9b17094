// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The performance indicators of a form (绩效指标): level-1 {@link Category} → level-2 {@link Subcategory} →
 * level-3 {@link Indicator}, in the order printed, and the points a template prints for the whole table
 * ({@code 年度绩效目标(80分)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorTree implements Cited {

    IndicatorTree() {
    }

    /** The level-1 indicators, in form order. @return never null, unmodifiable */
    public abstract List<Category> categories();

    /**
     * The points printed for the whole indicator table in its section label, such as 80 for
     * {@code 年度绩效目标(80分)}; empty when none is printed.
     *
     * @return never null
     */
    public abstract Optional<BigDecimal> printedPoints();

    /** Where the section label with the points ({@link Field#POINTS}) was printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** Every level-3 indicator with its place in the tree, in form order. @return never null, unmodifiable */
    @Value.Lazy
    public List<Leaf> leaves() {
        List<Leaf> leaves = new ArrayList<>();
        for (Category category : categories()) {
            for (Subcategory subcategory : category.subcategories()) {
                for (Indicator indicator : subcategory.indicators()) {
                    leaves.add(new Leaf(category, subcategory, indicator));
                }
            }
        }
        return List.copyOf(leaves);
    }

    /** The sum of the level-3 weights printed (Σ分值); rows without a 分值 add nothing. @return never null */
    public BigDecimal totalWeight() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Leaf leaf : leaves()) {
            sum = leaf.indicator().weight().map(sum::add).orElse(sum);
        }
        return sum;
    }

    /**
     * A tree of the given level-1 indicators.
     *
     * @param categories the level-1 indicators in form order, not null
     * @return never null
     */
    public static IndicatorTree of(List<Category> categories) {
        return builder().categories(categories).build();
    }

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IndicatorTree}. */
    public static class Builder extends ImmutableIndicatorTree.Builder {
        Builder() {
        }
    }

    /**
     * A level-3 indicator with its level-1 and level-2 parents, and its path as printed.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Leaf {

        private final Category category;
        private final Subcategory subcategory;
        private final Indicator indicator;
        private final String parentPath;
        private final String path;

        /**
         * Creates a leaf.
         *
         * @param category the level-1 parent, not null
         * @param subcategory the level-2 parent, not null
         * @param indicator the indicator, not null
         */
        public Leaf(Category category, Subcategory subcategory, Indicator indicator) {
            this.category = Objects.requireNonNull(category, "category");
            this.subcategory = Objects.requireNonNull(subcategory, "subcategory");
            this.indicator = Objects.requireNonNull(indicator, "indicator");
            this.parentPath = subcategoryPath(category, subcategory);
            this.path = parentPath + " › " + indicator.name();
        }

        /**
         * The path of a level-2 indicator as printed, for example {@code 产出指标 › 数量指标}; just the level-1
         * label when the level-2 label is empty.
         *
         * @param category the level-1 indicator, not null
         * @param subcategory the level-2 indicator, not null
         * @return never null
         */
        public static String subcategoryPath(Category category, Subcategory subcategory) {
            return subcategory.label().isEmpty() ? category.label() : category.label() + " › " + subcategory.label();
        }

        /** The level-1 parent. @return never null */
        public Category category() {
            return category;
        }

        /** The level-2 parent. @return never null */
        public Subcategory subcategory() {
            return subcategory;
        }

        /** The indicator. @return never null */
        public Indicator indicator() {
            return indicator;
        }

        /** The path of the level-2 parent, for example {@code 产出指标 › 数量指标}. @return never null */
        public String parentPath() {
            return parentPath;
        }

        /** The path as printed, for example {@code 产出指标 › 数量指标 › 岗位薪酬信息采集量}; an empty level-2 label is left out. @return never null */
        public String path() {
            return path;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Leaf && ((Leaf) obj).category.equals(category)
                    && ((Leaf) obj).subcategory.equals(subcategory) && ((Leaf) obj).indicator.equals(indicator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, subcategory, indicator);
        }

        /** The path. */
        @Override
        public String toString() {
            return path;
        }
    }
}
