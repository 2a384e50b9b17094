// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.fixtures.SeedForms.Seed;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 16 seed forms through the json format, and the samples {@code examples/forms/<seed-id>.json}: this test
 * writes them when the system property {@code jixiao.writeSamples} is {@code true}
 * ({@code mvn -pl io-json -am verify -Djixiao.writeSamples=true}) and otherwise checks that the committed files
 * are exactly what it would write, so the samples cannot drift from the module.
 */
class SeedFormsJsonTest {

    static final Path SAMPLES = Path.of("..", "examples", "forms");

    static List<Seed> seeds() {
        return SeedForms.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedFormRoundTrips(Seed seed) throws IOException {
        byte[] bytes = JsonFormatTest.write(List.of(seed.form()));
        assertThat(JsonFormatTest.read(bytes)).containsExactly(seed.form());
    }

    @Test
    void allSeedFormsRoundTripAsOneDocument() throws IOException {
        List<SelfEvaluation> forms = SeedForms.all();
        assertThat(forms).hasSize(16);
        assertThat(JsonFormatTest.read(JsonFormatTest.write(forms))).isEqualTo(forms);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void sampleFileIsWhatTheModuleWrites(Seed seed) throws IOException {
        Path file = SAMPLES.resolve(seed.id() + ".json");
        byte[] expected = JsonFormatTest.write(List.of(seed.form()));
        if (Boolean.getBoolean("jixiao.writeSamples")) {
            Files.createDirectories(SAMPLES);
            Files.write(file, expected);
        }
        byte[] committed = Files.readAllBytes(file);
        assertThat(committed).as("%s is stale: run the build with -Djixiao.writeSamples=true", file)
                .isEqualTo(expected);
        ReadResult read = JsonFormatTest.read(committed, ReadOptions.strictReading().withSourceName(seed.id()
                + ".json"));
        assertThat(read.forms()).containsExactly(seed.form());
        assertThat(JsonFormatTest.write(read.forms())).isEqualTo(committed);
    }

    @Test
    void everyJsonSampleIsASeed() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .collect(Collectors.toSet()))
                    .isEqualTo(seeds().stream().map(s -> s.id() + ".json").collect(Collectors.toSet()));
        }
    }
}
