// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.layout.fixtures.GridForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The seed forms laid out the ways real provinces lay them out — other labels for the same columns, other column
 * orders, merged-style or repeated 一级/二级 labels, two-row headers, split targets, placeholders, amounts as text
 * with thousands separators, the year in the title, the grade in the 总分 row, notes rows and extra columns, forms
 * stacked in one grid — read back into the same forms, with no warning.
 */
class LayoutPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final List<SelfEvaluation> SEEDS = SeedForms.all();

    @Test
    void everySeedFormInAnyLayoutReadsBackAsItself() {
        qt().withExamples(EXAMPLES).forAll(Generate.range(0, SEEDS.size() - 1), GridForms.styles(), Generate.booleans())
                .checkAssert((seed, style, decorate) -> {
                    SelfEvaluation form = decorate ? GridForms.decorated(SEEDS.get(seed)) : SEEDS.get(seed);
                    ReadResult result = read(GridForms.render(List.of(form), List.of(style)));
                    GridForms.assertReadBack(result, List.of(GridForms.printed(form, style)), style);
                    GridForms.assertNoWarnings(result, style);
                });
    }

    @Test
    void formsStackedInOneGridInDifferentLayoutsReadBackInOrder() {
        qt().withExamples(Math.max(50, EXAMPLES / 10)).forAll(Generate.range(0, SEEDS.size() - 1),
                Generate.range(0, SEEDS.size() - 1), GridForms.styles(), GridForms.styles())
                .checkAssert((a, b, first, second) -> {
                    List<SelfEvaluation> forms = List.of(SEEDS.get(a), SEEDS.get(b), SEEDS.get(a));
                    ReadResult result = read(GridForms.render(forms, List.of(first, second)));
                    GridForms.assertReadBack(result, List.of(GridForms.printed(forms.get(0), first),
                            GridForms.printed(forms.get(1), second), GridForms.printed(forms.get(2), first)),
                            first + " / " + second);
                    assertThat(result.entries()).extracting(e -> e.location().place()).doesNotHaveDuplicates();
                });
    }

    @Test
    void generatedFormsInAnyLayoutReadBackAsThemselves() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms(10).assuming(GridForms::printable), GridForms.styles())
                .checkAssert((form, style) -> GridForms.assertReadBack(
                        read(GridForms.render(List.of(form), List.of(style))),
                        List.of(GridForms.printed(form, style)), style));
    }

    private static ReadResult read(Grid grid) {
        try {
            return FormRecognizer.recognize(List.of(grid), ReadOptions.defaults().withSourceName("forms.xlsx"));
        } catch (FormReadException e) {
            throw new AssertionError(e);
        }
    }
}
