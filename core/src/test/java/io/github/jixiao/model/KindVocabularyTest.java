// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of 一级, 二级 and funding-line labels come from the vocabulary the reader uses: every synonym of a
 * kind's term classifies as that kind, and the labels of the seeds and the corpus classify as they always did.
 */
class KindVocabularyTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();

    /** Every kind but the catch-alls has a term named after it whose synonyms, its label among them, classify as it. */
    private static <E extends Enum<E>> void everySynonymClassifiesAsItsKind(E[] kinds, String prefix,
            Function<E, String> label, Function<String, E> classify, List<E> catchAll) {
        for (E kind : kinds) {
            if (catchAll.contains(kind)) {
                continue;
            }
            Term term = Term.valueOf(prefix + kind.name());
            assertThat(VOCABULARY.synonyms(term)).as(term.key()).contains(label.apply(kind));
            VOCABULARY.synonyms(term).forEach(s -> assertThat(classify.apply(s)).as(s).isEqualTo(kind));
        }
    }

    @Test
    void everySynonymOfAKindsTermIsThatKind() {
        everySynonymClassifiesAsItsKind(CategoryKind.values(), "CATEGORY_", CategoryKind::label,
                CategoryKind::classify, List.of(CategoryKind.OTHER));
        everySynonymClassifiesAsItsKind(SubcategoryKind.values(), "SUBCATEGORY_", SubcategoryKind::label,
                SubcategoryKind::classify, List.of(SubcategoryKind.OTHER, SubcategoryKind.UNSPECIFIED));
        everySynonymClassifiesAsItsKind(FundingKind.values(), "LINE_", FundingKind::label, FundingKind::classify,
                List.of());
    }

    /** Labels as the seeds (000, 002, 003) and the corpus forms print them. */
    static Stream<Arguments> printedLabels() {
        return Stream.of(
                Arguments.of("产出指标", CategoryKind.OUTPUT, null, null),
                Arguments.of("产出指标(60分)", CategoryKind.OUTPUT, null, null),
                Arguments.of("效益指标(10分)", CategoryKind.BENEFIT, null, null),
                Arguments.of("满意度指标", CategoryKind.SATISFACTION, null, null),
                Arguments.of("成本指标(0-20)分", CategoryKind.COST, null, null),
                Arguments.of("(50分)", CategoryKind.OTHER, null, null),
                Arguments.of("年度绩效目标(80分)", CategoryKind.OTHER, null, null),
                Arguments.of("数量指标", null, SubcategoryKind.QUANTITY, null),
                Arguments.of("质量指标", null, SubcategoryKind.QUALITY, null),
                Arguments.of("时效指标", null, SubcategoryKind.TIMELINESS, null),
                Arguments.of("成本指标", null, SubcategoryKind.COST, null),
                Arguments.of("经济成本指标", null, SubcategoryKind.ECONOMIC_COST, null),
                Arguments.of("社会成本指标", null, SubcategoryKind.SOCIAL_COST, null),
                Arguments.of("生态环境成本指标", null, SubcategoryKind.ECO_ENVIRONMENTAL_COST, null),
                Arguments.of("经济效益指标", null, SubcategoryKind.ECONOMIC_BENEFIT, null),
                Arguments.of("社会效益指标", null, SubcategoryKind.SOCIAL_BENEFIT, null),
                Arguments.of("生态效益指标", null, SubcategoryKind.ECOLOGICAL_BENEFIT, null),
                Arguments.of("可持续影响指标", null, SubcategoryKind.SUSTAINABLE_IMPACT, null),
                Arguments.of("服务对象满意度指标", null, SubcategoryKind.SERVICE_SATISFACTION, null),
                Arguments.of("服务对象满意度指标等", null, SubcategoryKind.SERVICE_SATISFACTION, null),
                Arguments.of("", null, SubcategoryKind.UNSPECIFIED, null),
                Arguments.of("年度资金总额", null, null, FundingKind.TOTAL),
                Arguments.of("年度资金总额:", null, null, FundingKind.TOTAL),
                Arguments.of("年度财政资金总额", null, null, FundingKind.TOTAL),
                Arguments.of("合计", null, null, FundingKind.TOTAL),
                Arguments.of("其中：当年财政拨款", null, null, FundingKind.CURRENT_APPROPRIATION),
                Arguments.of("其中: 当年财政拨款", null, null, FundingKind.CURRENT_APPROPRIATION),
                Arguments.of("其中:本年财政拨款", null, null, FundingKind.CURRENT_APPROPRIATION),
                Arguments.of("财政资金", null, null, FundingKind.CURRENT_APPROPRIATION),
                Arguments.of("上年结转资金", null, null, FundingKind.CARRYOVER),
                Arguments.of("其他资金", null, null, FundingKind.OTHER),
                Arguments.of("财政专户管理资金", null, null, FundingKind.OTHER),
                Arguments.of("单位资金", null, null, FundingKind.OTHER),
                Arguments.of("某某专项补助", null, null, FundingKind.OTHER));
    }

    @ParameterizedTest
    @MethodSource("printedLabels")
    void printedLabelsClassifyAsBefore(String label, CategoryKind category, SubcategoryKind subcategory,
            FundingKind line) {
        if (category != null) {
            assertThat(CategoryKind.classify(label)).isEqualTo(category);
        }
        if (subcategory != null) {
            assertThat(SubcategoryKind.classify(label)).isEqualTo(subcategory);
        }
        if (line != null) {
            assertThat(FundingKind.classify(label)).isEqualTo(line);
        }
    }

    /** The model reads the vocabulary; the vocabulary never reads the model. */
    @Test
    void theVocabularyDoesNotImportTheModel() throws IOException {
        Path vocabulary = Path.of("src/main/java/io/github/jixiao/vocabulary");
        List<Path> sources;
        try (Stream<Path> files = Files.list(vocabulary)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("io.github.jixiao.model");
        }
    }
}
