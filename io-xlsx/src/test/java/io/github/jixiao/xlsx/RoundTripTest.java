// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code read(write(x)).equals(x)}: what the template writer writes, the reader gives back equal. */
class RoundTripTest {

    private static final XlsxFormat XLSX = new XlsxFormat();

    static List<SeedForms.Seed> seeds() {
        return SeedForms.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void eachSeedFormReadsBackEqual(SeedForms.Seed seed) {
        ReadResult result = roundTrip(List.of(seed.form()));
        assertThat(result.forms()).containsExactly(seed.form());
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void allSixteenSeedFormsInOneWorkbookReadBackEqualInOrder() {
        assertThat(roundTrip(SeedForms.all()).forms()).containsExactlyElementsOf(SeedForms.all());
    }

    @Test
    void generatedFormsReadBackEqual() {
        qt().withExamples(Math.max(100, Integer.getInteger("QT_EXAMPLES", 1000) / 5))
                .forAll(Generators.forms(12))
                .checkAssert(form -> assertThat(roundTrip(List.of(form)).forms()).containsExactly(form));
    }

    @Test
    void everyCharacterSurvivesATripThroughAWorkbook() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 1000))
                .forAll(Generators.forms(3), OoxmlEscapesTest.strings(), OoxmlEscapesTest.strings())
                .checkAssert((generated, a, b) -> {
                    SelfEvaluation form = SelfEvaluation.builder().from(generated)
                            .title(SelfEvaluation.STANDARD_TITLE + "«" + a + "»")
                            .project(Project.builder().from(generated.project()).name("项目«" + a + "»")
                                    .department("«" + b + "»").lead("«" + a + b + "»").build())
                            .goal(AnnualGoal.of("«" + b + "»", "«" + a + "»"))
                            .build();
                    assertThat(roundTrip(List.of(form)).forms()).containsExactly(form);
                });
    }

    private static ReadResult roundTrip(List<SelfEvaluation> forms) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XLSX.write(forms, out);
            return XLSX.read(new ByteArrayInputStream(out.toByteArray()),
                    ReadOptions.strictReading().withSourceName("round-trip.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
