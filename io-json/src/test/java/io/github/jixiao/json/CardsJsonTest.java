// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.fixtures.SeedForms.Seed;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Score cards and audit reports through {@link JsonCards} and {@link JixiaoModule}: seeds, shape and tampering. */
class CardsJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

    /** The policy the region of a seed uses, as {@link PolicySelector#auto()} chooses it: shenzhen, shanghai, national. */
    static ScoringPolicy policyOf(Seed seed) {
        return PolicySelector.auto().choose(seed.form()).policy();
    }

    static List<Seed> seeds() {
        return SeedForms.seeds();
    }

    static byte[] writeCards(List<ScoreCard> cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonCards.writeCards(cards, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] writeReports(List<AuditReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonCards.writeReports(reports, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<ScoreCard> readCards(byte[] json) throws IOException {
        return JsonCards.readCards(new ByteArrayInputStream(json), "cards.json");
    }

    static List<AuditReport> readReports(byte[] json) throws IOException {
        return JsonCards.readReports(new ByteArrayInputStream(json), "reports.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedScoredAndAuditedRoundTrips(Seed seed) throws IOException {
        AuditReport report = Audit.check(seed.form(), policyOf(seed));
        byte[] reports = writeReports(List.of(report));
        assertThat(readReports(reports)).containsExactly(report);
        assertThat(writeReports(readReports(reports))).isEqualTo(reports);
        byte[] cards = writeCards(List.of(report.card()));
        assertThat(readCards(cards)).containsExactly(report.card());
        assertThat(MAPPER.readValue(reports, AuditReport[].class)).containsExactly(report);
    }

    @Test
    void allSeedsAsOneReportDocumentRoundTripAndKeepTheirFindings() throws IOException {
        List<AuditReport> reports = seeds().stream().map(s -> Audit.check(s.form(), policyOf(s))).toList();
        assertThat(reports).hasSize(16);
        assertThat(reports.stream().mapToInt(r -> r.findings().size()).sum()).isPositive();
        assertThat(readReports(writeReports(reports))).isEqualTo(reports);
    }

    @Test
    void writesTheDocumentedShape() throws IOException {
        ScoreCard card = Scorer.score(SeedForms.form("shenzhen-3"), ScoringPolicy.shenzhen());
        JsonNode json = PLAIN.readTree(writeCards(List.of(card))).get(0);
        assertThat(fieldNames(json)).containsExactly("form", "policy", "execution", "indicators", "categories",
                "subcategories", "total", "weightTotal", "scoredWeight", "grade", "gradeLabel", "notes");
        assertThat(json.at("/policy/name").asText()).isEqualTo("shenzhen");
        assertThat(json.at("/policy/rounding/rateMode").asText()).isEqualTo("half-up");
        assertThat(json.at("/policy/rounding/roundRateBeforeMultiply").asBoolean()).isTrue();
        assertThat(json.at("/policy/denominator").asText()).isEqualTo("adjusted-budget");
        assertThat(json.at("/execution/rate").asText()).isEqualTo("0.87");
        assertThat(json.at("/execution/points").asText()).isEqualTo("8.70");
        assertThat(json.at("/indicators").size()).isEqualTo(card.form().indicators().leaves().size());
        assertThat(json.at("/indicators/0/path").asText()).isEqualTo(card.indicators().get(0).path());
        assertThat(json.at("/indicators/0/rule").asText())
                .isEqualTo(card.indicators().get(0).rule().name().toLowerCase().replace('_', '-'));
        assertThat(json.at("/grade").asText()).isEqualTo(card.grade().name().toLowerCase());
        assertThat(json.at("/gradeLabel").asText()).isEqualTo(card.grade().label());
        assertThat(json.at("/total").isTextual()).isTrue();
    }

    @Test
    void theModuleWritesTheSameBytesAsJsonCards() throws IOException {
        AuditReport report = Audit.check(SeedForms.form("beijing"), ScoringPolicy.national());
        byte[] viaModule = MAPPER.writer(JsonFormat.prettyPrinter()).writeValueAsBytes(List.of(report));
        assertThat(new String(writeReports(List.of(report)), StandardCharsets.UTF_8))
                .isEqualTo(new String(viaModule, StandardCharsets.UTF_8) + "\n");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report.card()), ScoreCard.class))
                .isEqualTo(report.card());
    }

    @Test
    void presetsReadBackAsThePresets() throws IOException {
        for (ScoringPolicy preset : List.of(ScoringPolicy.national(), ScoringPolicy.shenzhen(),
                ScoringPolicy.shanghai(), ScoringPolicy.twentyPointExecution())) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(preset), ScoringPolicy.class)).isEqualTo(preset);
        }
        assertThat(MAPPER.writeValueAsString(Rule.PROPORTIONAL_POSITIVE)).isEqualTo("\"proportional-positive\"");
        assertThat(MAPPER.readValue("\"excellent\"", Grade.class)).isEqualTo(Grade.EXCELLENT);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(RoundingPolicy.SHANGHAI), RoundingPolicy.class))
                .isEqualTo(RoundingPolicy.SHANGHAI);
    }

    @Test
    void keysMayComeInAnyOrderEvenTheFormLast() throws IOException {
        ScoreCard card = Scorer.score(SeedForms.form("shanghai-2"), ScoringPolicy.shanghai());
        ObjectNode json = (ObjectNode) PLAIN.readTree(writeCards(List.of(card))).get(0);
        JsonNode form = json.remove("form");
        json.set("form", form);
        assertThat(readCards(PLAIN.writeValueAsBytes(json))).containsExactly(card);
    }

    /** Cards that contradict themselves, their form or their policy: none can be built, so none reads. */
    static Stream<Arguments> contradictoryCards() {
        return Stream.of(
                Arguments.of("an indicator's points outside its allowed range", "/0/indicators/0/points",
                        edit(n -> ((ObjectNode) n.at("/0/indicators/0")).put("points", "0.01"))),
                Arguments.of("the total", "/0/total", edit(n -> ((ObjectNode) n.get(0)).put("total", "100.00"))),
                Arguments.of("the grade", "/0/grade", edit(n -> ((ObjectNode) n.get(0)).put("grade", "poor")
                        .put("gradeLabel", "差"))),
                Arguments.of("a path", "/0/indicators/1/path",
                        edit(n -> ((ObjectNode) n.at("/0/indicators/1")).put("path", "产出指标 › 别的指标"))),
                Arguments.of("a score dropped", "/0/indicators",
                        edit(n -> ((ArrayNode) n.at("/0/indicators")).remove(0))),
                Arguments.of("the grade label", "/0/gradeLabel",
                        edit(n -> ((ObjectNode) n.get(0)).put("gradeLabel", "差"))),
                Arguments.of("a policy choice missing", "/0/policy",
                        edit(n -> ((ObjectNode) n.at("/0/policy")).remove("bandPoint"))),
                Arguments.of("an unknown rounding mode", "/0/policy/rounding/rateMode",
                        edit(n -> ((ObjectNode) n.at("/0/policy/rounding")).put("rateMode", "half-down-ish"))),
                Arguments.of("an unnecessary rounding mode", "/0/policy/rounding/scoreMode",
                        edit(n -> ((ObjectNode) n.at("/0/policy/rounding")).put("scoreMode", "unnecessary"))),
                Arguments.of("a note twice", "/0/notes",
                        edit(n -> ((ArrayNode) n.at("/0/notes")).add("no-indicators").add("no-indicators"))),
                Arguments.of("a boolean as a string", "/0/policy/rescaleNotApplicable",
                        edit(n -> ((ObjectNode) n.at("/0/policy")).put("rescaleNotApplicable", "false"))),
                Arguments.of("an unknown field", "/0/execution/bonus",
                        edit(n -> ((ObjectNode) n.at("/0/execution")).put("bonus", "1"))));
    }

    /**
     * Cards that are consistent but not what today's rules compute (edited by hand, or scored under other rules):
     * they read as recorded, and {@link JsonCards#verify} names the first difference.
     */
    static Stream<Arguments> cardsOtherThanTheRulesCompute() {
        return Stream.of(
                Arguments.of("an explanation", "/execution/explanationEn",
                        edit(n -> ((ObjectNode) n.at("/0/execution")).put("explanationEn", "full marks"))),
                Arguments.of("a note added", "/indicators/0/notes",
                        edit(n -> ((ArrayNode) n.at("/0/indicators/0/notes")).add("implausible-deviation"))),
                Arguments.of("an actual in the form", "/indicators/0/points",
                        edit(n -> ((ObjectNode) n.at("/0/form/indicators/0/subcategories/0/indicators/0/actual"))
                                .put("text", "0").set("quantity", PLAIN.createObjectNode().put("value", "0")
                                        .put("unit", "")))),
                Arguments.of("the policy", "/execution/points",
                        edit(n -> ((ObjectNode) n.at("/0/policy/rounding")).put("roundRateBeforeMultiply", false))));
    }

    private static Consumer<JsonNode> edit(Consumer<JsonNode> edit) {
        return edit;
    }

    private static byte[] tampered(Consumer<JsonNode> edit) throws IOException {
        ScoreCard card = Scorer.score(SeedForms.form("shenzhen-3"), ScoringPolicy.shenzhen());
        JsonNode json = PLAIN.readTree(writeCards(List.of(card)));
        edit.accept(json);
        return PLAIN.writeValueAsBytes(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictoryCards")
    void aContradictoryCardIsAnErrorAtThePointerOfItsPart(String name, String pointer, Consumer<JsonNode> edit)
            throws IOException {
        byte[] json = tampered(edit);
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> readCards(json))
                .satisfies(e -> assertThat(e.location()).isEqualTo(pointer))
                .withMessageContaining("cards.json");
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue(json, ScoreCard[].class))
                .withCauseInstanceOf(FormReadException.class)
                .withMessageContaining(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cardsOtherThanTheRulesCompute")
    void aCardOtherThanTheRulesComputeReadsAsRecordedAndVerifyNamesTheDifference(String name, String pointer,
            Consumer<JsonNode> edit) throws IOException {
        ScoreCard card = readCards(tampered(edit)).get(0);

        assertThat(card).isNotEqualTo(Scorer.score(card.form(), card.policy()));
        assertThat(JsonCards.verify(card)).hasValueSatisfying(d -> assertThat(d).startsWith(pointer + ": the card has ")
                .contains("where Scorer.score(form, policy) gives"));
        assertThat(JsonCards.verify(Scorer.score(card.form(), card.policy()))).isEmpty();
    }

    @Test
    void aReportWithAFindingDroppedOrAddedReadsAsRecordedAndVerifyNamesIt() throws IOException {
        AuditReport report = seeds().stream().map(s -> Audit.check(s.form(), policyOf(s)))
                .filter(r -> !r.findings().isEmpty()).findFirst().orElseThrow();
        JsonNode json = PLAIN.readTree(writeReports(List.of(report)));
        ((ArrayNode) json.at("/0/findings")).remove(0);
        AuditReport dropped = readReports(PLAIN.writeValueAsBytes(json)).get(0);
        assertThat(JsonCards.verify(dropped)).hasValueSatisfying(d -> assertThat(d).startsWith("/findings")
                .contains("Audit.check(card)"));
        assertThat(JsonCards.verify(report)).isEmpty();
    }

    @Test
    void aContradictoryCardInsideAReportIsNamedUnderTheReport() throws IOException {
        AuditReport report = Audit.check(SeedForms.form("beijing"), ScoringPolicy.national());
        JsonNode json = PLAIN.readTree(writeReports(List.of(report)));
        ((ObjectNode) json.at("/0/card")).put("weightTotal", "1");
        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> readReports(PLAIN.writeValueAsBytes(json)))
                .satisfies(e -> assertThat(e.location()).isEqualTo("/0/card/weightTotal"));
    }

    @Test
    void aSingleCardObjectIsReadAndAnythingElseIsNot() throws IOException {
        ScoreCard card = Scorer.score(SeedForms.form("beijing"), ScoringPolicy.national());
        byte[] one = PLAIN.writeValueAsBytes(PLAIN.readTree(writeCards(List.of(card))).get(0));
        assertThat(readCards(one)).containsExactly(card);
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> readCards("".getBytes()))
                .withMessageContaining("expected an array of score cards or one score card");
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> readReports("[] []".getBytes()))
                .withMessageContaining("after the audit reports");
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> readCards("[{]".getBytes()))
                .withMessageContaining("not readable JSON");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
