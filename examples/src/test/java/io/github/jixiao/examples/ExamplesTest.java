// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example classes do what their Javadoc says, on the seed forms. */
class ExamplesTest {

    @Test
    void scoreWorkbookScoresEveryFormOfTheShanghaiWorkbook() throws IOException {
        List<ScoreCard> cards = ScoreWorkbook.score(Path.of("forms/shanghai.xlsx"), ScoringPolicy.shanghai());

        assertThat(cards).hasSize(6);
        assertThat(cards.get(0).form().project().name()).isEqualTo("建设交通行业人才系列报告编制经费");
        assertThat(cards.get(0).total()).isEqualByComparingTo("94.63");
        assertThat(cards.get(5).execution().points()).isEqualByComparingTo("9.98");
    }

    @Test
    void theCustomPolicyGivesTwentyPointsToExecutionAndDeductsOverAchievement() {
        ScoringPolicy province = CustomPolicy.province();
        SelfEvaluation printed = SeedForms.beijing();
        // the policy's 分值 counts where the form prints none: Beijing's 10 is taken away
        SelfEvaluation beijing = SelfEvaluation.builder().from(printed)
                .funding(Funding.builder().from(printed.funding()).weight(Optional.empty()).build()).build();

        ScoreCard card = Scorer.score(beijing, province);
        assertThat(Scorer.score(printed, province).execution().weight()).isEqualByComparingTo("10.00");

        assertThat(card.policy().name()).isEqualTo("example-province");
        assertThat(card.execution().weight()).isEqualByComparingTo("20");
        assertThat(card.execution().points()).isEqualByComparingTo("20");
        // 年提供线上公益培训规模: 77730629人次 against ≥10000人次 is far beyond +30 %
        IndicatorScore training = card.indicators().stream()
                .filter(s -> s.indicator().name().contains("年提供线上公益培训规模")).findFirst().orElseThrow();
        assertThat(training.rule()).isEqualTo(Rule.OVER_ACHIEVEMENT_DEDUCTED);
        assertThat(training.points()).isEqualByComparingTo("0");
        assertThat(province.grades().grade(new BigDecimal("86"))).isEqualTo(Grade.EXCELLENT);
        assertThat(ScoringPolicy.national().grades().grade(new BigDecimal("86"))).isEqualTo(Grade.GOOD);
    }

    @Test
    void theGzipFormatRoundTripsTheSeedForms() throws IOException {
        GzipJsonFormat format = new GzipJsonFormat();
        List<SelfEvaluation> forms = SeedForms.all();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        format.write(forms, out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0x1f, 0x8b);
        assertThat(format.read(new ByteArrayInputStream(bytes)).forms()).isEqualTo(forms);
        assertThat(format.fileExtensions()).containsExactly("gz");
    }
}
