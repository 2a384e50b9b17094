// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Origin;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Evaluations through {@link JsonEvaluations}: the seed forms and generated ones read back equal, summaries checked. */
class EvaluationsJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000) / 5;

    /** The sixteen seed forms, each under the policy its region names, as the command line evaluates them. */
    static List<Evaluation> seeds() {
        return SeedForms.seeds().stream().map(seed -> Evaluation.of(new Origin(seed.id() + ".xlsx", "表1", "A1"),
                seed.form(), List.of(Finding.at("READ_FIELD_BLANK", Severity.INFO, new Origin(seed.id() + ".xlsx",
                        "表1", "G4"), "“实施单位”未填写", "\"实施单位\" is blank")),
                PolicySelector.auto().choose(seed.form(), "forms/" + seed.id() + ".xlsx"))).toList();
    }

    static byte[] write(List<Evaluation> evaluations, Language language) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonEvaluations.write(evaluations, language, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Evaluation> read(byte[] json) throws IOException {
        return JsonEvaluations.read(new ByteArrayInputStream(json), "results.json");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSeedFormsEvaluatedReadBackEqualInEitherLanguage(Language language) throws IOException {
        List<Evaluation> evaluations = seeds();

        assertThat(read(write(evaluations, language))).isEqualTo(evaluations);
    }

    @Test
    void theSummaryCarriesTheCommandLinesKeysThenTheTextsAndAmounts() throws IOException {
        JsonNode first = PLAIN.readTree(write(seeds(), Language.CHINESE)).get(0);

        assertThat(fieldNames(first)).containsExactly("source", "duplicateOf", "lang", "project", "department", "year", "policy",
                "policyReason", "reported", "computed", "funding", "indicators", "findings", "evaluation");
        assertThat(first.get("source").asText()).isEqualTo("beijing.xlsx!表1!A1");
        assertThat(first.get("policyReason").asText()).contains("北京市");
        assertThat(first.at("/funding/budget").decimalValue()).isEqualByComparingTo("303.50");
        assertThat(first.at("/indicators/0/target").asText()).isEqualTo("≤0.5%");
        assertThat(first.at("/findings/0/severity").asText()).isEqualTo("ERROR");
        assertThat(fieldNames(first.get("evaluation"))).containsExactly("source", "readingFindings", "policyChoice",
                "report");
    }

    @Test
    void generatedFormsUnderAnyPolicyReadBackEqual() {
        qt().withExamples(Math.max(50, EXAMPLES)).forAll(Generators.forms(8), ScoringGenerators.presets())
                .checkAssert((form, policy) -> {
                    Evaluation evaluation = Evaluation.of(new Origin("g.xlsx", "Sheet1", "A1"), form, List.of(),
                            PolicySelector.fixed(policy).choose(form));
                    try {
                        assertThat(read(write(List.of(evaluation), Language.ENGLISH))).containsExactly(evaluation);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void aSummaryKeyEditedApartFromItsEvaluationIsAnErrorAtItsPointer() {
        byte[] edited = edited(n -> ((ObjectNode) n.at("/0/computed")).put("total", 99.5));

        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(edited))
                .satisfies(e -> assertThat(e.location()).isEqualTo("/0/computed/total"))
                .withMessageContaining("the summary says \"99.5\" where its evaluation says \"100\"");
    }

    @Test
    void aFindingDroppedFromTheSummaryIsAnError() {
        byte[] edited = edited(n -> ((ArrayNode) n.at("/0/findings")).remove(0));

        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(edited))
                .satisfies(e -> assertThat(e.location()).startsWith("/0/findings"));
    }

    @Test
    void anEvaluationWithoutItsSummaryReadsAndTheSummaryIsNothingWithoutIt() throws IOException {
        byte[] bare = edited(n -> ((ObjectNode) n.get(0)).retain("evaluation"));
        byte[] summaryOnly = edited(n -> ((ObjectNode) n.get(0)).remove("evaluation"));

        assertThat(read(bare)).containsExactly(seeds().get(0));
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(summaryOnly))
                .withMessageContaining("missing required field \"evaluation\"");
    }

    @Test
    void aCardOtherThanTheRulesComputeReadsAsRecordedAndVerifySaysWhere() throws IOException {
        byte[] edited = edited(n -> ((ObjectNode) n.at("/0/evaluation/report/card/execution"))
                .put("explanationEn", "full marks"));

        Evaluation read = read(edited).get(0);

        assertThat(JsonCards.verify(read.audit())).hasValueSatisfying(d -> assertThat(d)
                .startsWith("/card/execution/explanationEn"));
    }

    private static byte[] edited(Consumer<JsonNode> edit) {
        try {
            JsonNode json = PLAIN.readTree(write(seeds().subList(0, 1), Language.CHINESE));
            edit.accept(json);
            return PLAIN.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
