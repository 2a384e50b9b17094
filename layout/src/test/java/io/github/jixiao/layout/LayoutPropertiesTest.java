package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.layout.GridForms.Style;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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
        qt().withExamples(EXAMPLES).forAll(Generate.range(0, SEEDS.size() - 1), styles(), decorations())
                .checkAssert((seed, style, decorate) -> {
                    SelfEvaluation form = decorate ? decorated(SEEDS.get(seed)) : SEEDS.get(seed);
                    ReadResult result = read(GridForms.render(List.of(form), List.of(style)));
                    assertSame(result, List.of(GridForms.printed(form, style)), style);
                    assertNoWarnings(result, style);
                });
    }

    @Test
    void formsStackedInOneGridInDifferentLayoutsReadBackInOrder() {
        qt().withExamples(Math.max(50, EXAMPLES / 10)).forAll(Generate.range(0, SEEDS.size() - 1),
                Generate.range(0, SEEDS.size() - 1), styles(), styles()).checkAssert((a, b, first, second) -> {
                    List<SelfEvaluation> forms = List.of(SEEDS.get(a), SEEDS.get(b), SEEDS.get(a));
                    ReadResult result = read(GridForms.render(forms, List.of(first, second)));
                    assertSame(result, List.of(GridForms.printed(forms.get(0), first),
                            GridForms.printed(forms.get(1), second), GridForms.printed(forms.get(2), first)),
                            first + " / " + second);
                    assertThat(result.entries()).extracting(e -> e.location().place()).doesNotHaveDuplicates();
                });
    }

    @Test
    void generatedFormsInAnyLayoutReadBackAsThemselves() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms(10).assuming(LayoutPropertiesTest::printable), styles())
                .checkAssert((form, style) -> assertSame(read(GridForms.render(List.of(form), List.of(style))),
                        List.of(GridForms.printed(form, style)), style));
    }

    /** A seed with what real forms add: a notes row after the table and a column the vocabulary calls other. */
    private static SelfEvaluation decorated(SelfEvaluation form) {
        List<Remark> remarks = new ArrayList<>(form.remarks());
        remarks.add(Remark.of("注：", "1.一级指标分值统一设置为：产出指标50分、效益指标30分。"));
        IndicatorTree tree = IndicatorTree.builder().from(form.indicators()).categories(form.indicators().categories()
                .stream().map(c -> io.github.jixiao.model.Category.builder().from(c).subcategories(c.subcategories()
                        .stream().map(LayoutPropertiesTest::reviewed).toList()).build()).toList()).build();
        return SelfEvaluation.builder().from(form).remarks(remarks).indicators(tree).build();
    }

    private static Subcategory reviewed(Subcategory subcategory) {
        return Subcategory.builder().from(subcategory).indicators(subcategory.indicators().stream()
                .map(i -> Indicator.builder().from(i).otherValues(Map.of("复核分", i.name().length() % 2 == 0 ? "同意"
                        : "待复核")).build()).toList()).build();
    }

    /** What a grid of labels can carry: a name, labels and notes that do not read as labels themselves. */
    private static boolean printable(SelfEvaluation form) {
        return !form.project().name().isEmpty();
    }

    private static ReadResult read(Grid grid) {
        try {
            return FormRecognizer.recognize(List.of(grid), ReadOptions.defaults().withSourceName("forms.xlsx"));
        } catch (FormReadException e) {
            throw new AssertionError(e);
        }
    }

    /** The forms read are those rendered; on failure, the first part that differs is named. */
    private static void assertSame(ReadResult result, List<SelfEvaluation> expected, Object style) {
        assertThat(result.forms()).as("%s", style).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SelfEvaluation read = result.forms().get(i);
            SelfEvaluation want = expected.get(i);
            assertThat(read.title()).as("title, %s", style).isEqualTo(want.title());
            assertThat(read.year()).as("year, %s", style).isEqualTo(want.year());
            assertThat(read.project()).as("project, %s", style).isEqualTo(want.project());
            assertThat(read.funding().total()).as("funding total, %s", style).isEqualTo(want.funding().total());
            assertThat(read.funding().sources()).as("funding sources, %s", style).isEqualTo(want.funding().sources());
            assertThat(read.funding()).as("funding, %s", style).isEqualTo(want.funding());
            assertThat(read.goal()).as("goal, %s", style).isEqualTo(want.goal());
            assertThat(read.indicators().leaves()).extracting(IndicatorTree.Leaf::indicator).as("indicators, %s", style)
                    .containsExactlyElementsOf(want.indicators().leaves().stream().map(IndicatorTree.Leaf::indicator)
                            .toList());
            assertThat(read.indicators()).as("tree, %s", style).isEqualTo(want.indicators());
            assertThat(read.remarks()).as("remarks, %s", style).isEqualTo(want.remarks());
            assertThat(read).as("form, %s", style).isEqualTo(want);
        }
    }

    private static void assertNoWarnings(ReadResult result, Style style) {
        for (Finding finding : result.allFindings()) {
            assertThat(finding.severity()).as("%s: %s", style, finding).isEqualTo(Severity.INFO);
        }
    }

    static Gen<Boolean> decorations() {
        return Generate.booleans();
    }

    /** Every layout the renderer knows, uniformly. */
    static Gen<Style> styles() {
        return in -> new Style(Generate.range(0, GridForms.TITLES.size() - 1).generate(in),
                Generate.booleans().generate(in), Generate.booleans().generate(in),
                Generate.range(0, GridForms.FUNDING_TITLES.size() - 1).generate(in), Generate.booleans().generate(in),
                permutation(6, in), Generate.range(0, GridForms.BUDGETS.size() - 1).generate(in),
                Generate.range(0, GridForms.EXECUTED.size() - 1).generate(in),
                Generate.range(0, GridForms.RATES.size() - 1).generate(in),
                Generate.range(0, GridForms.WEIGHTS.size() - 1).generate(in),
                Generate.range(0, GridForms.SCORES.size() - 1).generate(in), Generate.booleans().generate(in),
                Generate.range(0, GridForms.PLACEHOLDERS.size() - 1).generate(in),
                Generate.range(0, GridForms.GOALS.size() - 1).generate(in), permutation(5, in),
                Generate.range(0, GridForms.TARGETS.size() - 1).generate(in),
                Generate.range(0, GridForms.ACTUALS.size() - 1).generate(in),
                Generate.range(0, GridForms.NOTES.size() - 1).generate(in), Generate.booleans().generate(in),
                Generate.booleans().generate(in), Generate.booleans().generate(in), Generate.booleans().generate(in),
                Generate.booleans().generate(in));
    }

    private static List<Integer> permutation(int n, org.quicktheories.core.RandomnessSource in) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            Collections.swap(order, i, Generate.range(0, i).generate(in));
        }
        return order;
    }
}
