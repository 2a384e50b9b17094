// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.PolicyChoice;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked example of docs/policies.md is a canonical policy file that does what the page says. */
class PolicyFileDocTest {

    private static final Path PAGE = Path.of("../docs/policies.md");

    private static String example() throws IOException {
        Matcher json = Pattern.compile("(?s)```json\\n(.*?)```").matcher(Files.readString(PAGE));
        assertThat(json.find()).as("a ```json block in " + PAGE).isTrue();
        return json.group(1);
    }

    @Test
    void theWorkedExampleIsACanonicalPolicyFileThatDeductsOverAchievement() throws IOException {
        String file = example();
        ScoringPolicy daying = ScoringPolicy.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(daying.toJson()).isEqualTo(file);
        assertThat(daying.name()).isEqualTo("daying");
        assertThat(daying.source().orElseThrow()).contains("https://dyrmt.com/article-118510-6.html");
        assertThat(ScoringPolicy.builder().from(ScoringPolicy.national()).name("daying").region(daying.region())
                .description(daying.description()).source(daying.source())
                .overAchievement(ScoringPolicy.OverAchievement.DEDUCT).build()).isEqualTo(daying);

        // Beijing seed: 年提供线上公益培训规模 77730629人次 against ≥10000人次, far beyond +30 %
        ScoreCard card = Scorer.score(SeedForms.beijing(), daying);
        IndicatorScore training = card.indicators().stream()
                .filter(s -> s.indicator().name().contains("年提供线上公益培训规模")).findFirst().orElseThrow();
        assertThat(training.rule()).isEqualTo(Rule.OVER_ACHIEVEMENT_DEDUCTED);
        assertThat(training.points()).isEqualByComparingTo("0");
        assertThat(Scorer.score(SeedForms.beijing(), ScoringPolicy.national()).total())
                .isGreaterThan(card.total());
    }

    @Test
    void theMapLineOfTheExampleChoosesItForTheCountysForms() throws IOException {
        ScoringPolicy daying = ScoringPolicy.read(new ByteArrayInputStream(example().getBytes(StandardCharsets.UTF_8)));
        PolicySelector map = PolicySelector.mapping(new StringReader("region 大英县 = rules/daying.json\n"),
                file -> daying, PolicySelector.auto());
        SelfEvaluation county = SelfEvaluation.builder().from(SeedForms.beijing())
                .project(Project.builder().name("农村饮水安全").department("大英县水利局").build()).build();

        PolicyChoice choice = map.choose(county);
        assertThat(choice.policy()).isSameAs(daying);
        assertThat(choice.reason()).isEqualTo("对照表第 1 行：主管部门“大英县水利局”");
        assertThat(map.choose(SeedForms.form("shanghai-1")).policy().name()).isEqualTo("shanghai");
    }
}
