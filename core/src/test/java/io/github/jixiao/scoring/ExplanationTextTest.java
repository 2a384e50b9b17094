// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.finding.Language;
import io.github.jixiao.model.AchievementLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sentences of explanations: one in each language for every key, the band names those of the form. */
class ExplanationTextTest {

    @ParameterizedTest
    @EnumSource(ExplanationText.class)
    void everyTextIsWrittenInBothLanguages(ExplanationText text) {
        Object[] args = {"A", "B", "C", "D", "E", "F"};
        assertThat(text.in(Language.CHINESE, args)).isNotBlank().doesNotContain("{");
        assertThat(text.in(Language.ENGLISH, args)).isNotBlank().doesNotContain("{")
                .doesNotMatch("(?s).*[\\u4e00-\\u9fff].*");
    }

    @ParameterizedTest
    @EnumSource(AchievementLevel.class)
    void aBandIsNamedByItsLevel(AchievementLevel level) {
        assertThat(ExplanationText.level(level, Language.CHINESE)).isEqualTo(level.label());
        assertThat(ExplanationText.level(level, Language.ENGLISH))
                .isEqualTo(level.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** Shanghai form 1's first row, 90.00 of ≥120.00 (万条/月), with the unit assumed on one side. */
    @Test
    void whatScoringAssumedFollowsTheSentence() {
        assertThat(ExplanationText.PROPORTIONAL.in(Language.ENGLISH, "90.00", "120.00", "15.00", "11.25",
                ExplanationText.READING_UNIT.in(Language.ENGLISH, "万条/月")))
                .isEqualTo("not met, proportional: 90.00 / 120.00 × 15.00 = 11.25"
                        + " (one side has no unit; read as '万条/月')");
        assertThat(ExplanationText.PROPORTIONAL_REVERSE.in(Language.CHINESE, "90.00", "120.00", "15.00", "12.50", ""))
                .isEqualTo("未达成（反向指标），按比例：120.00 / 90.00 × 15.00 = 12.50");
    }
}
