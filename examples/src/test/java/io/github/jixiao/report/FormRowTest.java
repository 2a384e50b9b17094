// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Language;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Project;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** What a batch keeps of a form, taken from real seed forms. */
class FormRowTest {

    static final Origin SOURCE = Origin.cell("forms/shanghai.xlsx", "表1", "A1");

    @Test
    void shanghaiForm1KeepsItsHeaderTotalsAmountsAndTheScoreTheRulesDoNotSupport() {
        AuditReport report = Audit.check(SeedForms.shanghai().get(0), ScoringPolicy.national());

        FormRow row = FormRow.of(3, Evaluation.of(SOURCE, report));

        assertThat(row.number()).isEqualTo(3);
        assertThat(row.source()).isEqualTo(SOURCE);
        assertThat(row.project()).isEqualTo("建设交通行业人才系列报告编制经费");
        assertThat(row.department()).contains("上海市住房和城乡建设管理委员会");
        assertThat(row.year()).contains(Year.of(2023));
        assertThat(row.reportedTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("95.38"));
        assertThat(row.computedTotal()).isEqualByComparingTo("94.63");
        assertThat(row.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(row.gradeDiffers()).isFalse();
        assertThat(row.rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.9383"));
        assertThat(row.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("180000"));
        assertThat(row.executed()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("168900"));
        assertThat(row.count(Severity.ERROR)).isEqualTo(report.count(Severity.ERROR));
        assertThat(row.count(Severity.INFO)).isEqualTo(report.count(Severity.INFO));
        // 岗位薪酬信息采集量: 13.00 given where the rules allow 11.25
        assertThat(row.unsupported()).isPositive();
        BigDecimal excess = BigDecimal.ZERO;
        for (IndicatorScore score : report.card().indicators()) {
            BigDecimal reported = score.indicator().reportedScore().orElse(null);
            if (reported != null && reported.compareTo(score.allowed().max()) > 0
                    && !score.allowed().accepts(reported, report.card().policy().scoreTolerance())) {
                excess = excess.add(reported.subtract(score.allowed().max()));
            }
        }
        assertThat(row.excess()).isEqualByComparingTo(excess).isGreaterThanOrEqualTo(new BigDecimal("1.75"));
        assertThat(row.policyName(Language.CHINESE)).isEqualTo("全国通用（财预〔2020〕10号）");
        assertThat(row.policyName(Language.ENGLISH)).isEqualTo("national (财预〔2020〕10号)");
    }

    /** A no-break space after the department, as a form typed in WPS may carry: the same department all the same. */
    @Test
    void departmentsAreGroupedWithoutTheWhiteSpaceAtTheirEnds() {
        SelfEvaluation seed = SeedForms.shanghai().get(0);
        SelfEvaluation spaced = SelfEvaluation.builder().from(seed).project(Project.builder().from(seed.project())
                .department("\u00A0上海市住房和城乡建设管理委员会\u3000").implementingUnit(" ").build()).build();

        FormRow row = FormRow.of(1, Evaluation.of(SOURCE, Audit.check(spaced, ScoringPolicy.national())));

        assertThat(row.department()).contains("上海市住房和城乡建设管理委员会");
        assertThat(row.implementingUnit()).isEmpty();
        assertThat(spaced.project().department()).contains("\u00A0上海市住房和城乡建设管理委员会\u3000");
    }

    @Test
    void theCountsCannotBeChangedFromOutside() {
        FormRow row = FormRow.of(1, Evaluation.of(SOURCE, Audit.check(SeedForms.beijing(), ScoringPolicy.national())));
        int errors = row.count(Severity.ERROR);

        row.counts()[Severity.ERROR.ordinal()] = 99;

        assertThat(row.count(Severity.ERROR)).isEqualTo(errors);
    }

    @Test
    void aPolicyOfAnotherNameIsShownByThatName() {
        assertThat(PolicyNames.of("custom", Language.CHINESE)).isEqualTo("custom");
        assertThat(PolicyNames.of("shenzhen", Language.CHINESE)).isEqualTo("深圳市");
    }
}
