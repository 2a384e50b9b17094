// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.scoring.GradeBands;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy file schema shipped beside the form schema ({@code scoring-policy.schema.json}) accepts every preset
 * and every policy core writes, agrees with the policy definitions of the form schema, and a card's policy is
 * exactly a policy file.
 */
class PolicySchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper MODULE = new ObjectMapper().registerModule(new JixiaoModule());
    private static final JsonNode POLICY_SCHEMA = schema("scoring-policy.schema.json");
    private static final JsonNode FORM_SCHEMA = schema("self-evaluation.schema.json");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(POLICY_SCHEMA, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private static JsonNode schema(String name) {
        try (InputStream in = JsonFormat.class.getResourceAsStream(name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> presets() {
        return ScoringPolicy.presets().stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetIsValid(String name) throws IOException {
        String file;
        try (InputStream in = ScoringPolicy.class.getResourceAsStream("presets/" + name + ".json")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(SCHEMA.validate(tree(file))).isEmpty();
    }

    @Test
    void everyPolicyCoreWritesIsValid() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 1000)).forAll(ScoringGenerators.policies())
                .checkAssert(policy -> assertThat(SCHEMA.validate(tree(policy.toJson()))).isEmpty());
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefusesByType() {
        ObjectNode policy = (ObjectNode) tree(ScoringPolicy.national().toJson());
        assertThat(SCHEMA.validate(policy.deepCopy().put("roundng", "x"))).isNotEmpty();
        ObjectNode goodAsTrue = policy.deepCopy();
        ((ObjectNode) goodAsTrue.get("grades")).put("goodFrom", true);
        assertThat(SCHEMA.validate(goodAsTrue)).isNotEmpty();
        assertThat(SCHEMA.validate(policy.deepCopy().put("equality", "atleast"))).isNotEmpty();
        assertThat(SCHEMA.validate(policy.deepCopy().put("executionWeight", 10))).isNotEmpty();
        assertThat(SCHEMA.validate(policy.deepCopy().put("region", " "))).isNotEmpty();
        ObjectNode noBands = policy.deepCopy();
        noBands.remove("qualitativeBands");
        assertThat(SCHEMA.validate(noBands)).isNotEmpty();
        ObjectNode bare = policy.deepCopy();
        bare.remove(List.of("region", "description", "source"));
        assertThat(SCHEMA.validate(bare)).isEmpty();
    }

    @Test
    void theFormSchemaDescribesACardsPolicyWithTheSameDefinitions() {
        for (String def : List.of("decimal", "roundingPolicy", "qualitativeBands", "gradeBands", "scoringPolicy")) {
            assertThat(FORM_SCHEMA.at("/$defs/" + def)).as(def).isEqualTo(POLICY_SCHEMA.at("/$defs/" + def));
        }
        assertThat(POLICY_SCHEMA.get("$defs")).hasSize(5);
        JsonNode properties = POLICY_SCHEMA.at("/$defs/scoringPolicy/properties");
        assertThat(codes(properties.at("/unstatedResult/enum"))).isEqualTo(Arrays.stream(
                ScoringPolicy.UnstatedResult.values()).map(Codes::of).toList());
        assertThat(iterable(properties.fieldNames())).containsExactlyElementsOf(iterable(
                tree(ScoringPolicy.national().toJson()).fieldNames()));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void aCardsPolicyIsThePolicyFile(String name) throws IOException {
        ScoringPolicy policy = ScoringPolicy.preset(name);
        ScoreCard card = Scorer.score(SeedForms.form("shanghai-4"), policy);

        JsonNode written = MAPPER.readTree(CardsJsonTest.writeCards(List.of(card)));
        assertThat(written.at("/0/policy")).isEqualTo(tree(policy.toJson()));
        assertThat(MODULE.readValue(policy.toJson(), ScoringPolicy.class)).isEqualTo(policy);
        assertThat(MAPPER.readTree(MODULE.writeValueAsString(policy.rounding())))
                .isEqualTo(tree(policy.toJson()).get("rounding"));
        assertThat(MAPPER.readTree(MODULE.writeValueAsString(policy.grades())))
                .isEqualTo(tree(policy.toJson()).get("grades"));
        assertThat(MODULE.readValue(tree(policy.toJson()).get("rounding").toString(), RoundingPolicy.class))
                .isEqualTo(policy.rounding());
        assertThat(MODULE.readValue(tree(policy.toJson()).get("grades").toString(), GradeBands.class))
                .isEqualTo(policy.grades());
    }

    @Test
    void aCardsPolicyIsReadByCoreWithThePointerInTheCard() throws IOException {
        ScoreCard card = Scorer.score(SeedForms.form("beijing"), ScoringPolicy.national());
        String json = new String(CardsJsonTest.writeCards(List.of(card)), StandardCharsets.UTF_8);

        String badBand = json.replace("\"achievedFrom\" : \"80\"", "\"achievedFrom\" : \"120\"")
                .replace("\"achievedFrom\": \"80\"", "\"achievedFrom\": \"120\"");
        assertThat(badBand).isNotEqualTo(json);
        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> CardsJsonTest.readCards(badBand.getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(e.location()).isEqualTo("/0/policy/qualitativeBands/achievedFrom"))
                .satisfies(e -> assertThat(e.reason()).contains("a band cannot reach above 100 %"));
        String twice = json.replaceFirst("\"name\" ?: \"national\"", "\"name\": \"national\", \"name\": \"x\"");
        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> CardsJsonTest.readCards(twice.getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(e.location()).isEqualTo("/0/policy/name"))
                .satisfies(e -> assertThat(e.reason()).contains("appears twice"));
        String number = json.replaceFirst("\"executionWeight\" ?: \"10\"", "\"executionWeight\": 10.50");
        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> CardsJsonTest.readCards(number.getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(e.location()).isEqualTo("/0/policy/executionWeight"))
                .satisfies(e -> assertThat(e.reason()).contains("found the number 10.50"));
    }

    private static List<String> codes(JsonNode array) {
        return iterable(array.elements()).stream().map(JsonNode::asText).toList();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
