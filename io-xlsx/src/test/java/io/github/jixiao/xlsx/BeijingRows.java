package io.github.jixiao.xlsx;

import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * Rows of seed 000 (Beijing 2023, 北京市住房和城乡建设信用服务监管平台升级改造), until the seed fixtures of
 * core's test-jar are on main.
 */
final class BeijingRows {

    private BeijingRows() {
    }

    static SelfEvaluation form() {
        AmountUnit wan = AmountUnit.TEN_THOUSAND_YUAN;
        return SelfEvaluation.builder()
                .year(Year.of(2023))
                .project(Project.builder().name("北京市住房和城乡建设信用服务监管平台升级改造")
                        .department("北京市住房和城乡建设委员会").implementingUnit("北京市住房和城乡建设委员会综合事务中心")
                        .lead("赫新纳").phone("010-55597026").build())
                .funding(Funding.builder().unit(wan)
                        .total(FundingSource.builder().label("年度资金总额")
                                .initialBudget(Amount.of("306.432444", wan)).adjustedBudget(Amount.of("303.50", wan))
                                .executed(Amount.of("303.50", wan)).reportedRate(Quantity.parse("100.00%")).build())
                        .addSources(FundingSource.of("其中：当年财政拨款", Amount.of("306.432444", wan),
                                Amount.of("303.50", wan), Amount.of("303.50", wan)))
                        .addSources(FundingSource.of("上年结转资金", Amount.of("0.00", wan), Amount.of("0.00", wan),
                                Amount.of("0.00", wan)))
                        .weight(new BigDecimal("10")).reportedScore(new BigDecimal("10.00")).build())
                .goal(AnnualGoal.of("一是根据新的信用评价标准，对评价模型、指标重新分析。",
                        "共计16个功能，其中10个新增功能、6个功能升级。"))
                .indicators(IndicatorTree.of(List.of(
                        Category.of("产出指标", List.of(
                                Subcategory.of("质量指标", List.of(row("系统年故障率", "≤0.5%", "0%", "2", "2", ""),
                                        row("支持用户并发数", "≥2000个", "2000个", "2", "2", ""))),
                                Subcategory.of("成本指标", List.of(row("测评成本", "≤8.907444万元", "8万元", "3", "3", ""))))),
                        Category.of("满意度指标", List.of(Subcategory.of("服务对象满意度指标", List.of(
                                row("市区两级业务部门满意率", "≥95%", "100%", "2", "1",
                                        "区级业务管理部门满意率覆盖不足，加强对区级用户满意度调查工作。"))))))))
                .reportedWeightTotal(new BigDecimal("100"))
                .reportedTotal(new BigDecimal("98"))
                .build();
    }

    static Indicator row(String name, String target, String actual, String weight, String score, String note) {
        return Indicator.builder().name(name).target(Target.parse(target)).actual(Actual.parse(actual))
                .weight(new BigDecimal(weight)).reportedScore(new BigDecimal(score)).deviationNote(note).build();
    }
}
