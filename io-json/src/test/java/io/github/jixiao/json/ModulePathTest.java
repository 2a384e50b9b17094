// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's recipe for the module path, as a user follows it: a module of the user's ({@code src/test/consumer})
 * requiring {@code io.github.jixiao.json} is compiled with javac and run with {@code java --module-path}, holding
 * this module, its runtime dependencies (written by maven-dependency-plugin) and okhttp, which Moneta's module
 * descriptor requires. It reads a JSON form through the {@code FormFormat} service, scores it, and reads an amount
 * through {@code JixiaoModule} found by Jackson's service lookup.
 */
class ModulePathTest {

    private static final Path BUILD = Path.of("target", "module-path");
    private static final Path FORM = Path.of("..", "examples", "forms", "beijing.json");

    @Test
    void aModuleOfTheUsersReadsAndScoresAFormOnTheModulePath() throws Exception {
        List<String> modulePath = new ArrayList<>(List.of(Path.of("target", "classes").toString()));
        modulePath.addAll(List.of(Files.readString(BUILD.resolve("runtime-classpath.txt")).strip()
                .split(File.pathSeparator)));
        try (Stream<Path> extra = Files.list(BUILD.resolve("okhttp"))) {
            extra.forEach(jar -> modulePath.add(jar.toString()));
        }
        assertThat(modulePath).anyMatch(p -> p.contains("okhttp-")).anyMatch(p -> p.contains("moneta-core"));
        Path classes = Files.createDirectories(BUILD.resolve("consumer"));
        Path sources = Path.of("src", "test", "consumer");
        List<String> javac = new ArrayList<>(List.of("-d", classes.toString(), "--module-path",
                String.join(File.pathSeparator, modulePath), "-Xlint:all", "-Werror"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
        }
        StringWriter compilerOutput = new StringWriter();
        int compiled = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(compilerOutput, true),
                new PrintWriter(compilerOutput, true), javac.toArray(String[]::new));
        assertThat(compiled).as(compilerOutput.toString()).isZero();

        Path out = Files.createTempFile("module-path", ".txt");
        try {
            Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path", classes + File.pathSeparator + String.join(File.pathSeparator, modulePath),
                    "--module", "jixiao.consumer/io.github.jixiao.consumer.Main", FORM.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(java.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(java.exitValue()).as(printed).isZero();
            ScoreCard card = Scorer.score(beijing(), ScoringPolicy.national());
            assertThat(printed).isEqualTo("jixiao.consumer io.github.jixiao.core io.github.jixiao.json "
                    + card.total().toPlainString() + " " + card.grade().label() + " CNY 3035000\n");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static SelfEvaluation beijing() throws IOException {
        try (InputStream in = Files.newInputStream(FORM)) {
            return new JsonFormat().read(in).forms().get(0);
        }
    }
}
