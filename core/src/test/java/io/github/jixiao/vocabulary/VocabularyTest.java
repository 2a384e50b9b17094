// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class VocabularyTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final Vocabulary VOCABULARY = Vocabulary.defaults();

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "项目名称, FIELD, true",
        "项目名称：某项目, FIELD, true",
        "' 项目名称', FIELD, true",
        "（一）项目名称, FIELD, true",
        "其中：当年财政拨款, FUNDING_LINE, true",
        "1、项目名称, FIELD, true",
        "1、无, PLACEHOLDER, true",
        "1 (注)、无, PLACEHOLDER, true",
        "12 [注] 、无, PLACEHOLDER, true",
        "125.5, PLACEHOLDER, false",
        "2023年12月底前完成(验收), PLACEHOLDER, false",
        "6个, PLACEHOLDER, false",
        "十分满意, PLACEHOLDER, false",
        "数量指标, FIELD, false",
        "≥120.00(万条/月), FIELD, false",
        "完成, PLACEHOLDER, false",
        "'   ', FIELD, false",
        "产出指标小计, SUBTOTAL, true",
        "产出指标 （小 计）, SUBTOTAL, true",
        "数量指标, SUBTOTAL, false",
        "数量指标, CATEGORY, false",
        "一、产出指标(50分), CATEGORY, true",
    })
    void mayMatchTurnsAwayOnlyWhatCannotBeALabel(String text, Term.Group group, boolean may) {
        assertThat(VOCABULARY.mayMatch(text, group)).isEqualTo(may);
    }

    /** The quick test never turns away a label the vocabulary knows. */
    @Test
    void whatMayNotMatchDoesNotMatch() {
        qt().withExamples(EXAMPLES).forAll(labels(), Generate.enumValues(Term.Group.class)).checkAssert((text, group) -> {
            if (!VOCABULARY.mayMatch(text, group)) {
                assertThat(VOCABULARY.match(text, group)).as("%s in %s", text, group).isEmpty();
            }
        });
    }

    /** Labels of every term, with what normalising drops or folds before, inside and after them. */
    private static Gen<String> labels() {
        List<String> synonyms = new ArrayList<>();
        Arrays.stream(Term.values()).forEach(term -> synonyms.addAll(VOCABULARY.synonyms(term)));
        Gen<String> synonym = Generate.pick(synonyms);
        Gen<String> piece = Generate.pick(List.of("", " ", "\u3000", "(", ")", "（", "）", "【", "】", "[注]", "其中", "其中：",
                "一、", "1.", "2、", "十、", "：", ":", "Ｎ", "／", "0", "１", "#", "指标", "合计", "—", "小", "分项", "满"));
        return in -> piece.generate(in) + piece.generate(in) + synonym.generate(in) + piece.generate(in);
    }
}
