// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import io.github.jixiao.scoring.Explanation;
import io.github.jixiao.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit's funding and total checks, and its messages. */
class AuditTest {

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyCodeHasAMessageInBothLanguages(FindingCode code) {
        Finding finding = Messages.finding(code, "总分", null, null, null, "A", "B",
                Explanation.of("甲", "alpha"));
        assertThat(finding.code()).isEqualTo(code.name());
        assertThat(finding.severity()).isEqualTo(code.severity());
        assertThat(finding.messageZh()).isNotBlank().doesNotContain("{").doesNotContain("alpha");
        assertThat(finding.messageEn()).isNotBlank().doesNotContain("{").doesNotContain("甲")
                .doesNotMatch(".*[\\u4e00-\\u9fff]{3,}.*");
    }

    /**
     * A finding written when read equals the same finding built with its texts, and hashes alike; its numbers read
     * in plain notation, in the values and in the messages.
     */
    @Test
    void aLazilyWrittenFindingEqualsItsWrittenOutCopy() {
        BigDecimal computed = new BigDecimal("1.125E+1");
        Finding lazy = Messages.finding(FindingCode.SCORE_MISMATCH, "产出指标 › 数量指标 › 岗位薪酬信息采集量", null,
                new BigDecimal("13.00"), computed, new BigDecimal("13.00"), computed,
                Explanation.of("90 / 120 × 15 = 11.25", "not met, proportional: 90 / 120 × 15 = 11.25"));
        assertThat(lazy.reported()).contains("13.00");
        assertThat(lazy.computed()).contains("11.25");
        assertThat(lazy.messageEn()).doesNotContain("E+");
        Finding written = new Finding(lazy.code(), lazy.severity(), lazy.location(), lazy.reported(), lazy.computed(),
                lazy.messageZh(), lazy.messageEn());
        assertThat(lazy).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(lazy.messageEn()).contains("13", "11.25", "not met, proportional: 90 / 120 × 15 = 11.25");
        assertThat(lazy.message(io.github.jixiao.finding.Language.CHINESE)).isEqualTo(lazy.messageZh());
        assertThat(lazy).isNotEqualTo(new Finding(lazy.code(), lazy.severity(), lazy.location(), lazy.reported(),
                lazy.computed(), lazy.messageZh(), "another message"));
        assertThat(lazy.toString()).contains("SCORE_MISMATCH", "岗位薪酬信息采集量", lazy.messageEn());
    }

    /** Beijing 2023: 年提供线上公益培训规模 ≥10000人次, actual 77730629人次: one warning, not also an INFO. */
    @Test
    void anImplausibleDeviationIsReportedOnceAsAWarning() {
        AuditReport report = Audit.check(SeedForms.beijing(), ScoringPolicy.national());
        String row = "效益指标 › 社会效益指标 › 面向我市所有建筑业企业，年提供线上公益培训规模";
        assertThat(report.findings()).filteredOn(f -> f.location().equals(row))
                .extracting(Finding::code).containsExactly(FindingCode.IMPLAUSIBLE_DEVIATION.name());
    }

    @Test
    void fundingArithmeticAndPrintedRatesAreChecked() {
        SelfEvaluation seed = SeedForms.form("shanghai-4");
        // 年度资金总额 792.51 / 676.10; make the 财政拨款 line's 执行数 wrong and the printed rate with it
        FundingSource appropriation = seed.funding().sources().get(0);
        FundingSource wrong = FundingSource.builder().from(appropriation)
                .executed(Amount.of("500.00", AmountUnit.TEN_THOUSAND_YUAN)).build();
        Funding funding = Funding.builder().from(seed.funding()).sources(java.util.List.of(wrong))
                .addAllSources(seed.funding().sources().subList(1, seed.funding().sources().size()))
                .reportedScore(new BigDecimal("9.50")).build();
        SelfEvaluation form = SelfEvaluation.builder().from(seed).funding(funding).build();
        AuditReport report = Audit.check(form, ScoringPolicy.shanghai());
        assertThat(report.findings(FindingCode.FUNDING_TOTAL_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("项目资金 › 年度资金总额:");
            assertThat(f.messageZh()).startsWith("全年执行数：");
        });
        assertThat(report.findings(FindingCode.EXECUTION_RATE_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.location()).contains("当年财政拨款"));
        assertThat(report.findings(FindingCode.EXECUTION_SCORE_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.computed()).hasValue("8.53"));
        assertThat(Audit.check(seed, ScoringPolicy.shanghai()).findings(FindingCode.EXECUTION_RATE_MISMATCH))
                .as("97.41 truncated from 97.4191 is within one unit of its last place").isEmpty();
    }

    /** 人均培训成本 ≤800元, 760元 is a cost per person: not compared with the 5.60万元 spent in all. */
    @Test
    void aCostPerPersonIsNotComparedWithWhatWasSpent() {
        SelfEvaluation seed = SeedForms.form("shanghai-2");
        assertThat(Audit.check(withCost(seed, "培训成本"), ScoringPolicy.national())
                .findings(FindingCode.COST_ACTUAL_MISMATCH)).hasSize(1);
        assertThat(Audit.check(withCost(seed, "人均培训成本"), ScoringPolicy.national())
                .findings(FindingCode.COST_ACTUAL_MISMATCH)).isEmpty();
    }

    private static SelfEvaluation withCost(SelfEvaluation form, String name) {
        Indicator cost = Indicator.builder().name(name).target(Target.parse("≤800元")).actual(Actual.parse("760元"))
                .weight(BigDecimal.TEN).reportedScore(BigDecimal.TEN).build();
        Category category = Category.builder().label("成本指标").addSubcategories(Subcategory.builder()
                .label("经济成本指标").addIndicators(cost).build()).build();
        return SelfEvaluation.builder().from(form).indicators(IndicatorTree.of(List.of(category))).build();
    }

    /** A blank template prints 分值 100 under its 总分 and no row: the missing rows are said once, not as Σ分值 ≠ 100. */
    @Test
    void aFormWithoutRowsHasNoWeightTotalToCheck() {
        SelfEvaluation seed = SeedForms.form("shanghai-2");
        SelfEvaluation blank = SelfEvaluation.builder().from(seed).indicators(IndicatorTree.of(List.of()))
                .reportedWeightTotal(new BigDecimal("100")).build();

        AuditReport report = Audit.check(blank, ScoringPolicy.national());

        assertThat(report.findings(FindingCode.WEIGHT_TOTAL_MISMATCH)).isEmpty();
        assertThat(report.findings(FindingCode.NO_INDICATORS)).hasSize(1);
        assertThat(Audit.check(SelfEvaluation.builder().from(seed).reportedWeightTotal(new BigDecimal("99")).build(),
                ScoringPolicy.national()).findings(FindingCode.WEIGHT_TOTAL_MISMATCH)).hasSize(1);
    }

    @Test
    void executedAboveBudgetAndGradeAreChecked() {
        SelfEvaluation seed = SeedForms.form("shanghai-2");
        FundingSource total = seed.funding().total().orElseThrow();
        FundingSource over = FundingSource.builder().from(total)
                .executed(Amount.of("6.00", AmountUnit.TEN_THOUSAND_YUAN))
                .reportedRate(Quantity.parse("107.14%")).build();
        SelfEvaluation form = SelfEvaluation.builder().from(seed)
                .funding(Funding.builder().from(seed.funding()).total(over).build()).reportedGrade("良").build();
        AuditReport report = Audit.check(form, ScoringPolicy.national());
        assertThat(report.findings(FindingCode.EXECUTED_ABOVE_BUDGET)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).isEqualTo("Executed 6.00万元 exceeds the budget 5.60万元"));
        assertThat(report.findings(FindingCode.GRADE_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.computed()).hasValue("优"));
        assertThat(report.count(Severity.ERROR)).isEqualTo(report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).count());
        assertThat(report.hasErrors()).isTrue();
    }
}
