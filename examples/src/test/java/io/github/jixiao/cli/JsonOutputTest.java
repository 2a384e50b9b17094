// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.json.JsonEvaluations;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code score --json} and {@code audit --json} print is the library's one JSON form of results: for every
 * bundled form, every corpus workbook and the Word documents and PDFs made from them, it reads back with {@link JsonEvaluations} into the evaluations the command
 * line made, and the shipped schema accepts it.
 */
class JsonOutputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CORPUS = Path.of("../io-xlsx/src/test/resources/corpus");

    static List<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>(JixiaoTest.bundled("xlsx"));
        files.addAll(JixiaoTest.bundled("xls"));
        files.addAll(JixiaoTest.bundled("json"));
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            corpus.filter(f -> f.toString().matches(".*\\.xlsx?$")).sorted().forEach(files::add);
        }
        // the seed and corpus forms as Word documents and PDFs, a disclosure of several forms among other tables
        for (Path folder : List.of(WordAndPdfTest.WORD, WordAndPdfTest.PDF)) {
            try (Stream<Path> documents = Files.list(folder)) {
                documents.filter(f -> f.toString().matches(".*\\.(docx?|pdf)$")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "audit"})
    void theJsonOutputReadsBackIntoTheEvaluationsTheCommandLineMadeAndTheSchemaAcceptsIt(String command)
            throws IOException {
        List<Path> files = inputs();
        JixiaoTest.Run run = JixiaoTest.jixiao(JixiaoTest.args(List.of(command, "--json", "--lang", "en"), files));
        assertThat(run.exit()).as(run.err()).isZero();
        byte[] json = run.out().getBytes(StandardCharsets.UTF_8);

        List<Evaluation> read = JsonEvaluations.read(new ByteArrayInputStream(json), command + ".json");

        Evaluator evaluator = new Evaluator(PolicySelector.auto(), ReadOptions.lenientReading());
        List<Evaluation> made = new ArrayList<>();
        for (Path file : files) {
            made.addAll(evaluator.evaluate(file).forms());
        }
        assertThat(read).hasSize(made.size()).hasSizeGreaterThan(20);
        if (command.equals("score")) {
            assertThat(read).isEqualTo(made);
        } else {
            assertThat(read).containsExactlyInAnyOrderElementsOf(made);
        }
        assertThat(schema().validate(MAPPER.readTree(json))).isEmpty();
    }

    /** The shipped schema, its root the evaluation document. */
    private static JsonSchema schema() throws IOException {
        try (InputStream in = JsonFormat.class.getResourceAsStream("self-evaluation.schema.json")) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(in);
            root.remove(List.of("$id", "oneOf"));
            root.put("$ref", "#/$defs/evaluationDocument");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(root, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
