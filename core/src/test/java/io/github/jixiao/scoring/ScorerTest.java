// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.audit.FindingCode;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unparsed;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row at a time, under national(): rows taken from the seeds (named) and the edge cases of the rules. */
class ScorerTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // shanghai-1 岗位薪酬信息采集量
                Arguments.of("数量指标", "≥120.00(万条/月)", "90.00(万条/月)", "15.00", "11.25", Rule.PROPORTIONAL_POSITIVE,
                        "not met, proportional: 90.00 / 120.00 × 15.00 = 11.25"),
                // shanghai-1 信息采集进度: = on a rate reads as ≥
                Arguments.of("时效指标", "=100.00(%)", "90.00(%)", "5.00", "4.50", Rule.PROPORTIONAL_POSITIVE,
                        "not met, proportional: 90.00 / 100.00 × 5.00 = 4.50"),
                // shenzhen-6 项目成本 typo
                Arguments.of("成本指标", "≤124000", "1170000", "12.5", "1.32", Rule.PROPORTIONAL_REVERSE,
                        "not met (reverse target), proportional: 124000 / 1170000 × 12.5 = 1.32"),
                // beijing 系统年故障率: reverse with actual 0 is met
                Arguments.of("质量指标", "≤0.5%", "0%", "2", "2.00", Rule.MET, "met (0% / ≤0.5%): full 2.00"),
                // beijing 年度合同履约信息增长管理量: 7.0702万条 against ≥4万条
                Arguments.of("社会效益指标", "≥4万条", "7.0702万条", "3", "3.00", Rule.MET,
                        "met (7.0702万条 / ≥4万条): full 3.00; exceeded by 76.8%"),
                // shanghai-5 行业覆盖面: 部分达成 band top is just under 80%
                Arguments.of("可持续影响指标", "四委九局", "部分达成指标并具有一定效果", "5.00", "3.99", Rule.QUALITATIVE_BAND,
                        "band 'partially achieved' [3.00, 4.00): 3.99"),
                // shenzhen-4 平台搭建完成时间: late deadline in the 未达成 band
                Arguments.of("时效指标", "2021年7月前完成", "2021年12月3日", "12.0", "7.19", Rule.DEADLINE_LATE,
                        "late (2021年12月3日 / 2021年7月前), band 'not achieved' [0.00, 7.20): 7.19"),
                // shenzhen-3 完成时间
                Arguments.of("时效指标", "2021年12月前", "2021年11月25日", "7.14", "7.14", Rule.DEADLINE_MET,
                        "on time (2021年11月25日 / 2021年12月前): full 7.14"),
                // shenzhen-1 提高档案的管理水平: the actual repeats a qualitative target
                Arguments.of("社会效益指标", "有效提高", "有效提高", "20.0", "20.00", Rule.QUALITATIVE_BAND,
                        "the actual repeats the target, band 'achieved' [16.00, 20.00]: 20.00"),
                // shenzhen-1 档案整理成本（万元）: bare cost target reads as ≤
                Arguments.of("成本指标", "93.69", "87.1", "12.5", "12.50", Rule.MET,
                        "met (87.1 / 93.69): full 12.50 (the target has no comparator; read as '≤')"),
                // zero target missed
                Arguments.of("质量指标", "=0.00(次)", "2.00(次)", "5.00", "0.00", Rule.ZERO_TARGET,
                        "not met; the proportion is undefined for target 0.00: 0 points"),
                // > at the boundary misses, proportion 1
                Arguments.of("数量指标", ">5000.00(次)", "5000.00(次)", "5.00", "5.00", Rule.PROPORTIONAL_POSITIVE,
                        "not met, proportional: 5000.00 / 5000.00 × 5.00 = 5.00"),
                // units that cannot be compared
                Arguments.of("数量指标", "≥95%", "12个", "5", "0.00", Rule.UNASSESSABLE,
                        "cannot be assessed: units '%' and '个' cannot be compared; 0 points"),
                // a number without unit takes the target's
                Arguments.of("质量指标", "≥95%", "90", "5", "4.74", Rule.PROPORTIONAL_POSITIVE,
                        "not met, proportional: 0.9 / 0.95 × 5 = 4.74 (one side has no unit; read as '%')"),
                // a range is met anywhere within its bounds, even far above the lower one (no over-achievement)
                Arguments.of("质量指标", "90%-95%", "93%", "5", "5.00", Rule.MET, "met (93% / ≤95%): full 5.00 (the "
                        + "range '90%-95%' is met from its lower to its upper bound; read here as '≤95%')"),
                Arguments.of("时效指标", "3至5天", "5天", "4", "4.00", Rule.MET, "met (5天 / ≤5天): full 4.00 (the range "
                        + "'3至5天' is met from its lower to its upper bound; read here as '≤5天')"),
                // below a range: against its lower bound; above it: against its upper bound
                Arguments.of("质量指标", "90%～95%", "81%", "5", "4.50", Rule.PROPORTIONAL_POSITIVE,
                        "not met, proportional: 81 / 90 × 5 = 4.50 (the range '90%～95%' is met from its lower to its "
                                + "upper bound; read here as '≥90%')"),
                Arguments.of("成本指标", "100-120万元", "150万元", "10", "8.00", Rule.PROPORTIONAL_REVERSE,
                        "not met (reverse target), proportional: 120 / 150 × 10 = 8.00 (the range '100-120万元' is met "
                                + "from its lower to its upper bound; read here as '≤120万元')"),
                // a share written as a fraction against a percentage
                Arguments.of("社会效益指标", "≥95%", "0.97", "10", "10.00", Rule.MET, "met (0.97 / ≥95%): full 10.00 (the "
                        + "actual 0.97 has no unit and is at most 1 against a percentage; read as the share 97%)"),
                Arguments.of("社会效益指标", "≥95%", "0.90", "10", "9.47", Rule.PROPORTIONAL_POSITIVE,
                        "not met, proportional: 0.9 / 0.95 × 10 = 9.47 (the actual 0.9 has no unit and is at most 1 "
                                + "against a percentage; read as the share 90%)"),
                // the actual repeats the qualitative target, saying it is done
                Arguments.of("可持续影响指标", "建立", "已建立", "10", "10.00", Rule.QUALITATIVE_BAND,
                        "the actual repeats the target, band 'achieved' [8.00, 10.00]: 10.00"),
                Arguments.of("可持续影响指标", "已建立", "已建立", "10", "10.00", Rule.QUALITATIVE_BAND,
                        "the actual repeats the target, band 'achieved' [8.00, 10.00]: 10.00"),
                // the actual names the change the qualitative target asks for; a negation in either side does not
                Arguments.of("经济效益指标", "较上年提高", "提高8%", "10", "10.00", Rule.QUALITATIVE_BAND,
                        "the actual names the change the target asks for (提高), band 'achieved' [8.00, 10.00]: 10.00"),
                Arguments.of("生态效益指标", "逐步改善", "未见改善", "10", "0.00", Rule.UNASSESSABLE, "cannot be assessed: the "
                        + "actual '未见改善' does not say how far a qualitative target was achieved; 0 points"),
                Arguments.of("经济效益指标", "无", "无", "0.0", "0.00", Rule.NOT_APPLICABLE, "not applicable (无): no points"),
                Arguments.of("质量指标", "有效提升", "待定", "5", "0.00", Rule.UNASSESSABLE,
                        "cannot be assessed: the actual '待定' does not say how far a qualitative target was achieved; "
                                + "0 points"));
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("rows")
    void scoresARow(String subcategory, String target, String actual, String weight, String points, Rule rule,
            String explanation) {
        IndicatorScore score = score(subcategory, target, actual, weight, ScoringPolicy.national());
        assertThat(score.points()).isEqualTo(new BigDecimal(points));
        assertThat(score.rule()).isEqualTo(rule);
        assertThat(score.explanationEn()).isEqualTo(explanation);
        assertThat(score.explanationZh()).isNotBlank().isNotEqualTo(explanation);
    }

    /** 12月底前 names no year: in a form of 2023 it is 2023年12月底前, and so is the actual 12月20日; the audit says so. */
    @Test
    void aDeadlineWithoutItsYearIsReadInTheFormsYear() {
        SelfEvaluation form = ScoringGenerators.singleRow("产出指标", "时效指标", Target.parse("12月底前"),
                Actual.parse("12月20日"), new BigDecimal("5"));
        SelfEvaluation of2023 = SelfEvaluation.builder().from(form).year(Year.of(2023)).build();

        IndicatorScore onTime = Scorer.score(of2023, ScoringPolicy.national()).indicators().get(0);
        assertThat(onTime.rule()).isEqualTo(Rule.DEADLINE_MET);
        assertThat(onTime.points()).isEqualTo(new BigDecimal("5.00"));
        assertThat(onTime.explanationEn()).isEqualTo("on time (2023年12月20日 / 2023年12月前): full 5.00");
        assertThat(onTime.notes()).contains(ScoreNote.YEAR_ASSUMED);
        assertThat(Audit.check(of2023, ScoringPolicy.national()).findings(FindingCode.YEAR_ASSUMED)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).isEqualTo("The deadline '12月底前' names no year; it and the "
                        + "actual '12月20日' are read in the form's year"));

        SelfEvaluation late = SelfEvaluation.builder().from(ScoringGenerators.singleRow("产出指标", "时效指标",
                Target.parse("11月前"), Actual.parse("2024年1月5日"), new BigDecimal("5"))).year(Year.of(2023)).build();
        assertThat(Scorer.score(late, ScoringPolicy.national()).indicators().get(0).rule()).isEqualTo(Rule.DEADLINE_LATE);
        assertThat(Scorer.score(form, ScoringPolicy.national()).indicators().get(0).rule()).isEqualTo(Rule.UNASSESSABLE);
    }

    @Test
    void bandPointsFollowThePolicy() {
        String[] partial = {"四委九局", "部分达成指标并具有一定效果", "5.00"};
        assertThat(points(partial, ScoringPolicy.builder().bandPoint(ScoringPolicy.BandPoint.MIDDLE).build()))
                .isEqualTo("3.50");
        assertThat(points(partial, ScoringPolicy.builder().bandPoint(ScoringPolicy.BandPoint.BOTTOM).build()))
                .isEqualTo("3.00");
        assertThat(points(partial, ScoringPolicy.shanghai())).isEqualTo("3.99");
    }

    @Test
    void overAchievementIsDeductedOnlyWhenThePolicySays() {
        String[] row = {"≥10000人次", "77730629人次", "3"};
        assertThat(points(row, ScoringPolicy.national())).isEqualTo("3.00");
        ScoringPolicy daying = ScoringPolicy.builder().overAchievement(ScoringPolicy.OverAchievement.DEDUCT).build();
        assertThat(score("社会效益指标", row[0], row[1], row[2], daying).rule()).isEqualTo(Rule.OVER_ACHIEVEMENT_DEDUCTED);
        assertThat(points(row, daying)).isEqualTo("0.00");
        assertThat(points(new String[] {"≥100人", "129人", "3"}, daying)).isEqualTo("3.00");
    }

    @Test
    void equalityAndZeroTargetsFollowThePolicy() {
        ScoringPolicy exact = ScoringPolicy.builder().equality(ScoringPolicy.Equality.EXACT).build();
        assertThat(points(new String[] {"=8个", "10个", "5"}, exact)).isEqualTo("4.00");
        assertThat(points(new String[] {"=8个", "10个", "5"}, ScoringPolicy.national())).isEqualTo("5.00");
        ScoringPolicy rate = ScoringPolicy.builder().equality(ScoringPolicy.Equality.RATE_AT_LEAST).build();
        assertThat(points(new String[] {"=100%", "120%", "5"}, rate)).isEqualTo("5.00");
        assertThat(points(new String[] {"=8个", "10个", "5"}, rate)).isEqualTo("4.00");
        ScoringPolicy band = ScoringPolicy.builder().zeroTarget(ScoringPolicy.ZeroTarget.NOT_ACHIEVED_BAND).build();
        assertThat(points(new String[] {"=0次", "1次", "5"}, band)).isEqualTo("2.99");
    }

    @Test
    void executionUsesTheAdjustedBudgetAndCapsTheRate() {
        ExecutionScore shenzhen = execution("280000.00", "242730.00", ScoringPolicy.shenzhen());
        assertThat(shenzhen.explanationZh()).isEqualTo("执行率 = 242730.00 / 280000.00 = 0.87；得分 = 10 × 0.87 = 8.70");
        ExecutionScore shanghai = execution("85.70", "85.60", ScoringPolicy.shanghai());
        assertThat(shanghai.points()).isEqualTo("9.98");
        ExecutionScore over = execution("100", "102.59", ScoringPolicy.national());
        assertThat(over.rate()).hasValue(new BigDecimal("1.0259"));
        assertThat(over.points()).isEqualTo("10.00");
        assertThat(over.notes()).containsExactly(ScoreNote.EXECUTED_ABOVE_BUDGET);
        assertThat(over.explanationEn()).isEqualTo("rate = 102.59 / 100 = 1.0259; score = 10 × min(1.0259, 1) = 10.00");
        ExecutionScore twenty = execution("100", "50", ScoringPolicy.twentyPointExecution());
        assertThat(twenty.points()).isEqualTo("10.00");
    }

    @Test
    void badInputStillGivesACardWithFindings() {
        Amount zero = Amount.of("0", AmountUnit.YUAN);
        SelfEvaluation empty = SelfEvaluation.builder().project(Project.builder().name("空表").build())
                .funding(Funding.builder().unit(AmountUnit.YUAN).total(FundingSource.of("年度资金总额", zero, zero,
                        Amount.of("5", AmountUnit.YUAN))).weight(BigDecimal.TEN).build())
                .goal(AnnualGoal.of("", "")).indicators(IndicatorTree.of(List.of())).build();
        AuditReport report = Audit.check(empty, ScoringPolicy.national());
        assertThat(report.card().total()).isEqualTo("0.00");
        assertThat(report.card().execution().rate()).isEmpty();
        assertThat(report.card().grade()).isEqualTo(Grade.POOR);
        assertThat(report.findings()).extracting(Finding::code)
                .contains("ZERO_BUDGET", "NO_INDICATORS").doesNotContain("WEIGHTS_NOT_100");

        SelfEvaluation odd = ScoringGenerators.singleRow("产出指标", "数量指标", new Unparsed("≥1.2.3次", "a number", 4),
                Actual.parse("12"), BigDecimal.ZERO);
        AuditReport oddReport = Audit.check(odd, ScoringPolicy.national());
        assertThat(oddReport.card().indicators().get(0).rule()).isEqualTo(Rule.UNASSESSABLE);
        assertThat(oddReport.findings()).extracting(Finding::code).contains("UNASSESSABLE", "ZERO_WEIGHT");
    }

    @Test
    void rescalingDividesByTheApplicableWeight() {
        SelfEvaluation form = ScoringGenerators.singleRow("效益指标", "生态效益指标", Target.parse("无"),
                Actual.parse("无"), new BigDecimal("20"));
        ScoreCard card = Scorer.score(form, ScoringPolicy.builder().rescaleNotApplicable(true).build());
        // execution 10 × 100/100 = 10 of the applicable 10 → 100
        assertThat(card.total()).isEqualTo("10.00");
        assertThat(card.rescaledTotal()).hasValue(new BigDecimal("100.00"));
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(Scorer.score(form, ScoringPolicy.national()).rescaledTotal()).isEmpty();
    }

    @Test
    void gradeBoundariesAreExplicit() {
        assertThat(GradeBands.STANDARD.grade(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(GradeBands.STANDARD.grade(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(GradeBands.STANDARD.grade(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
        assertThat(GradeBands.STANDARD.grade(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
        GradeBands upper = new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60), false);
        assertThat(upper.grade(new BigDecimal("90"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.parse("优秀")).hasValue(Grade.EXCELLENT);
        assertThat(Grade.parse("良好")).hasValue(Grade.GOOD);
        assertThat(Grade.parse("合格")).hasValue(Grade.FAIR);
        assertThat(Grade.parse("不合格")).hasValue(Grade.POOR);
        assertThat(Grade.parse(" A ")).hasValue(Grade.EXCELLENT);
        assertThat(Grade.parse("b级")).hasValue(Grade.GOOD);
        assertThat(Grade.parse("D等")).hasValue(Grade.POOR);
        assertThat(Grade.parse("AB")).isEmpty();
        assertThat(Grade.parse("E")).isEmpty();
    }

    private static String points(String[] row, ScoringPolicy policy) {
        return score("数量指标", row[0], row[1], row[2], policy).points().toPlainString();
    }

    private static IndicatorScore score(String subcategory, String target, String actual, String weight,
            ScoringPolicy policy) {
        SelfEvaluation form = ScoringGenerators.singleRow("产出指标", subcategory, Target.parse(target),
                Actual.parse(actual), new BigDecimal(weight));
        return Scorer.score(form, policy).indicators().get(0);
    }

    private static ExecutionScore execution(String budget, String executed, ScoringPolicy policy) {
        Amount b = Amount.of(budget, AmountUnit.YUAN);
        return Scorer.execution(Funding.builder().unit(AmountUnit.YUAN).weight(policy.executionWeight())
                .total(FundingSource.of("年度资金总额", b, b, Amount.of(executed, AmountUnit.YUAN))).build(), policy);
    }
}
