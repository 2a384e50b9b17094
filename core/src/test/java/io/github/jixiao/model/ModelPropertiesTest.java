// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.Generators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Invariants of the model over generated forms. */
class ModelPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    @Test
    void aCopyOfAFormIsEqualAndHashesAlike() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms()).checkAssert(form -> {
            SelfEvaluation copy = SelfEvaluation.builder().from(form).build();
            assertThat(copy).isEqualTo(form).hasSameHashCodeAs(form);
        });
    }

    @Test
    void leavesListEveryIndicatorOnceInFormOrderAndWeightsAddUp() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms()).checkAssert(form -> {
            IndicatorTree tree = form.indicators();
            long count = tree.categories().stream().flatMap(c -> c.subcategories().stream())
                    .mapToLong(s -> s.indicators().size()).sum();
            assertThat(tree.leaves()).hasSize((int) count);
            BigDecimal sum = tree.leaves().stream().flatMap(l -> l.indicator().weight().stream())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(tree.totalWeight()).isEqualByComparingTo(sum);
            assertThat(tree.leaves()).allSatisfy(leaf -> assertThat(leaf.path()).endsWith(leaf.indicator().name())
                    .startsWith(leaf.category().label()));
        });
    }

    @Test
    void everyTargetAndActualKeepsItsTextAndEveryWeightIsNonNegative() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms()).checkAssert(form -> {
            for (IndicatorTree.Leaf leaf : form.indicators().leaves()) {
                Indicator indicator = leaf.indicator();
                assertThat(Target.parse(indicator.target().text())).isEqualTo(indicator.target());
                assertThat(Actual.parse(indicator.actual().text())).isEqualTo(indicator.actual());
                assertThat(indicator.weight()).hasValueSatisfying(w -> assertThat(w.signum()).isGreaterThanOrEqualTo(0));
            }
        });
    }
}
