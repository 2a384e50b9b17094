// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.DatePrecision;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.SubcategoryKind;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreNote;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the jar accepts everything the module writes (forms, and through its {@code $defs}
 * cards and reports) and rejects what it cannot read.
 */
class SchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA_NODE = schemaNode();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_NODE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private static JsonNode schemaNode() {
        try (InputStream in = JsonFormat.class.getResourceAsStream("self-evaluation.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of the documents of JsonCards: the shipped schema with its root replaced by a $ref. */
    private static JsonSchema schemaOf(String def) {
        ObjectNode root = SCHEMA_NODE.deepCopy();
        root.remove(List.of("$id", "oneOf"));
        root.put("$ref", "#/$defs/" + def);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(root, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static final JsonSchema CARDS = schemaOf("cardDocument");
    private static final JsonSchema REPORTS = schemaOf("reportDocument");
    private static final JsonSchema EVALUATIONS = schemaOf("evaluationDocument");

    private static Set<ValidationMessage> validate(byte[] json) {
        return validate(SCHEMA, json);
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, byte[] json) {
        try {
            return schema.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void acceptsTheEvaluationsOfEverySeedFormInEitherLanguageAndRejectsAnEditedShape() throws IOException {
        for (io.github.jixiao.finding.Language language : io.github.jixiao.finding.Language.values()) {
            byte[] json = EvaluationsJsonTest.write(EvaluationsJsonTest.seeds(), language);
            assertThat(validate(EVALUATIONS, json)).as(language.code()).isEmpty();
            JsonNode tree = MAPPER.readTree(json);
            ((ObjectNode) tree.get(0)).put("lang", "fr");
            assertThat(validate(EVALUATIONS, MAPPER.writeValueAsBytes(tree))).isNotEmpty();
        }
    }

    @Test
    void isDraft202012() {
        assertThat(SCHEMA_NODE.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    static Stream<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(SeedFormsJsonTest.SAMPLES)) {
            list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).hasSize(16);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsValid(Path sample) throws IOException {
        assertThat(validate(Files.readAllBytes(sample))).isEmpty();
    }

    @Test
    void theTestFormsAreValidOneByOneAndAsOneObject() throws IOException {
        assertThat(validate(JsonFormatTest.write(JsonTestForms.all()))).isEmpty();
        JsonNode array = MAPPER.readTree(JsonFormatTest.write(List.of(JsonTestForms.everyKind())));
        assertThat(SCHEMA.validate(array.get(0))).isEmpty();
    }

    @Test
    void everyGeneratedFormIsValid() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 1000))
                .forAll(JsonFormGen.forms(), Generators.forms())
                .checkAssert((a, b) -> assertThat(validate(JsonFormatTest.write(List.of(a, b)))).isEmpty());
    }

    @Test
    void everySeedScoredAndAuditedIsAValidCardAndReport() {
        for (SeedForms.Seed seed : SeedForms.seeds()) {
            AuditReport report = Audit.check(seed.form(), CardsJsonTest.policyOf(seed));
            assertThat(validate(CARDS, CardsJsonTest.writeCards(List.of(report.card())))).as(seed.id()).isEmpty();
            assertThat(validate(REPORTS, CardsJsonTest.writeReports(List.of(report)))).as(seed.id()).isEmpty();
        }
    }

    @Test
    void everyGeneratedCardAndReportIsValid() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 1000))
                .forAll(ScoringGenerators.forms(), ScoringGenerators.policies(), JsonFormGen.forms())
                .checkAssert((form, policy, any) -> {
                    AuditReport report = Audit.check(form, policy);
                    assertThat(validate(REPORTS, CardsJsonTest.writeReports(List.of(report)))).isEmpty();
                    byte[] cards = CardsJsonTest.writeCards(List.of(Scorer.score(any, policy), report.card()));
                    assertThat(validate(CARDS, cards)).isEmpty();
                });
    }

    @Test
    void rejectsCardsTheReaderRejectsBeforeScoring() throws IOException {
        byte[] valid = CardsJsonTest.writeCards(List.of(Scorer.score(SeedForms.form("beijing"),
                ScoringPolicy.national())));
        assertThat(validate(CARDS, valid)).isEmpty();
        assertThat(validate(SCHEMA, valid)).isNotEmpty();
        for (String[] edit : new String[][] {{"\"half-up\"", "\"unnecessary\""}, {"\"grade\"", "\"mark\""},
            {"\"rescaleNotApplicable\": false", "\"rescaleNotApplicable\": \"false\""},
            {"\"total\": \"", "\"total\": \"+"}}) {
            String json = new String(valid, StandardCharsets.UTF_8);
            assertThat(json).contains(edit[0]);
            assertThat(validate(CARDS, json.replace(edit[0], edit[1]).getBytes(StandardCharsets.UTF_8)))
                    .as(edit[1]).isNotEmpty();
        }
        assertThat(validate(REPORTS, valid)).isNotEmpty();
    }

    static Stream<Arguments> invalidDocuments() {
        List<String> schemaVisible = List.of("unknown field", "wrong type", "null for a required field",
                "missing required field", "missing field of a kind", "field of another kind", "unknown kind",
                "amount with an exponent", "amount beyond the scale", "amount beyond 18 integer digits",
                "amount with leading zeros", "currency other than CNY", "1e1000000 as a decimal",
                "1e1000000 as a year", "a number as the document");
        return JsonFormatTest.badDocuments().filter(a -> schemaVisible.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void rejectsWhatTheReaderRejects(String name, byte[] json) {
        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void listsEveryCodeOfEveryEnum() {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        assertThat(codes(defs.at("/comparator/enum"))).isEqualTo(codes(Comparison.values()));
        assertThat(codes(defs.at("/precision/enum"))).isEqualTo(codes(DatePrecision.values()));
        assertThat(codes(defs.at("/category/properties/kind/enum"))).isEqualTo(codes(CategoryKind.values()));
        assertThat(codes(defs.at("/subcategory/properties/kind/enum"))).isEqualTo(codes(SubcategoryKind.values()));
        assertThat(codes(defs.at("/fundingSource/properties/kind/enum"))).isEqualTo(codes(FundingKind.values()));
        assertThat(codes(defs.at("/finding/properties/severity/enum"))).isEqualTo(codes(Severity.values()));
        assertThat(codes(defs.at("/actual/oneOf/3/properties/level/enum")))
                .isEqualTo(codes(AchievementLevel.values()));
        assertThat(codes(defs.at("/actual/oneOf/3/properties/levelLabel/enum")))
                .isEqualTo(Arrays.stream(AchievementLevel.values()).map(AchievementLevel::label).toList());
        assertThat(codes(defs.at("/scoreCard/properties/grade/enum"))).isEqualTo(codes(Grade.values()));
        assertThat(codes(defs.at("/scoreCard/properties/gradeLabel/enum")))
                .isEqualTo(Arrays.stream(Grade.values()).map(Grade::label).toList());
        assertThat(codes(defs.at("/indicatorScore/properties/rule/enum"))).isEqualTo(codes(Rule.values()));
        assertThat(codes(defs.at("/scoreNotes/items/enum"))).isEqualTo(codes(ScoreNote.values()));
        assertThat(codes(defs.at("/roundingPolicy/properties/rateMode/enum")))
                .isEqualTo(codes(RoundingMode.values()).stream().filter(c -> !c.equals("unnecessary")).toList());
        assertThat(defs.at("/roundingPolicy/properties/scoreMode")).isEqualTo(defs.at("/roundingPolicy/properties/rateMode"));
        JsonNode policy = defs.at("/scoringPolicy/properties");
        assertThat(codes(policy.at("/denominator/enum"))).isEqualTo(codes(ScoringPolicy.Denominator.values()));
        assertThat(codes(policy.at("/equality/enum"))).isEqualTo(codes(ScoringPolicy.Equality.values()));
        assertThat(codes(policy.at("/bareTarget/enum"))).isEqualTo(codes(ScoringPolicy.BareTarget.values()));
        assertThat(codes(policy.at("/zeroTarget/enum"))).isEqualTo(codes(ScoringPolicy.ZeroTarget.values()));
        assertThat(codes(policy.at("/overAchievement/enum"))).isEqualTo(codes(ScoringPolicy.OverAchievement.values()));
        assertThat(codes(policy.at("/bandPoint/enum"))).isEqualTo(codes(ScoringPolicy.BandPoint.values()));
        assertThat(codes(policy.at("/lateDeadline/enum"))).isEqualTo(codes(ScoringPolicy.LateDeadline.values()));
        List<String> kinds = new ArrayList<>();
        defs.at("/target/oneOf").forEach(v -> kinds.add(v.at("/properties/kind/const").asText()));
        defs.at("/actual/oneOf").forEach(v -> kinds.add(v.at("/properties/kind/const").asText()));
        assertThat(kinds).isEqualTo(expectedKindCodes());
    }

    private static List<String> expectedKindCodes() {
        List<String> codes = new ArrayList<>();
        for (boolean target : new boolean[] {true, false}) {
            for (ValueKind kind : ValueKind.values()) {
                if (kind.isFor(target)) {
                    codes.add(kind.code);
                }
            }
        }
        return codes;
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.asText()));
        return codes;
    }

    private static List<String> codes(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Codes::of).toList();
    }
}
