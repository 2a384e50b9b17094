// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.audit.FindingCode;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The 16 seed forms: printed execution figures under the regional presets, totals and findings under national(). */
class SeedScoringTest {

    /** Under the matching regional preset the execution rate and score are those printed. */
    static Stream<Arguments> printedExecution() {
        return Stream.of(
                Arguments.of("beijing", ScoringPolicy.national(), "1.0000", "10.00"),
                Arguments.of("shenzhen-1", ScoringPolicy.shenzhen(), "0.98", "9.80"),
                Arguments.of("shenzhen-2", ScoringPolicy.shenzhen(), "1.00", "10.00"),
                Arguments.of("shenzhen-3", ScoringPolicy.shenzhen(), "0.87", "8.70"),
                Arguments.of("shenzhen-4", ScoringPolicy.shenzhen(), "0.86", "8.60"),
                Arguments.of("shenzhen-5", ScoringPolicy.shenzhen(), "1.00", "10.00"),
                Arguments.of("shenzhen-6", ScoringPolicy.shenzhen(), "0.98", "9.80"),
                Arguments.of("shenzhen-7", ScoringPolicy.shenzhen(), "0.99", "9.90"),
                Arguments.of("shenzhen-8", ScoringPolicy.shenzhen(), "1.00", "10.00"),
                Arguments.of("shenzhen-9", ScoringPolicy.shenzhen(), "1.00", "10.00"),
                Arguments.of("shanghai-1", ScoringPolicy.shanghai(), "0.9383", "9.38"),
                Arguments.of("shanghai-2", ScoringPolicy.shanghai(), "0.6053", "6.05"),
                Arguments.of("shanghai-3", ScoringPolicy.shanghai(), "1.0000", "10.00"),
                Arguments.of("shanghai-4", ScoringPolicy.shanghai(), "0.8531", "8.53"),
                Arguments.of("shanghai-5", ScoringPolicy.shanghai(), "1.0000", "10.00"),
                Arguments.of("shanghai-6", ScoringPolicy.shanghai(), "0.9988", "9.98"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printedExecution")
    void theRegionalPresetGivesThePrintedExecutionFigures(String id, ScoringPolicy policy, String rate,
            String score) {
        ScoreCard card = Scorer.score(SeedForms.form(id), policy);
        assertThat(card.execution().rate()).hasValue(new BigDecimal(rate));
        assertThat(card.execution().points()).isEqualTo(new BigDecimal(score));
        assertThat(SeedForms.form(id).funding().reportedScore()).hasValueSatisfying(
                printed -> assertThat(printed).isEqualByComparingTo(score));
        assertThat(Audit.check(SeedForms.form(id), policy).findings(FindingCode.EXECUTION_SCORE_MISMATCH)).isEmpty();
    }

    /**
     * The totals under national(), derived by hand: execution = 10 × 全年执行数 / 全年预算数 rounded once to 2
     * decimals half-up; met rows full; missed rows proportional; qualitative rows at the band top (达成 = full,
     * 部分达成 = 80% − 0.01); a late deadline at the top of the 未达成 band (60% − 0.01).
     */
    static Stream<Arguments> nationalTotals() {
        return Stream.of(
                // 303.50/303.50 → 10; every row met (2 rows printed 1 of 2): 10 + 56 + 30 + 4
                Arguments.of("beijing", "100.00", "98"),
                // 870996/890000 = 0.978647 → 9.79; 4 × 12.5 + 20 + 20
                Arguments.of("shenzhen-1", "99.79", "99.8"),
                Arguments.of("shenzhen-2", "100.00", "100"),
                // 242730/280000 = 0.866893 → 8.67; 7.14 × 5 + 7.15 × 2 = 50 + 20 + 20
                Arguments.of("shenzhen-3", "98.67", "98.7"),
                // 319200/370000 = 0.862703 → 8.63; 13 + 13 + (7月前 done 12月3日: 12 × 60% − 0.01 = 7.19) + 12 + 20 + 20
                Arguments.of("shenzhen-4", "93.82", "92.6"),
                Arguments.of("shenzhen-5", "100.00", "100"),
                // 1170000/1190000 = 0.983193 → 9.83; 12.5 × 3 + (≤124000 vs 1170000: 124000 / 1170000 × 12.5 = 1.32) + 40
                Arguments.of("shenzhen-6", "88.65", "99.8"),
                // 2784690.56/2800000 = 0.994532 → 9.95; 50 + 20 + 20
                Arguments.of("shenzhen-7", "99.95", "99.9"),
                Arguments.of("shenzhen-8", "100.00", "100"),
                Arguments.of("shenzhen-9", "100.00", "100"),
                // 16.89/18.00 → 9.38; 90/120 × 15 = 11.25; 15; 5 + 5; 90/100 × 5 = 4.5 twice; 6 × 5; 10
                Arguments.of("shanghai-1", "94.63", "95.38"),
                // 3.39/5.60 = 0.605357 → 6.05; every row met: 90
                Arguments.of("shanghai-2", "96.05", "96.05"),
                // 42.60/42.60 → 10; 85 met or 达成; 90/95 × 5 = 4.74
                Arguments.of("shanghai-3", "99.74", "98.00"),
                // 676.10/792.51 = 0.853112 → 8.53; 85 met or 达成; 79/80 × 5 = 4.94
                Arguments.of("shanghai-4", "98.47", "96.53"),
                // 10; 15 + 40/80 × 15 = 7.5; 5 × 4 达成; 5 × 3 达成; 5; 部分达成 5 × 80% − 0.01 = 3.99; 10 (one 5-point row missing)
                Arguments.of("shanghai-5", "86.49", "96.00"),
                // 85.60/85.70 = 0.998833 → 9.99; 30; 99.90/100 × 10 = 9.99; 10 + 10 + 5 × 4; 5; 80/85 × 5 = 4.71
                Arguments.of("shanghai-6", "99.69", "96.98"));
    }

    @ParameterizedTest(name = "{0}: {1} (printed {2})")
    @MethodSource("nationalTotals")
    void theNationalTotalIsTheOneDerivedByHand(String id, String total, String printed) {
        ScoreCard card = Scorer.score(SeedForms.form(id), ScoringPolicy.national());
        assertThat(card.total()).isEqualTo(new BigDecimal(total));
        assertThat(SeedForms.form(id).reportedTotal()).hasValue(new BigDecimal(printed));
    }

    /** Forms without a known discrepancy give no ERROR finding under national(). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanSeeds")
    void formsWithoutKnownDiscrepancyHaveNoError(String id) {
        AuditReport report = Audit.check(SeedForms.form(id), ScoringPolicy.national());
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    static Stream<String> cleanSeeds() {
        return Stream.of("shenzhen-1", "shenzhen-2", "shenzhen-3", "shenzhen-4", "shenzhen-5", "shenzhen-7",
                "shenzhen-8", "shenzhen-9", "shanghai-2");
    }

    @Test
    void beijingDeductsOnTwoMetTargetsAndOverAchievesImplausibly() {
        AuditReport report = Audit.check(SeedForms.beijing(), ScoringPolicy.national());
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::code, Finding::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MET_TARGET_DEDUCTED",
                                "产出指标 › 时效指标 › 招投标结束后，完成合同签订和启动项目建设时间"),
                        org.assertj.core.groups.Tuple.tuple("MET_TARGET_DEDUCTED",
                                "满意度指标 › 服务对象满意度指标 › 市区两级业务部门满意率"));
        assertThat(report.findings(FindingCode.IMPLAUSIBLE_DEVIATION)).singleElement().satisfies(f -> {
            assertThat(f.location()).endsWith("年提供线上公益培训规模");
            assertThat(f.reported()).hasValue("77730629人次");
            assertThat(f.messageZh()).contains("7773.06 倍");
        });
        assertThat(report.findings(FindingCode.COST_ACTUAL_MISMATCH)).isEmpty();
        assertThat(report.findings(FindingCode.COST_TARGET_ABOVE_BUDGET)).isEmpty();
    }

    @Test
    void shenzhenTypoIsScoredAsWrittenAndFlagged() {
        AuditReport report = Audit.check(SeedForms.form("shenzhen-6"), ScoringPolicy.national());
        String cost = "产出指标 › 成本指标 › 项目成本（元）";
        IndicatorScore score = report.card().indicators().get(3);
        assertThat(score.path()).isEqualTo(cost);
        assertThat(score.rule()).isEqualTo(Rule.PROPORTIONAL_REVERSE);
        assertThat(score.explanationEn()).endsWith("124000 / 1170000 × 12.5 = 1.32");
        assertThat(report.findings()).filteredOn(f -> f.location().equals(cost)).extracting(Finding::code)
                .containsExactlyInAnyOrder("IMPLAUSIBLE_DEVIATION", "SCORE_MISMATCH");
        assertThat(report.findings(FindingCode.SCORE_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.reported()).hasValue("12.5"));
    }

    @Test
    void sevenShenzhenCostTargetsExceedTheBudget() {
        List<String> above = SeedForms.seeds().stream().filter(s -> s.id().startsWith("shenzhen"))
                .filter(s -> !Audit.check(s.form(), ScoringPolicy.national())
                        .findings(FindingCode.COST_TARGET_ABOVE_BUDGET).isEmpty())
                .map(SeedForms.Seed::id).toList();
        assertThat(above).containsExactly("shenzhen-1", "shenzhen-2", "shenzhen-3", "shenzhen-4", "shenzhen-5",
                "shenzhen-7", "shenzhen-9");
        Finding first = Audit.check(SeedForms.form("shenzhen-1"), ScoringPolicy.national())
                .findings(FindingCode.COST_TARGET_ABOVE_BUDGET).get(0);
        assertThat(first.messageZh()).isEqualTo("成本指标值 936900 元超过预算数 890000 元");
    }

    /** Shanghai deducts whole points where the rule is proportional. */
    static Stream<Arguments> shanghaiDepartures() {
        return Stream.of(
                Arguments.of("shanghai-1", List.of("岗位薪酬信息采集量", "信息采集进度", "《报告》完成进度")),
                Arguments.of("shanghai-3", List.of("用户满意度")),
                Arguments.of("shanghai-4", List.of("服务对象满意度")),
                Arguments.of("shanghai-5", List.of("城市治理青年英才选拔数", "行业覆盖面")),
                Arguments.of("shanghai-6", List.of("网上报名率", "部门满意度")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shanghaiDepartures")
    void shanghaiDeparturesFromTheProportionalRuleAreReported(String id, List<String> rows) {
        AuditReport report = Audit.check(SeedForms.form(id), ScoringPolicy.national());
        assertThat(report.findings(FindingCode.SCORE_MISMATCH))
                .extracting(f -> f.location().substring(f.location().lastIndexOf(" › ") + 3))
                .containsExactlyElementsOf(rows);
    }

    @Test
    void shanghaiFormFiveMissesFiveWeightPoints() {
        AuditReport report = Audit.check(SeedForms.form("shanghai-5"), ScoringPolicy.national());
        assertThat(report.findings(FindingCode.WEIGHTS_NOT_100)).singleElement()
                .satisfies(f -> assertThat(f.reported()).hasValue("95.00"));
        assertThat(report.findings(FindingCode.WEIGHT_TOTAL_MISMATCH)).hasSize(1);
        assertThat(report.findings(FindingCode.TOTAL_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.computed()).hasValue("91.00"));
        assertThat(report.findings(FindingCode.SCORE_MISMATCH).get(0).messageEn())
                .isEqualTo("Score 12.00 differs from 7.50 computed by the rules "
                        + "(not met, proportional: 40.00 / 80.00 × 15.00 = 7.50)");
    }

    @Test
    void shanghaiQualitativeScoresInsideTheBandAreAccepted() {
        // 报修响应及时性 达成指标 10 → 9, 考试题库质量 达成指标 5 → 4: inside [80%, 100%]
        assertThat(Audit.check(SeedForms.form("shanghai-3"), ScoringPolicy.national()).findings())
                .noneMatch(f -> f.location().endsWith("报修响应及时性"));
        assertThat(Audit.check(SeedForms.form("shanghai-4"), ScoringPolicy.national()).findings())
                .noneMatch(f -> f.location().endsWith("考试题库质量"));
    }

    @Test
    void shenzhenSatisfactionRepeatingItsTargetIsFlagged() {
        AuditReport report = Audit.check(SeedForms.form("shenzhen-4"), ScoringPolicy.national());
        assertThat(report.findings(FindingCode.ACTUAL_REPEATS_TARGET)).singleElement()
                .satisfies(f -> assertThat(f.reported()).hasValue(">=85%"));
    }
}
