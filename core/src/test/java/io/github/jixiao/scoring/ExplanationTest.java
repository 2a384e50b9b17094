// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jixiao.finding.Language;
import io.github.jixiao.fixtures.SeedForms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic behind a score: written when asked for, equal by its texts. */
class ExplanationTest {

    @Test
    void aLazyExplanationIsWrittenOnlyWhenAskedForAndEqualsItsWrittenOutCopy() {
        List<Language> calls = new ArrayList<>();
        Explanation lazy = Explanation.lazy(language -> {
            calls.add(language);
            return language.pick("达成，得满分 2.00", "met: full 2.00");
        });
        assertThat(calls).isEmpty();
        Explanation written = Explanation.of("达成，得满分 2.00", "met: full 2.00");
        assertThat(lazy).isEqualTo(written).hasSameHashCodeAs(written).hasToString("met: full 2.00");
        assertThat(lazy.text(Language.CHINESE)).isEqualTo(written.zh());
        assertThat(calls).contains(Language.CHINESE, Language.ENGLISH);
        assertThat(lazy).isNotEqualTo(Explanation.of("达成，得满分 2.00", "met: full 2"));
    }

    /** The Shanghai seed's first row: 90.00 of ≥120.00 (万条/月), weight 15.00. */
    @Test
    void scoringTheSameFormTwiceGivesEqualExplanations() {
        IndicatorScore first = Scorer.score(SeedForms.form("shanghai-1"), ScoringPolicy.national()).indicators().get(0);
        IndicatorScore again = Scorer.score(SeedForms.form("shanghai-1"), ScoringPolicy.national()).indicators().get(0);
        assertThat(first.explanation()).isEqualTo(again.explanation()).isNotSameAs(again.explanation());
        assertThat(first.explanationEn()).isEqualTo("not met, proportional: 90.00 / 120.00 × 15.00 = 11.25");
        assertThat(first.explanationZh()).isEqualTo("未达成，按比例：90.00 / 120.00 × 15.00 = 11.25");
    }

    @Test
    void aMissingTextIsNamed() {
        assertThatNullPointerException().isThrownBy(() -> Explanation.of(null, "met")).withMessage("zh");
        assertThatNullPointerException().isThrownBy(() -> Explanation.of("达成", null)).withMessage("en");
    }
}
