// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static io.github.jixiao.json.JsonRoundTripPropertyTest.uncheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For any form and policy: {@code read(write(card)).equals(card)} and the same for audit reports, and writing what
 * was read gives the same bytes. Forms come from the shared {@link Generators}, from {@link JsonFormGen} and from
 * {@link ScoringGenerators}; policies are the four presets and {@link ScoringGenerators#policies()}.
 */
class CardRoundTripPropertyTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

    @Test
    void cardsOfFormsShapedLikeRealOnesRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms(), ScoringGenerators.presets())
                .checkAssert((form, policy) -> cardRoundTrips(Scorer.score(form, policy)));
    }

    @Test
    void cardsOfAnyFormRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(JsonFormGen.forms(), ScoringGenerators.presets())
                .checkAssert((form, policy) -> cardRoundTrips(Scorer.score(form, policy)));
    }

    @Test
    void reportsUnderAnyPolicyRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> reportRoundTrips(Audit.check(form, policy)));
    }

    @Test
    void reportsOfFormsShapedLikeRealOnesRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms(), ScoringGenerators.presets())
                .checkAssert((form, policy) -> reportRoundTrips(Audit.check(form, policy)));
    }

    @Test
    void anyPolicyRoundTripsThroughAnObjectMapper() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.policies()).checkAssert(policy -> {
            String json = uncheck(() -> MAPPER.writeValueAsString(policy));
            assertThat(uncheck(() -> MAPPER.readValue(json, ScoringPolicy.class))).isEqualTo(policy);
        });
    }

    private static void cardRoundTrips(ScoreCard card) {
        byte[] bytes = CardsJsonTest.writeCards(List.of(card));
        List<ScoreCard> back = uncheck(() -> CardsJsonTest.readCards(bytes));
        assertThat(back).containsExactly(card);
        assertThat(CardsJsonTest.writeCards(back)).isEqualTo(bytes);
    }

    private static void reportRoundTrips(AuditReport report) {
        byte[] bytes = CardsJsonTest.writeReports(List.of(report));
        List<AuditReport> back = uncheck(() -> CardsJsonTest.readReports(bytes));
        assertThat(back).containsExactly(report);
        assertThat(CardsJsonTest.writeReports(back)).isEqualTo(bytes);
        assertThat(uncheck(() -> MAPPER.readValue(bytes, AuditReport[].class))).containsExactly(report);
    }
}
