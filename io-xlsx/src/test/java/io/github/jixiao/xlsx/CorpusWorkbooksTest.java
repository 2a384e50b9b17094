// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.fixtures.Corpus;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real forms of the corpus as workbooks laid out as their sources print them (01–05, 02 also as .xls): each
 * reads as one form with no error, row by row as the oracle says, every value citing the cell the oracle names,
 * and audits to a total within the oracle's range with the findings a careful auditor raises.
 */
class CorpusWorkbooksTest {

    static Stream<Arguments> workbooks() {
        return Stream.of(Arguments.of("01_zhongjiang-shuibiaochi.xlsx", "98.17", "110.01", List.of("110")),
                Arguments.of("02_yongde-yingyanggaishan.xlsx", "97.79", "99.81", List.of("资金到位及时率", "政策知晓率")),
                Arguments.of("02_yongde-yingyanggaishan.xls", "97.79", "99.81", List.of("资金到位及时率", "政策知晓率")),
                Arguments.of("03_baoshan-chunjieweiwen.xlsx", "93.99", "100.01", List.of()),
                Arguments.of("04_putuo-tiyu-jiesuan.xlsx", "94.61", "98.63", List.of("执行率")),
                Arguments.of("05_tianchang-shuihanzaihai.xlsx", "87.99", "100.01", List.of("target")));
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void eachRealWorkbookReadsAsTheOracleSaysAndAuditsWithinItsRange(String file, String low, String high,
            List<String> mentioned) throws IOException {
        ReadResult result = read(file);
        assertThat(result.entries()).singleElement()
                .satisfies(e -> assertThat(e.findings()).noneMatch(f -> f.severity() == Severity.ERROR));
        SelfEvaluation form = result.forms().get(0);
        String number = file.substring(0, 2);
        assertThat(form.project().name()).isEqualTo(Corpus.oracle(number).get("project").asText());
        Corpus.assertRowsAsOracle(form, number);
        assertCitesTheOraclesCells(form, number, file);
        AuditReport report = Audit.check(form, ScoringPolicy.national());
        assertThat(report.card().finalTotal()).isBetween(new BigDecimal(low), new BigDecimal(high));
        for (String word : mentioned) {
            assertThat(report.findings()).anySatisfy(f -> assertThat(f.location() + f.messageEn() + f.messageZh())
                    .contains(word));
        }
    }

    /** Each cell the oracle names for a row (得分 at I16, 实际完成值 at G16 …) is where the form says it read it. */
    private static void assertCitesTheOraclesCells(SelfEvaluation form, String number, String file) {
        Map<String, Field> fields = Map.of("score", Field.SCORE, "actual", Field.ACTUAL, "target", Field.TARGET,
                "reason", Field.NOTE, "name", Field.NAME);
        for (IndicatorTree.Leaf leaf : form.indicators().leaves()) {
            Indicator indicator = leaf.indicator();
            JsonNode cells;
            try {
                cells = Corpus.cells(number, indicator.name());
            } catch (IllegalArgumentException notInTheOracle) {
                continue;
            }
            for (Iterator<String> it = cells.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (fields.containsKey(key)) {
                    assertThat(indicator.origin(fields.get(key))).as("%s of %s", key, indicator.name())
                            .hasValueSatisfying(at -> assertThat(at.toString())
                                    .isEqualTo(file + "!" + Corpus.oracle(number).get("sheet").asText() + "!"
                                            + cells.get(key).asText()));
                }
            }
        }
    }

    private static ReadResult read(String file) throws IOException {
        try (InputStream in = CorpusWorkbooksTest.class.getResourceAsStream("/corpus/" + file)) {
            return FormFormat.forFileName(file).orElseThrow().read(in, ReadOptions.defaults().withSourceName(file));
        }
    }
}
