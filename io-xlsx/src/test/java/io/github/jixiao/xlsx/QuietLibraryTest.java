// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * An application that embeds jixiao hears nothing from its dependencies: in a fresh JVM with the test class path and
 * no logging configured, reading an .xls (POI, which logs through log4j-api) and the first {@code Amount.money()}
 * (Moneta, which logs through java.util.logging) print nothing.
 */
class QuietLibraryTest {

    /** The embedding application: exits 0 when it read the forms and made their amounts, printing nothing itself. */
    public static final class Application {
        public static void main(String[] args) throws IOException {
            FormFormat xls = FormFormat.forFileName("forms.xls").orElseThrow();
            List<SelfEvaluation> forms;
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                forms = xls.read(in).forms();
            }
            MonetaryAmount budget = forms.get(0).funding().total().orElseThrow().adjustedBudget().orElseThrow().money();
            System.exit(forms.size() == 1 && budget.getCurrency().getCurrencyCode().equals("CNY") ? 0 : 3);
        }
    }

    @Test
    void readingAnXlsAndMakingMoneyPrintNothing() throws Exception {
        Path out = Files.createTempFile("quiet-out", ".txt");
        Path err = Files.createTempFile("quiet-err", ".txt");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                    SampleWorkbooksTest.FORMS.resolve("beijing.xls").toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String printed = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).isEmpty();
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
