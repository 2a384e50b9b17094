// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

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
import io.github.jixiao.model.Unparsed;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * Forms for the JSON tests, built from real rows of the Shanghai seed (003, 建设交通行业人才系列报告编制经费)
 * and the Shenzhen seed (002), with every kind of target and actual.
 */
final class JsonTestForms {

    private JsonTestForms() {
    }

    static List<SelfEvaluation> all() {
        return List.of(shanghaiReport(), everyKind());
    }

    /** 上海 2023, 建设交通行业人才系列报告编制经费, as printed (reported total 95.38, grade 优). */
    static SelfEvaluation shanghaiReport() {
        AmountUnit wan = AmountUnit.TEN_THOUSAND_YUAN;
        return SelfEvaluation.builder()
                .title("财政项目支出绩效自评表")
                .year(Year.of(2023))
                .project(Project.builder().name("建设交通行业人才系列报告编制经费").department("上海市住房和城乡建设管理委员会")
                        .implementingUnit("上海市住房和城乡建设管理委员会人才开发评价中心").build())
                .funding(Funding.builder().unit(wan).weight(new BigDecimal("10.00"))
                        .reportedScore(new BigDecimal("9.38"))
                        .total(line("年度资金总额:", "18.00", "18.00", "16.89", "93.83"))
                        .addSources(line("其中: 当年财政拨款", "18.00", "18.00", "16.89", "93.83"))
                        .addSources(line("上年结转资金", "0.00", "0.00", "0.00", "0.00"))
                        .addSources(line("其他资金", "0.00", "0.00", "0.00", "0.00"))
                        .build())
                .goal(AnnualGoal.of("按照年度计划推进项目实施, 根据项目流程督办建项、调研、分析、撰写、评审、印制各环节工作。",
                        "按照年度计划推进报告撰写, 对照项目流程执行各环节工作, 创新人才系列报告的研究方向。"))
                .indicators(IndicatorTree.of(List.of(
                        Category.of("产出指标", List.of(
                                Subcategory.of("数量指标", List.of(
                                        indicator("岗位薪酬信息采集量", "≥120.00(万条/月)", "90.00(万条/月)", "15.00", "13.00",
                                                "月均采集岗位薪酬数据量有一定波动, 后续将完善信息采集指标。"),
                                        indicator("人才信息采集量", "≥1.00(万条/月)", "1.50(万条/月)", "15.00", "15.00", ""))),
                                Subcategory.of("质量指标", List.of(
                                        indicator("《报告》数据质量", "准确性、针对性", "达成指标", "5.00", "5.00", ""))),
                                Subcategory.of("时效指标", List.of(
                                        indicator("信息采集进度", "=100.00(%)", "90.00(%)", "5.00", "4.00",
                                                "拟按照实际情况调整工作进度。"))))),
                        Category.of("效益 指标", List.of(
                                Subcategory.of("可持续影 响指 标", List.of(
                                        indicator("建设交通通用人才", "吸引、评价", "达成指标", "5.00", "5.00", ""))))),
                        Category.of("满意度指 标", List.of(
                                Subcategory.of("服务对象 满意度指 标", List.of(
                                        indicator("《报告》使用者满意度", "≥90.00(%)", "100.00(%)", "10.00", "10.00",
                                                ""))))))))
                .reportedWeightTotal(new BigDecimal("100.00"))
                .reportedTotal(new BigDecimal("95.38"))
                .reportedGrade("优")
                .build();
    }

    /** A form in 元 with every kind of target and actual, and every optional field present. */
    static SelfEvaluation everyKind() {
        AmountUnit yuan = AmountUnit.YUAN;
        Indicator quantitative = indicator("★档案整理数量", "≤124000", "1170000份", "10", "0", "目标值录入有误");
        return SelfEvaluation.builder()
                .year(Year.of(2021))
                .project(Project.builder().name("住房保障信息化运维").code("SZ-2021-007").department("深圳市住房和建设局")
                        .implementingUnit("深圳市住房保障署").lead("张三").phone("0755-12345678")
                        .amount(Amount.of("1170000.00", yuan)).build())
                .funding(Funding.builder().unit(yuan).weight(new BigDecimal("20"))
                        .total(FundingSource.builder().label("年度资金总额").initialBudget(Amount.of("1170000.00", yuan))
                                .adjustedBudget(Amount.of("1014200.50", yuan)).executed(Amount.of("879200", yuan))
                                .reportedRate(Quantity.of(new BigDecimal("86.69"), "%")).build())
                        .addSources(FundingSource.builder().label("财政专户管理资金")
                                .adjustedBudget(Amount.of("0", yuan)).executed(Amount.of("-1.5", yuan)).build())
                        .build())
                .goal(AnnualGoal.of("", "\"引号\" \\ 反斜杠\n换行\t制表 😀"))
                .indicators(IndicatorTree.of(List.of(Category.of("其他", List.of(Subcategory.of("", List.of(
                        quantitative,
                        indicator("完成时限", "2021年12月前", "2021年12月3日", "5", "5", ""),
                        indicator("响应时间", "半小时内响应", "≥95%", "5", "5", ""),
                        indicator("系统可用率", "98", "部分达成指标并具有一定效果", "5", "3.5", ""),
                        indicator("社会影响", "有效提升", "有效提升", "5", "5", ""),
                        indicator("专项检查", "无", "/", "0", "0", ""),
                        Indicator.builder().name("异常值").target(new Unparsed("≥abc", "expected a number", 1))
                                .actual(new Unparsed("≥", "expected a number", 1)).weight(BigDecimal.ZERO)
                                .build())))))))
                .build();
    }

    private static FundingSource line(String label, String initial, String adjusted, String executed, String rate) {
        AmountUnit wan = AmountUnit.TEN_THOUSAND_YUAN;
        return FundingSource.builder().label(label).initialBudget(Amount.of(initial, wan))
                .adjustedBudget(Amount.of(adjusted, wan)).executed(Amount.of(executed, wan))
                .reportedRate(Quantity.of(new BigDecimal(rate), "%")).build();
    }

    private static Indicator indicator(String name, String target, String actual, String weight, String score,
            String note) {
        return Indicator.builder().name(name).target(Target.parse(target)).actual(Actual.parse(actual))
                .weight(new BigDecimal(weight)).reportedScore(new BigDecimal(score)).deviationNote(note).build();
    }
}
