// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Origin;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

/**
 * The formulas of the written sheet, evaluated by POI, equal what the scorer computes: the execution score,
 * the total and the grade, for the seeds under the presets and for generated forms.
 */
class AuditedTemplateTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final List<ScoringPolicy> PRESETS = List.of(ScoringPolicy.national(), ScoringPolicy.shenzhen(),
            ScoringPolicy.shanghai(), ScoringPolicy.twentyPointExecution());

    static Stream<Arguments> seedsUnderPresets() {
        return SeedForms.seeds().stream()
                .flatMap(seed -> PRESETS.stream().map(policy -> Arguments.of(seed, policy.name(), policy)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedsUnderPresets")
    void theFormulasGiveTheScorersFiguresForEachSeed(SeedForms.Seed seed, String name, ScoringPolicy policy)
            throws IOException {
        AuditReport report = Audit.check(seed.form(), policy);
        try (Written written = audited(List.of(report))) {
            assertFormulasMatch(written, written.sheet(0), report.card());
        }
    }

    @Test
    void theFormulasGiveTheScorersFiguresForGeneratedForms() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms(), Generate.pick(PRESETS)).checkAssert((form, policy) -> {
            AuditReport report = Audit.check(form, policy);
            try (Written written = audited(List.of(report))) {
                assertFormulasMatch(written, written.sheet(0), report.card());
                PrintedCells.assertPrinted(written.sheet(0), form);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void marksEveryFindingOfEverySeedOnTheAuditSheet() throws IOException {
        List<AuditReport> reports = SeedForms.all().stream().map(f -> Audit.check(f, ScoringPolicy.national()))
                .toList();
        try (Written written = audited(reports)) {
            assertThat(written.workbook.getNumberOfSheets()).isEqualTo(17);
            Sheet audit = written.workbook.getSheet("审核");
            int findings = reports.stream().mapToInt(r -> r.findings().size()).sum();
            assertThat(findings).isPositive();
            assertThat(audit.getLastRowNum()).isEqualTo(findings);
        }
    }

    private static void assertFormulasMatch(Written written, Sheet sheet, ScoreCard card) {
        int totalLine = PrintedCells.row(sheet, "年初预算数") + 1;
        assertThat(TemplateWriterTest.evaluate(written, "L" + totalLine, card.policy().rounding().scoreScale()))
                .isEqualByComparingTo(card.execution().points());
        int total = PrintedCells.row(sheet, "总分");
        // the sheet shows the total at the policy's score scale; the card's total has more decimals only when a
        // qualitative band holds no number of that scale (a weight of 0.01: 部分达成 is [0.006, 0.008))
        assertThat(TemplateWriterTest.evaluate(written, "L" + total, card.policy().rounding().scoreScale()))
                .isEqualByComparingTo(card.policy().rounding().score(card.total()));
        if (card.form().reportedGrade().isPresent() && card.rescaledTotal().isEmpty()) {
            String grade = written.evaluator.evaluate(written.cell("L" + (total + 1))).getStringValue();
            assertThat(grade).isEqualTo(card.grade().label());
        }
    }

    private static Written audited(List<AuditReport> reports) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.writeAudited(reports.stream().map(r -> Evaluation.of(new Origin("audited.xlsx", "", ""), r))
                .toList(), out);
        return Written.of(out.toByteArray());
    }
}
