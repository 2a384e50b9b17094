// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.layout.fixtures.Corpus;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each seed and corpus form must read back as, whatever document it comes from: its project, funding amounts
 * and every indicator's name, target and actual texts, weight and score — the seeds' from {@link SeedForms}, the
 * corpus forms' from the corpus oracle, row by row as {@link Corpus#assertRowsAsOracle} compares them for the
 * transcriptions and the workbooks.
 */
public final class ExpectedForms {

    private ExpectedForms() {
    }

    /**
     * An indicator row as expected.
     *
     * @param name the 三级指标 as written
     * @param target the 年度指标值 as written (cells of a split target joined)
     * @param actual the 实际完成值 as written
     * @param weight the 分值
     * @param reported the 得分
     */
    public record Row(String name, String target, String actual, BigDecimal weight, BigDecimal reported) {
    }

    /**
     * A form as expected.
     *
     * @param id the seed id or the corpus number
     * @param project the 项目名称
     * @param budget the 年度资金总额's 全年预算数
     * @param executed the 年度资金总额's 全年执行数
     * @param rows the indicator rows, in form order
     */
    public record Form(String id, String project, BigDecimal budget, BigDecimal executed, List<Row> rows) {
    }

    /** The seed forms of a seed workbook, in order. @param seed beijing, shanghai or shenzhen @return never null */
    public static List<Form> seeds(String seed) {
        List<Form> forms = new ArrayList<>();
        for (SeedForms.Seed s : SeedForms.seeds()) {
            if (s.id().equals(seed) || s.id().startsWith(seed + "-")) {
                forms.add(of(s.id(), s.form()));
            }
        }
        return forms;
    }

    /** A form read, in the terms of the expectation. */
    public static Form of(String id, SelfEvaluation form) {
        List<Row> rows = new ArrayList<>();
        for (Category category : form.indicators().categories()) {
            for (Subcategory subcategory : category.subcategories()) {
                for (Indicator indicator : subcategory.indicators()) {
                    rows.add(new Row(indicator.name(), indicator.target().text(), indicator.actual().text(),
                            indicator.weight().orElse(null), indicator.reportedScore().orElse(null)));
                }
            }
        }
        Optional<FundingSource> total = form.funding().total();
        return new Form(id, form.project().name(),
                total.flatMap(FundingSource::adjustedBudget).map(Amount::number).orElse(null),
                total.flatMap(FundingSource::executed).map(Amount::number).orElse(null), rows);
    }

    /**
     * Asserts that a seed or corpus document, read by the format its extension names, holds the forms of its
     * workbook.
     *
     * @param document the document's name, such as {@code beijing.pdf}
     * @param bytes the document
     * @throws IOException if it cannot be read
     */
    public static void assertEachFormReadsBack(String document, byte[] bytes) throws IOException {
        String workbook = document.substring(0, document.lastIndexOf('.'));
        List<SelfEvaluation> forms = read(document, bytes).forms();
        if (WorkbookTexts.SEEDS.contains(workbook)) {
            List<Form> expected = seeds(workbook);
            assertThat(forms).hasSameSizeAs(expected);
            for (int i = 0; i < forms.size(); i++) {
                assertReadsAs(forms.get(i), expected.get(i));
            }
        } else {
            String number = workbook.substring(0, 2);
            JsonNode oracle = Corpus.oracle(number);
            JsonNode execution = oracle.get("execution");
            assertThat(forms).hasSize(1);
            Form read = of(number, forms.get(0));
            assertThat(read.project()).isEqualTo(oracle.get("project").asText());
            assertThat(read.budget()).as(number + " 全年预算数")
                    .isEqualByComparingTo(execution.get("budget_全年预算数").asText());
            assertThat(read.executed()).as(number + " 全年执行数")
                    .isEqualByComparingTo(execution.get("executed_全年执行数").asText());
            Corpus.assertRowsAsOracle(forms.get(0), number);
        }
    }

    /**
     * Asserts that the project fields of a document's first form cite the document and places of the form given.
     *
     * @param document the document's name
     * @param bytes the document
     * @param place the pattern of a place, such as {@code r\\d+c\\d+}
     * @throws IOException if it cannot be read
     */
    public static void assertValuesCite(String document, byte[] bytes, String place) throws IOException {
        SelfEvaluation form = read(document, bytes).forms().get(0);
        assertThat(form.project().origins().values()).isNotEmpty().allSatisfy(origin -> {
            assertThat(origin.document()).isEqualTo(document);
            assertThat(origin.place()).matches(place);
        });
    }

    private static ReadResult read(String document, byte[] bytes) throws IOException {
        return FormFormat.forFileName(document).orElseThrow().read(new ByteArrayInputStream(bytes),
                ReadOptions.defaults().withSourceName(document));
    }

    /**
     * Asserts that a form read holds what is expected: the same project, funding amounts (by value) and every
     * expected indicator row, in order (the form may hold more rows, such as placeholders the oracle leaves out).
     *
     * @param read the form read from a document
     * @param expected what it must hold
     */
    public static void assertReadsAs(SelfEvaluation read, Form expected) {
        Form actual = of(expected.id(), read);
        assertThat(actual.project()).as(expected.id() + " project").isEqualTo(expected.project());
        assertThat(actual.budget()).as(expected.id() + " 全年预算数").isEqualByComparingTo(expected.budget());
        assertThat(actual.executed()).as(expected.id() + " 全年执行数").isEqualByComparingTo(expected.executed());
        int at = 0;
        for (Row row : expected.rows()) {
            while (at < actual.rows().size() && !actual.rows().get(at).name().equals(row.name())) {
                at++;
            }
            assertThat(at).as(expected.id() + " has the row " + row.name()).isLessThan(actual.rows().size());
            Row got = actual.rows().get(at++);
            assertThat(got.target()).as(row.name() + " 年度指标值").isEqualTo(row.target());
            assertThat(got.actual()).as(row.name() + " 实际完成值").isEqualTo(row.actual());
            assertThat(got.weight()).as(row.name() + " 分值").isEqualByComparingTo(row.weight());
            assertThat(got.reported()).as(row.name() + " 得分").isEqualByComparingTo(row.reported());
        }
    }
}
