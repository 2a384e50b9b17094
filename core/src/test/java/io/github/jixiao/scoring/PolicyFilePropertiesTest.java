// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any policy written as a file reads back equal, and scores every seed form as it did. */
class PolicyFilePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final List<SelfEvaluation> SEEDS = SeedForms.all();

    @Test
    void anyPolicyReadsBackEqualAndScoresEverySeedFormIdentically() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.policies()).checkAssert(policy -> {
            ScoringPolicy back = roundTrip(policy);
            assertThat(back).isEqualTo(policy);
            assertThat(back.toJson()).isEqualTo(policy.toJson());
            for (SelfEvaluation form : SEEDS) {
                ScoreCard expected = Scorer.score(form, policy);
                ScoreCard actual = Scorer.score(form, back);
                assertThat(actual.total()).isEqualTo(expected.total());
                assertThat(actual.execution()).isEqualTo(expected.execution());
                assertThat(actual.indicators()).isEqualTo(expected.indicators());
                assertThat(actual).isEqualTo(expected);
            }
        });
    }

    private static ScoringPolicy roundTrip(ScoringPolicy policy) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            policy.write(out);
            return ScoringPolicy.read(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(policy.toJson(), e);
        }
    }
}
