// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.fixtures.Corpus;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nine real forms of the corpus, as transcribed (a compact layout: labels and values side by side, no
 * section labels, funding titles beside their columns), read by the recogniser: each is one form, read with no
 * error; 01–05 row by row as the oracle says and scored within its ranges; the partial 06–09 at the level of
 * their funding blocks and rows.
 */
class CorpusTranscriptionsTest {

    @ParameterizedTest
    @MethodSource("ids")
    void everyRealFormReadsAsOneFormWithoutAnError(String id) {
        ReadResult result = read(id);
        assertThat(result.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.form()).isPresent();
            assertThat(entry.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        });
    }

    static Stream<String> ids() {
        return Corpus.IDS.stream();
    }

    @ParameterizedTest
    @MethodSource("complete")
    void completeFormsReadRowByRowAsTheOracleAndScoreWithinItsRange(String id, String low, String high) {
        SelfEvaluation form = only(read(id));
        String number = id.substring(0, 2);
        assertThat(form.project().name()).isEqualTo(Corpus.oracle(number).get("project").asText());
        Corpus.assertRowsAsOracle(form, number);
        ScoreCard card = Scorer.score(form, ScoringPolicy.national());
        assertThat(card.finalTotal()).isBetween(new BigDecimal(low), new BigDecimal(high));
    }

    @Test
    void yongdeFundingCellsLostInTheSourceAreNotGuessedButSaidAtTheirCells() {
        ReadResult result = read(Corpus.IDS.get(1));
        FundingSource total = only(result).funding().total().orElseThrow();
        assertThat(total.initialBudget()).isEmpty();
        assertThat(total.adjustedBudget()).isEmpty();
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_AMOUNT_NOT_A_NUMBER"))
                .extracting(f -> f.origin().orElseThrow().place()).containsExactly("r24c2", "r24c3", "r25c2", "r25c3");
    }

    static Stream<Arguments> complete() {
        return Stream.of(Arguments.of(Corpus.IDS.get(0), "98.17", "110.01"), Arguments.of(Corpus.IDS.get(2), "93.99", "100.01"),
                Arguments.of(Corpus.IDS.get(3), "94.61", "98.63"), Arguments.of(Corpus.IDS.get(4), "87.99", "100.01"));
    }

    @Test
    void chizhouEntrustedWorkKeepsItsZeroTotalLineAndTheAuditSaysSo() {
        SelfEvaluation form = only(read(Corpus.IDS.get(5)));
        FundingSource total = form.funding().total().orElseThrow();
        assertThat(total.adjustedBudget()).contains(Amount.of("0", AmountUnit.TEN_THOUSAND_YUAN));
        FundingSource appropriation = form.funding().sources().get(0);
        assertThat(appropriation.label()).isEqualTo("其中:本年财政拨款");
        assertThat(appropriation.initialBudget()).contains(Amount.of("90", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(appropriation.adjustedBudget()).contains(Amount.of("89.974", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(form.funding().sources()).extracting(FundingSource::label)
                .containsExactly("其中:本年财政拨款", "上年结转资金", "其他资金");
        assertThat(names(form)).startsWith("基建工程委托业务项目数量", "委托业务报告合格率");
        assertThat(indicator(form, "委托业务报告合格率").target().text()).isEqualTo("≥100百分比");
        assertThat(form.reportedTotal()).isEmpty();
        AuditReport report = Audit.check(form, ScoringPolicy.national());
        assertThat(report.findings()).extracting(Finding::code).contains("ZERO_BUDGET", "FUNDING_TOTAL_MISMATCH");
    }

    @Test
    void chizhouVillageSubsidyKeepsTheBudgetCutAndItsEqualTargets() {
        SelfEvaluation form = only(read(Corpus.IDS.get(6)));
        FundingSource appropriation = form.funding().sources().get(0);
        assertThat(appropriation.initialBudget()).contains(Amount.of("202.64", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(appropriation.adjustedBudget()).contains(Amount.of("132.912", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(indicator(form, "补助村(社区)数量").target().text()).isEqualTo("=8个");
        assertThat(form.indicators().categories().get(0).printedPoints()).contains(new BigDecimal("50"));
    }

    @Test
    void xiaoxianKeepsCoreMarksAndDetailRowsWithoutPoints() {
        SelfEvaluation form = only(read(Corpus.IDS.get(7)));
        assertThat(form.funding().unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        List<Indicator> core = form.indicators().leaves().stream().map(IndicatorTree.Leaf::indicator)
                .filter(Indicator::isCore).toList();
        assertThat(core).isNotEmpty();
        Indicator detail = form.indicators().leaves().stream().map(IndicatorTree.Leaf::indicator)
                .filter(i -> i.name().startsWith("其中")).findFirst().orElseThrow();
        assertThat(detail.weight()).isEmpty();
        assertThat(detail.reportedScore()).isEmpty();
        assertThat(Audit.check(form, ScoringPolicy.national()).findings()).extracting(Finding::code, Finding::severity)
                .contains(tuple("ROW_WITHOUT_POINTS", Severity.INFO)).doesNotContain(tuple("WEIGHT_MISSING",
                        Severity.WARNING));
    }

    @Test
    void jishanReadsItsRowsAndKeepsItsOneDecimalScores() {
        SelfEvaluation form = only(read(Corpus.IDS.get(8)));
        assertThat(form.project().name()).isEqualTo("国家基本公共卫生服务");
        assertThat(form.indicators().leaves()).hasSizeGreaterThan(15);
        Indicator eighth = form.indicators().leaves().stream().map(IndicatorTree.Leaf::indicator)
                .filter(i -> i.name().startsWith("指标8:")).findFirst().orElseThrow();
        assertThat(eighth.reportedScore()).contains(new BigDecimal("1.9"));
    }

    private static List<String> names(SelfEvaluation form) {
        return form.indicators().leaves().stream().map(l -> l.indicator().name()).toList();
    }

    private static Indicator indicator(SelfEvaluation form, String name) {
        return form.indicators().leaves().stream().map(IndicatorTree.Leaf::indicator)
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static ReadResult read(String id) {
        try {
            return FormRecognizer.recognize(List.of(Corpus.transcription(id)), ReadOptions.defaults());
        } catch (FormReadException e) {
            throw new AssertionError(e);
        }
    }

    private static SelfEvaluation only(ReadResult result) {
        assertThat(result.forms()).hasSize(1);
        return result.forms().get(0);
    }
}
