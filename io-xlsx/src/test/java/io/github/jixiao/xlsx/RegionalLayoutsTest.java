// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static io.github.jixiao.xlsx.GridWorkbook.formula;
import static io.github.jixiao.xlsx.GridWorkbook.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.Field;
import org.assertj.core.groups.Tuple;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.SubcategoryKind;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Templates of provinces beyond the seeds (scoring-rules §1.4, §3, §6), each laid out in the test as the region
 * prints it: what maps is read, and every guess, skip or refusal is a finding or an error that names the cell.
 */
class RegionalLayoutsTest {

    @Test
    void sichuanPovertyAlleviationForm() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("绩效目标自评表")
                .row("2022年度中江县衔接资金项目绩效目标自评表")
                .row("项目名称", "中江县某村道路硬化项目", null, null, "项目负责人及电话", "李四 13881234567")
                .row("主管部门", "中江县农业农村局", null, null, "实施单位", "某镇人民政府")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 120, 118.5, 10, "98.75%", 9.88)
                .row(null, "其中：财政资金", 120, 118.5, null, "98.75%")
                .row("年度总体目标", "年初设定目标", null, null, "年度总体目标完成情况综述")
                .row(null, "硬化道路3公里", null, null, "完成道路硬化3公里")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "偏差原因分析及改进措施")
                .row(null, "产出指标(50分)", "数量指标", "硬化道路长度", 30, "≥3公里", "3公里", 30)
                .row(null, null, "质量指标", "验收合格率", 20, "100%", "100%", 20)
                .row(null, "效益指标(30分)", "社会效益指标", "受益群众人数", 30, "≥500人", "520人", 30)
                .row(null, "满意度指标(10分)", "服务对象满意度指标", "群众满意度", 10, "≥90%", "95%", 10)
                .row("总分", null, null, null, 100, null, null, 98.88)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.title()).contains("2022年度中江县衔接资金项目绩效目标自评表");
        assertThat(form.year()).contains(Year.of(2022));
        assertThat(form.project().lead()).contains("李四");
        assertThat(form.project().phone()).contains("13881234567");
        assertThat(form.funding().total().orElseThrow().initialBudget()).isEmpty();
        assertThat(form.funding().total().orElseThrow().executed()).contains(Amount.of("118.5", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(form.goal().expected()).isEqualTo("硬化道路3公里");
        assertThat(form.goal().actual()).isEqualTo("完成道路硬化3公里");
        assertThat(form.indicators().categories()).extracting(Category::label, Category::kind).containsExactly(
                tuple("产出指标(50分)", CategoryKind.OUTPUT), tuple("效益指标(30分)", CategoryKind.BENEFIT),
                tuple("满意度指标(10分)", CategoryKind.SATISFACTION));
        Indicator first = form.indicators().leaves().get(0).indicator();
        assertThat(first.weight().orElseThrow()).isEqualByComparingTo("30");
        assertThat(first.target().text()).isEqualTo("≥3公里");
        assertThat(first.actual().text()).isEqualTo("3公里");
        assertThat(form.reportedTotal()).contains(new BigDecimal("98.88"));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void sichuanDepartmentBudgetForm2023() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("510000_0013zp")
                .row("部门预算项目支出绩效自评表")
                .row("（2023年度）")
                .row("项目名称", "51092324T000010263357-基层公共文化服务补助", null, null, "主管部门", "某县文化广播电视和旅游局")
                .row("实施单位", "某县文化馆")
                .row("预算执行情况(10分)", null, "年初预算数（万元）", "调整后预算数（万元）", "预算执行数（万元）", "预算执行率",
                        "权重", "得分", "原因")
                .row(null, "年度资金总额", 50, 60, 57, "95.00%", 10, 9.5)
                .row(null, "财政资金", 50, 60, 57, "95.00%")
                .row(null, "财政专户管理资金", 0, 0, 0)
                .row(null, "单位资金", 0, 0, 0)
                .row(null, "其他资金", 0, 0, 0)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "开展文化活动20场", null, null, "开展文化活动22场")
                .row("绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "全年实际值", "权重",
                        "得分", "偏差原因分析及改进措施")
                .row(null, "产出指标", "数量指标", "文化活动场次", "≥", "20", "场", "22", 90, 90)
                .row("总分", null, null, null, null, null, null, null, 100, 99.5)
                .row("评价结论", "项目完成良好")
                .row("存在问题", "无")
                .row("改进措施", "加强项目管理")
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.project().code()).contains("51092324T000010263357");
        assertThat(form.project().name()).isEqualTo("基层公共文化服务补助");
        assertThat(form.project().implementingUnit()).contains("某县文化馆");
        assertThat(form.funding().unit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(form.funding().weight().orElseThrow()).isEqualByComparingTo("10");
        assertThat(form.funding().sources()).extracting(FundingSource::label)
                .containsExactly("财政资金", "财政专户管理资金", "单位资金", "其他资金");
        Indicator only = form.indicators().leaves().get(0).indicator();
        assertThat(only.weight().orElseThrow()).isEqualByComparingTo("90");
        assertThat(only.target().text()).isEqualTo("≥20场");
        assertThat(form.reportedTotal()).contains(new BigDecimal("99.5"));
        assertThat(cells(result)).containsExactly(tuple("READ_CODE_IN_NAME", "forms.xlsx!510000_0013zp!B3"));
        assertThat(form.remarks()).extracting(Remark::label, Remark::text).containsExactly(tuple("评价结论", "项目完成良好"),
                tuple("存在问题", "无"), tuple("改进措施", "加强项目管理"));
        assertThat(form.remarks().get(0).origin(Field.LABEL)).hasValueSatisfying(
                at -> assertThat(at).hasToString("forms.xlsx!510000_0013zp!A16"));
    }

    @Test
    void yunnanFinalAccountsFormWithGradeInTheTotalRow() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("14表")
                .row("项目支出绩效自评表")
                .row("（2022年度）")
                .row("项目名称", "边境地区文化建设项目")
                .row("主管部门", "某州文化和旅游局", null, null, "实施单位", "某州图书馆")
                .row("项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100000, 100000, 95000, 10, shown(0.95, "0.00%"), 9.5)
                .row(null, "其中：当年财政拨款", 100000, 100000, 95000, null, shown(0.95, "0.00%"))
                .row(null, "上年结转资金", 0, 0, 0)
                .row(null, "其他资金", 0, 0, 0)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "举办培训735人次", null, null, "举办培训760人次")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分",
                        "偏差原因分析及改进措施")
                .row(null, "产出指标", "数量指标", "培训人次", "≧", "735", "人次", "760人次", 20, 20)
                .row(null, null, "质量指标", "设备完好率", "═", "100", "%", "100%", 20, 20)
                .row(null, "效益指标", "社会效益指标", "群众文化参与率", "≥", "80", "%", "76%", 30, 26)
                .row(null, "满意度指标", "服务对象满意度指标等", "服务对象满意度", "≥", "90", "%", "95%", 20, 20)
                .row("其他需要说明事项", "无")
                .row("总分", null, null, null, null, null, null, null, 100, 96, "优")
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.funding().unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(form.funding().total().orElseThrow().reportedRate()).hasValueSatisfying(
                rate -> assertThat(rate.value()).isEqualByComparingTo("95.00"));
        assertThat(form.indicators().leaves()).extracting(l -> l.indicator().target().text())
                .containsExactly("≧735人次", "═100%", "≥80%", "≥90%");
        assertThat(form.reportedWeightTotal()).contains(new BigDecimal("100"));
        assertThat(form.reportedTotal()).contains(new BigDecimal("96"));
        assertThat(form.reportedGrade()).contains("优");
        assertThat(form.remarks()).extracting(Remark::label, Remark::text).containsExactly(tuple("其他需要说明事项", "无"));
        assertThat(cells(result)).isEmpty();
    }

    @Test
    void twentyPointTemplateWithoutPerRowWeightsKeepsThePointsOfItsLabelsAndInventsNone() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("自评表")
                .row("项目支出绩效目标自评表")
                .row("项目名称", "学生资助项目")
                .row("主管部门", "保山市教育体育局", null, null, "项目实施单位", "保山学院")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "执行率", "得分(20分*执行率)")
                .row(null, "年度资金总额", 200, 190, "95%", 19)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "资助学生500人", null, null, "资助学生520人")
                .row("年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分",
                        "偏差大或目标未完成原因分析", "改进措施及结果应用方案")
                .row(null, "产出指标(60分)", "数量指标", "资助学生人数", "≥500人", "520人", 60)
                .row(null, "效益指标(10分)", "社会效益指标", "学生按时完成学业", "≥95%", "96%", 10)
                .row(null, "满意度指标(10分)", "服务对象满意度指标", "学生满意度", "≥90%", "92%", 10)
                .row("总分", null, null, null, null, null, 99)
                .row("自评等级", "优")
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.indicators().leaves()).allSatisfy(leaf -> assertThat(leaf.indicator().weight()).isEmpty());
        assertThat(form.indicators().printedPoints()).contains(new BigDecimal("80"));
        assertThat(form.indicators().categories()).extracting(c -> c.printedPoints().orElseThrow())
                .containsExactly(new BigDecimal("60"), new BigDecimal("10"), new BigDecimal("10"));
        assertThat(form.funding().printedPoints()).contains(new BigDecimal("20"));
        assertThat(cells(result)).containsExactly(tuple("READ_NO_WEIGHT_COLUMN", "forms.xlsx!自评表!A8"));
        assertThat(readStrictly(xlsx).forms()).containsExactly(form);
    }

    @Test
    void hubeiTwentyPointTemplateWithPerRowWeights() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("自评表")
                .row("学生资助项目绩效目标自评表")
                .row("项目名称", "学生资助项目")
                .row("主管部门", "湖北省教育厅", null, null, "项目实施单位", "湖北工程学院")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "执行率", "得分(20分*执行率)")
                .row(null, "年度资金总额", 200, 190, "95%", 19)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "资助学生500人", null, null, "资助学生480人")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "偏差大或目标未完成原因分析", "改进措施及结果应用方案")
                .row(null, "产出指标", "数量指标", "资助学生人数", "≥500人", "480人", 60, 57.6, "部分学生毕业离校", "加强摸底")
                .row(null, "效益指标", "社会效益指标", "学生按时完成学业", "≥95%", "96%", 10, 10)
                .row(null, "满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "92%", 10, 10)
                .row("总分", null, null, null, null, null, 100, 96.6)
                .row("自评等级", "优")
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.project().implementingUnit()).contains("湖北工程学院");
        assertThat(form.funding().weight()).isEmpty();
        assertThat(form.funding().printedWeight()).contains(new BigDecimal("20"));
        assertThat(form.funding().reportedScore()).contains(new BigDecimal("19"));
        assertThat(form.indicators().leaves().get(0).indicator().deviationNote()).isEqualTo("部分学生毕业离校\n加强摸底");
        assertThat(form.reportedGrade()).contains("优");
        assertThat(cells(result)).isEmpty();
    }

    @Test
    void anhuiFormWithPlaceholdersCoreMarksSubRowsAndPointsOnlyLabels() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("（2022年度）")
                .row("项目名称", "池州市某村级补助项目")
                .row("主管部门", "219-池州市农业农村局", null, null, "实施单位", "某乡镇人民政府")
                .row("项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 0, 0, 0, 10, "/", 10)
                .row(null, "当年财政拨款", 202.64, 202.64, 202.64, "—", "100%", "—")
                .row(null, "上年结转资金", "（空）", "（空）", "（空）")
                .row(null, "其他资金", "无", "无", "无")
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "补助8个村", null, null, "已补助8个村")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .row(null, "产出指标(50分)", "数量指标", "★补助村数", "=8个", "8个", 30, 30)
                .row(null, null, null, "其中：脱贫村", "=3个", "3个")
                .row(null, null, "时效指标", "完成时间", "2022年12月前", shown(44890, "yyyy\"年\"m\"月\"d\"日\""), 20, 20)
                .row(null, null, "质量指标", "指标1:")
                .row(null, null, null, "……")
                .row(null, "(30分)", "社会效益指标", "带动增收户数", "≥100户", "120户", 30, 30)
                .row(null, "满意度指标(10分)", "满意度指标", "群众满意度", "≥90%", "96%", 10, 10)
                .row("总分", null, null, null, null, null, 100, 100)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.project().department()).contains("219-池州市农业农村局");
        assertThat(form.funding().total().orElseThrow().adjustedBudget()).contains(Amount.of("0", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(form.funding().sources()).extracting(FundingSource::label)
                .containsExactly("当年财政拨款", "上年结转资金", "其他资金");
        assertThat(form.funding().sources().get(1).adjustedBudget()).isEmpty();
        assertThat(form.indicators().leaves()).extracting(l -> l.indicator().name())
                .containsExactly("★补助村数", "其中：脱贫村", "完成时间", "带动增收户数", "群众满意度");
        Indicator detail = form.indicators().leaves().get(1).indicator();
        assertThat(detail.weight()).isEmpty();
        assertThat(detail.target().text()).isEqualTo("=3个");
        assertThat(form.indicators().leaves().get(2).indicator().actual().text()).isEqualTo("2022年11月25日");
        assertThat(form.indicators().categories().get(0).subcategories()).extracting(Subcategory::label)
                .containsExactly("数量指标", "时效指标", "质量指标");
        assertThat(form.indicators().categories().get(0).subcategories().get(2).indicators()).isEmpty();
        assertThat(form.indicators().categories().get(1).label()).isEqualTo("(30分)");
        assertThat(form.indicators().categories().get(1).kind()).isEqualTo(CategoryKind.BENEFIT);
        assertThat(cells(result)).containsExactly(
                tuple("READ_PLACEHOLDER", "forms.xlsx!Sheet1!C8"), tuple("READ_PLACEHOLDER", "forms.xlsx!Sheet1!D8"),
                tuple("READ_PLACEHOLDER", "forms.xlsx!Sheet1!E8"), tuple("READ_PLACEHOLDER", "forms.xlsx!Sheet1!C9"),
                tuple("READ_PLACEHOLDER", "forms.xlsx!Sheet1!D9"), tuple("READ_PLACEHOLDER", "forms.xlsx!Sheet1!E9"),
                tuple("READ_TEMPLATE_ROW", "forms.xlsx!Sheet1!D16"), tuple("READ_TEMPLATE_ROW", "forms.xlsx!Sheet1!D17"),
                tuple("READ_LEVEL1_UNNAMED", "forms.xlsx!Sheet1!B18"));
    }

    @Test
    void chongqingCostLevelOneAndExecutionRateWeightHeaders() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "奉节县国土绿化项目")
                .row("主管部门", "奉节县林业局", null, null, "实施单位", "奉节县林业局")
                .row("项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "执行率权重", "执行率", "执行率得分")
                .row(null, "年度资金总额", 300, 300, 237.81, 10, "79.27%", 7.93)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "完成造林2000亩", null, null, "完成造林1800亩")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .row(null, "成本指标", "经济成本指标", "造林成本", "≤1500元/亩", "1450元/亩", 10, 10)
                .row(null, null, "社会成本指标", "社会成本", "无", "无", 5, 5)
                .row(null, null, "生态环境成本指标", "生态环境成本", "无", "无", 5, 5)
                .row(null, "产出指标", "数量指标", "造林面积", "≥2000亩", "1800亩", 40, 36)
                .row(null, "效益指标", "生态效益指标", "森林覆盖率提高", "≥0.1%", "0.1%", 20, 20)
                .row(null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10, 10)
                .row("总分", null, null, null, null, null, 100, 93.93)
                .bytes();

        SelfEvaluation form = only(read(xlsx));

        assertThat(form.funding().weight().orElseThrow()).isEqualByComparingTo("10");
        assertThat(form.funding().reportedScore()).contains(new BigDecimal("7.93"));
        assertThat(form.funding().total().orElseThrow().reportedRate()).hasValueSatisfying(
                rate -> assertThat(rate.value()).isEqualByComparingTo("79.27"));
        Category cost = form.indicators().categories().get(0);
        assertThat(cost.kind()).isEqualTo(CategoryKind.COST);
        assertThat(cost.subcategories()).extracting(Subcategory::kind).containsExactly(SubcategoryKind.ECONOMIC_COST,
                SubcategoryKind.SOCIAL_COST, SubcategoryKind.ECO_ENVIRONMENTAL_COST);
    }

    @Test
    void hebeiWeightShareModelReadsWhatMapsAndReportsTheRest() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("预算项目绩效自评表")
                .row("项目名称", "成安县农村饮水安全工程")
                .row("主管部门", "成安县水利局", null, null, "实施单位", "成安县水利局")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "预算执行进度(%)", "得分")
                .row(null, "年度资金总额", 100, 90, 10, 90, 9)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "解决饮水安全", null, null, "已解决")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "单项指标完成情况", "单项指标得分",
                        "权重占比(%)", "单项指标折算得分")
                .row(null, "产出指标", "数量指标", "新建水厂", 25, "≥1个", "1个", 25, 25, 6.25)
                .row(null, "效果指标", "社会效益指标", "受益人口", 30, "≥1万人", "1.2万人", 30, 30, 9)
                .row("总分", null, null, null, 55, null, null, 55)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.funding().total().orElseThrow().reportedRate()).hasValueSatisfying(
                rate -> assertThat(rate.toString()).isEqualTo("90%"));
        assertThat(form.indicators().leaves()).extracting(l -> l.indicator().weight().orElseThrow(),
                l -> l.indicator().target().text(),
                l -> l.indicator().actual().text(), l -> l.indicator().reportedScore().orElseThrow()).containsExactly(
                tuple(new BigDecimal("25"), "≥1个", "1个", new BigDecimal("25")),
                tuple(new BigDecimal("30"), "≥1万人", "1.2万人", new BigDecimal("30")));
        assertThat(form.indicators().categories().get(1).kind()).isEqualTo(CategoryKind.BENEFIT);
        assertThat(form.indicators().leaves().get(0).indicator().otherValues())
                .containsExactly(entry("权重占比(%)", "25"), entry("单项指标折算得分", "6.25"));
        assertThat(cells(result)).isEmpty();
    }

    @Test
    void otherNamesForColumnsAndTheTotalRowAndARateWithoutItsPercentSign() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "农村供水保障项目")
                .row("主管部门", "县水利局", null, null, "实施单位", "县农村供水站")
                .row("项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 450, 500, 486.2, 10, 97.24, 9.72)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "保障农村供水", null, null, "已保障")
                .row("绩效指标", "一级指标", "二级指标", "指标内容", "全年指标值", "实际完成值", "指标权重", "自评分", "偏差原因分析及改进措施")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "11500人", 20, 19.17, "部分农户外出务工")
                .row(null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 70, 70)
                .row("综合得分", null, null, null, null, null, 100, 98.89)
                .row("自评等级", "A")
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.indicators().leaves()).extracting(l -> l.indicator().target().text(),
                l -> l.indicator().weight().orElseThrow(), l -> l.indicator().reportedScore().orElseThrow())
                .containsExactly(tuple("≥12000人", new BigDecimal("20"), new BigDecimal("19.17")),
                        tuple("≥90%", new BigDecimal("70"), new BigDecimal("70")));
        assertThat(form.reportedTotal()).contains(new BigDecimal("98.89"));
        assertThat(form.reportedGrade()).contains("A");
        assertThat(form.funding().total().orElseThrow().reportedRate()).hasValueSatisfying(
                rate -> assertThat(rate.toString()).isEqualTo("97.24%"));
        assertThat(cells(result)).contains(tuple("READ_RATE_AS_PERCENT", "forms.xlsx!Sheet1!G5"))
                .doesNotContain(tuple("READ_COLUMN_KEPT", "forms.xlsx!Sheet1!E8"));
    }

    /** 预期目标值 / 权重分 / 实得分 / 扣分原因 and 批复预算 / 全年实际支出: column names other templates print. */
    @Test
    void moreNamesForTheTableColumnsAreRead() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "农村供水保障项目")
                .row("项目资金（万元）", null, "批复预算", "全年实际支出", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100, 95, 10, "95%", 9.5)
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "预期目标值", "实际完成值", "权重分", "实得分", "扣分原因")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "11500人", 20, 19.17, "部分农户外出务工")
                .row(null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 70, 70)
                .row("总分", null, null, null, null, null, 90, 98.67)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.indicators().leaves()).extracting(l -> l.indicator().target().text(),
                l -> l.indicator().weight().orElseThrow(), l -> l.indicator().reportedScore().orElseThrow(),
                l -> l.indicator().deviationNote())
                .containsExactly(tuple("≥12000人", new BigDecimal("20"), new BigDecimal("19.17"), "部分农户外出务工"),
                        tuple("≥90%", new BigDecimal("70"), new BigDecimal("70"), ""));
        assertThat(form.funding().total().orElseThrow().executed()).hasValueSatisfying(
                amount -> assertThat(amount.number()).isEqualByComparingTo("95"));
        assertThat(cells(result)).extracting(t -> t.toList().get(0)).doesNotContain("READ_COLUMN_KEPT");
    }

    /** 上级补助资金 and 自有资金 as funding lines, 自评得分合计 as the total row, 综合评价结论 as the grade row. */
    @Test
    void moreNamesForFundingLinesAndClosingRowsAreRead() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "农村供水保障项目", null, "项目主管部门", "县水利局")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100, 95, 10, "95%", 9.5)
                .row(null, "上级补助资金", 80, 80)
                .row(null, "自有资金", 20, 15)
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 90, 90)
                .row("自评得分合计", null, null, null, null, null, 100, 99.5)
                .row("综合评价结论", "优")
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.project().department()).contains("县水利局");
        assertThat(form.funding().sources()).extracting(FundingSource::label, FundingSource::kind).containsExactly(
                tuple("上级补助资金", FundingKind.CURRENT_APPROPRIATION), tuple("自有资金", FundingKind.OTHER));
        assertThat(form.indicators().leaves()).hasSize(1);
        assertThat(form.reportedTotal()).contains(new BigDecimal("99.5"));
        assertThat(form.reportedGrade()).contains("优");
    }

    @Test
    void aCategoryColumnNamingBothLevelsIsSplitAtItsDash() throws IOException {
        byte[] xlsx = waterSupplyHead()
                .row("绩效指标", "指标类别", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标-数量指标", "受益人口", "≥12000人", "12000人", 30, 30)
                .row(null, "产出指标-数量指标", "新建水厂", "1座", "1座", 20, 20)
                .row(null, "产出指标—质量指标", "水质达标率", "≥95%", "96%", 20, 20)
                .row(null, "满意度指标", "群众满意度", "≥90%", "95%", 20, 20)
                .row("总分", null, null, null, null, 90, 90)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.indicators().leaves()).extracting(l -> l.category().label(), l -> l.category().kind(),
                l -> l.subcategory().label(), l -> l.subcategory().kind(), l -> l.indicator().name())
                .containsExactly(
                        tuple("产出指标", CategoryKind.OUTPUT, "数量指标", SubcategoryKind.QUANTITY, "受益人口"),
                        tuple("产出指标", CategoryKind.OUTPUT, "数量指标", SubcategoryKind.QUANTITY, "新建水厂"),
                        tuple("产出指标", CategoryKind.OUTPUT, "质量指标", SubcategoryKind.QUALITY, "水质达标率"),
                        tuple("满意度指标", CategoryKind.SATISFACTION, "", SubcategoryKind.UNSPECIFIED, "群众满意度"));
        assertThat(form.indicators().categories()).hasSize(2);
        assertThat(cells(result)).contains(tuple("READ_LEVELS_SPLIT", "forms.xlsx!Sheet1!B6"),
                tuple("READ_LEVELS_SPLIT", "forms.xlsx!Sheet1!B8")).doesNotContain(
                tuple("READ_LEVELS_SPLIT", "forms.xlsx!Sheet1!B7"), tuple("READ_LEVEL1_BLANK", "forms.xlsx!Sheet1!A6"));
    }

    @Test
    void subtotalRowsAreSkippedNotCountedAgain() throws IOException {
        byte[] xlsx = waterSupplyHead()
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 50, 50)
                .row(null, "产出指标小计", null, null, null, null, 50, 50)
                .row(null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 40, 40)
                .row(null, null, "分项合计", null, null, null, 40, 40)
                .row("总分", null, null, null, null, null, 100, 100)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.indicators().leaves()).extracting(l -> l.category().label(), l -> l.indicator().name())
                .containsExactly(tuple("产出指标", "受益人口"), tuple("满意度指标", "群众满意度"));
        assertThat(form.indicators().totalWeight()).isEqualByComparingTo("90");
        assertThat(cells(result)).contains(tuple("READ_SUBTOTAL_ROW", "forms.xlsx!Sheet1!B7"),
                tuple("READ_SUBTOTAL_ROW", "forms.xlsx!Sheet1!C9"));
    }

    @Test
    void aGoalWithItsTwoHeadingsOneBelowTheOther() throws IOException {
        byte[] xlsx = waterSupplyHead()
                .row("年度总体目标", "预期目标", "保障12000人饮水安全")
                .row(null, null, "建成水厂1座")
                .row(null, "实际完成情况", "保障11500人饮水安全")
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "11500人", 90, 86.25)
                .row("总分", null, null, null, null, null, 100, 96.25)
                .bytes();

        SelfEvaluation form = only(read(xlsx));

        assertThat(form.goal().expected()).isEqualTo("保障12000人饮水安全\n建成水厂1座");
        assertThat(form.goal().actual()).isEqualTo("保障11500人饮水安全");
        assertThat(form.origin(Field.GOAL_EXPECTED)).hasValueSatisfying(at -> assertThat(at.place()).isEqualTo("C5"));
        assertThat(form.origin(Field.GOAL_ACTUAL)).hasValueSatisfying(at -> assertThat(at.place()).isEqualTo("C7"));
    }

    @Test
    void headerValuesInTheRowBelowTheirLabels() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", null, "主管部门", "实施单位", "项目负责人", "联系电话")
                .row("农村供水保障项目", null, "县水利局", "县农村供水站", "王五", "0851-1234567")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100, 100, 10, "100%", 10)
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 90, 90)
                .row("总分", null, null, null, null, null, 100, 100)
                .bytes();

        ReadResult result = read(xlsx);

        Project project = only(result).project();
        assertThat(project.name()).isEqualTo("农村供水保障项目");
        assertThat(project.department()).contains("县水利局");
        assertThat(project.implementingUnit()).contains("县农村供水站");
        assertThat(project.origin(Field.NAME)).hasValueSatisfying(at -> assertThat(at.place()).isEqualTo("A3"));
        assertThat(cells(result)).extracting(t -> t.toList().get(0)).doesNotContain("READ_FIELD_BLANK");
    }

    @Test
    void aFundingHeaderOnTwoRows() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "农村供水保障项目")
                .row("项目资金（万元）", null, "预算数", null, "全年执行数", "分值", "执行率", "得分")
                .row(null, null, "年初预算数", "调整后预算数")
                .row(null, "年度资金总额", 450, 500, 486.2, 10, "97.24%", 9.72)
                .row(null, "其中：当年财政拨款", 450, 500, 486.2)
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 90, 90)
                .row("总分", null, null, null, null, null, 100, 99.72)
                .merge("C3:D3").merge("E3:E4").merge("F3:F4").merge("G3:G4").merge("H3:H4")
                .bytes();

        ReadResult result = read(xlsx);

        Funding funding = only(result).funding();
        assertThat(funding.total().orElseThrow().initialBudget()).contains(Amount.of("450", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(funding.total().orElseThrow().adjustedBudget()).contains(Amount.of("500", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(funding.sources()).extracting(FundingSource::label).containsExactly("其中：当年财政拨款");
        assertThat(funding.reportedScore()).contains(new BigDecimal("9.72"));
    }

    @Test
    void instructionsThatNameTheLabelsAndShowAnEmptyTableAreNoForm() throws IOException {
        GridWorkbook workbook = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表填报说明")
                .row("一、项目名称：填写预算批复的项目名称。")
                .row("二、主管部门：填写项目主管部门全称。")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "指标1：")
                .sheet("自评表");
        byte[] xlsx = minimal(workbook, "年度资金总额", 100, 90).bytes();

        ReadResult result = read(xlsx);

        assertThat(only(result).project().name()).isNotEqualTo("填写预算批复的项目名称。");
        assertThat(result.findings()).extracting(Finding::code, f -> f.origin().orElseThrow().toString())
                .containsExactly(tuple("READ_SHEET_NOT_A_FORM", "forms.xlsx!Sheet1!A1"));
    }

    @Test
    void aListOfTheDepartmentsProjectsIsNoForm() throws IOException {
        GridWorkbook workbook = new GridWorkbook().sheet("汇总表")
                .row("2023年度项目支出绩效自评汇总表")
                .row("序号", "项目名称", "主管部门", "全年预算数", "全年执行数", "自评得分")
                .row(1, "农村供水保障项目", "县水利局", 500, 486.2, 98.89)
                .row(2, "河道清淤项目", "县水利局", 20, 16, 90)
                .row(null, "合计", null, 520, 502.2)
                .sheet("项目1");
        byte[] xlsx = minimal(workbook, "年度资金总额", 100, 90).bytes();

        ReadResult result = read(xlsx);

        assertThat(only(result).funding().total().orElseThrow().adjustedBudget())
                .contains(Amount.of("100", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(result.findings()).extracting(Finding::code, f -> f.origin().orElseThrow().toString())
                .contains(tuple("READ_SHEET_NOT_A_FORM", "forms.xlsx!汇总表!A1"));
    }

    @Test
    void aFormOnAHiddenSheetIsReadAndSaidToBeHidden() throws IOException {
        GridWorkbook workbook = minimal(new GridWorkbook().sheet("2023"), "年度资金总额", 100, 90);
        byte[] xlsx = minimal(workbook.sheet("2022"), "年度资金总额", 80, 80).hidden().bytes();

        ReadResult result = read(xlsx);

        assertThat(result.forms()).hasSize(2);
        assertThat(cells(result)).filteredOn(t -> t.toList().get(0).equals("READ_SHEET_HIDDEN"))
                .containsExactly(tuple("READ_SHEET_HIDDEN", "forms.xlsx!2022!A1"));
    }

    @Test
    void templateRowsFilledWithPlaceholdersAreSkippedLikeBlankOnes() throws IOException {
        byte[] xlsx = waterSupplyHead()
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度目标", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 90, 90)
                .row(null, null, null, "指标2：")
                .row(null, null, null, "指标3：", "/", "/")
                .row(null, "效益指标", "生态效益指标", "—", "—", "—", "—")
                .row(null, null, null, "指标4：", "/", "已完成", 5, 5)
                .row("总分", null, null, null, null, null, 100, 100)
                .bytes();

        ReadResult result = read(xlsx);

        assertThat(only(result).indicators().leaves()).extracting(l -> l.indicator().name(),
                l -> l.indicator().target().text()).containsExactly(tuple("受益人口", "≥12000人"), tuple("指标4：", "/"));
        assertThat(cells(result)).filteredOn(t -> t.toList().get(0).equals("READ_TEMPLATE_ROW")).extracting(
                t -> t.toList().get(1)).containsExactly("forms.xlsx!Sheet1!D7", "forms.xlsx!Sheet1!D8",
                "forms.xlsx!Sheet1!D9");
    }

    @Test
    void aFormOverTwoSheetsIsOneForm() throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("基本情况")
                .row("项目支出绩效自评表")
                .row("项目名称", "农村供水保障项目")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100, 100, 10, "100%", 10)
                .row("年度总体目标", "预期目标", null, null, "实际完成情况")
                .row(null, "保障供水", null, null, "已保障")
                .sheet("绩效指标")
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row("产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 90, 90)
                .row("总分", null, null, null, null, 100, 100)
                .bytes();

        ReadResult result = read(xlsx);

        SelfEvaluation form = only(result);
        assertThat(form.project().name()).isEqualTo("农村供水保障项目");
        assertThat(form.funding().reportedScore()).contains(new BigDecimal("10"));
        assertThat(form.indicators().leaves()).extracting(l -> l.indicator().name()).containsExactly("受益人口");
        assertThat(form.reportedTotal()).contains(new BigDecimal("100"));
        assertThat(form.indicators().leaves().get(0).indicator().origin(Field.SCORE))
                .hasValueSatisfying(at -> assertThat(at.toString()).isEqualTo("forms.xlsx!绩效指标!G2"));
        assertThat(cells(result)).extracting(t -> t.toList().get(0)).contains("READ_FORM_CONTINUED")
                .doesNotContain("READ_INDICATORS_MISSING", "READ_NAME_MISSING", "READ_FUNDING_MISSING");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aGradeAfterItsLabelInOneCell(boolean inTheTotalRow) throws IOException {
        GridWorkbook workbook = waterSupplyHead()
                .row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
                .row(null, "产出指标", "数量指标", "受益人口", "≥12000人", "12000人", 90, 90);
        if (inTheTotalRow) {
            workbook.row("总分", null, null, null, null, null, 100, 100, "自评等级：良好");
        } else {
            workbook.row("总分", null, null, null, null, null, 100, 100).row("自评结果：良好");
        }

        SelfEvaluation form = only(read(workbook.bytes()));

        assertThat(form.reportedGrade()).contains("良好");
        assertThat(form.origin(Field.GRADE)).hasValueSatisfying(at -> assertThat(at.place())
                .isEqualTo(inTheTotalRow ? "I7" : "A8"));
        assertThat(form.remarks()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"（2023-0156）静宁县苹果产业提升项目, 2023-0156", "[G2023001] 静宁县苹果产业提升项目, G2023001",
        "(二期)静宁县苹果产业提升项目, ", "(ABCD)静宁县苹果产业提升项目, "})
    void aCodeInBracketsBeforeTheNameIsSplitOffWhenItHasADigit(String printed, String code) throws IOException {
        byte[] xlsx = new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", printed)
                .row("项目资金（万元）", null, "全年预算数", "全年执行数")
                .row(null, "年度资金总额", 100, 100)
                .bytes();

        Project project = only(read(xlsx)).project();

        assertThat(project.code()).isEqualTo(Optional.ofNullable(code));
        assertThat(project.name()).isEqualTo(code == null ? printed : "静宁县苹果产业提升项目");
    }

    @Test
    void aFundingLineMissingAnAmountIsReadBlankAndCitesItsCell() throws IOException {
        byte[] xlsx = minimal(new GridWorkbook().sheet("Sheet1"), "年度资金总额", 100, 90)
                .bytes();
        byte[] lost = minimalWithSource(new Object[] {null, "其中：当年财政拨款", 100, null}).bytes();

        assertThat(only(read(xlsx)).funding().sources()).isEmpty();
        FundingSource line = only(read(lost)).funding().sources().get(0);
        assertThat(line.adjustedBudget()).contains(Amount.of("100", AmountUnit.TEN_THOUSAND_YUAN));
        assertThat(line.executed()).isEmpty();
        assertThat(line.origin(Field.EXECUTED)).hasValueSatisfying(at -> assertThat(at.place()).isEqualTo("D5"));
    }

    @Test
    void numbersReadAsExcelShowsThem() throws IOException {
        byte[] xlsx = minimalWithIndicators(
                new Object[] {null, "产出指标", "数量指标", "完成日期", "2021年12月前", shown(44525, "yyyy\"年\"m\"月\"d\"日\""), 10, 10},
                new Object[] {null, null, null, "合格率", "≥90%", shown(0.95, "0%"), 10, 10},
                new Object[] {null, null, null, "达标率", "≥90%", shown(0.95, "0.00%"), 10, 10},
                new Object[] {null, null, null, "补助金额", "≥1000元", shown(1234.5, "#,##0.00"), 10, 10},
                new Object[] {null, null, null, "投诉次数", "≤0次", -0.0, 10, 10},
                new Object[] {null, null, null, "受益人数", "≥100人", formula("100+20", 120.0), 10, 10},
                new Object[] {null, null, null, "培训次数", "≥5次", "6次", 10, formula("G15", null)},
                new Object[] {null, null, null, "考核次数", "≥5次", "6次", 10, formula("Sheet2!G15", null)})
                .sheet("Sheet2")
                .bytes();

        ReadResult result = read(xlsx);

        assertThat(only(result).indicators().leaves()).extracting(l -> l.indicator().actual().text())
                .containsExactly("2021年11月25日", "95%", "95.00%", "1,234.50", "0", "120", "6次", "6次");
        assertThat(only(result).indicators().leaves().get(6).indicator().reportedScore()).hasValue(
                new BigDecimal("10"));
        assertThat(only(result).indicators().leaves().get(7).indicator().reportedScore()).isEmpty();
        assertThat(cells(result)).containsExactly(tuple("READ_FORMULA_COMPUTED", "forms.xlsx!Sheet1!H15"),
                tuple("READ_FORMULA_WITHOUT_VALUE", "forms.xlsx!Sheet1!H16"));
        assertThat(result.allFindings().get(0).messageEn()).contains("=G15", "no cached value", "computed", ": 10");
        assertThat(result.allFindings().get(1).messageEn()).contains("=Sheet2!G15", "cannot be computed");
    }

    @Test
    void formsSideBySideAreBothRead() throws IOException {
        GridWorkbook workbook = new GridWorkbook().sheet("Sheet1");
        for (Object[] row : minimalRows(new Object[] {null, "年度资金总额", 100, 90})) {
            Object[] twice = Arrays.copyOf(row, 12 + row.length);
            System.arraycopy(row, 0, twice, 12, row.length);
            workbook.row(twice);
        }

        ReadResult result = read(workbook.bytes());

        assertThat(result.forms()).hasSize(2).allSatisfy(form -> assertThat(form.project().name()).isEqualTo("某项目"));
        assertThat(result.forms().get(0)).isEqualTo(result.forms().get(1));
        assertThat(result.entries()).extracting(e -> e.location().toString())
                .containsExactly("forms.xlsx!Sheet1!A1", "forms.xlsx!Sheet1!M1");
        assertThat(result.forms().get(1).indicators().leaves().get(0).indicator().origin(Field.SCORE))
                .hasValueSatisfying(at -> assertThat(at.place()).isEqualTo("T9"));
    }

    @Test
    void instructionSheetsAreSkippedWithANote() throws IOException {
        GridWorkbook workbook = new GridWorkbook().sheet("填表说明")
                .row("填表说明")
                .row("1.项目名称：按预算批复的项目名称填列。")
                .row("项目名称：不得简写")
                .sheet("自评表");
        byte[] xlsx = minimal(workbook, "年度资金总额", 100, 90).bytes();

        ReadResult result = read(xlsx);

        assertThat(result.forms()).hasSize(1);
        assertThat(result.findings()).extracting(Finding::code, f -> f.origin().orElseThrow().toString(), Finding::severity)
                .containsExactly(tuple("READ_SHEET_NOT_A_FORM", "forms.xlsx!填表说明!A1", Severity.INFO));
    }

    // ---------------------------------------------------------------- minimal forms

    private static GridWorkbook minimal(GridWorkbook workbook, String totalLabel, Object budget, Object executed) {
        minimalRows(new Object[] {null, totalLabel, budget, executed}).forEach(workbook::row);
        return workbook;
    }

    private static GridWorkbook minimalWithSource(Object[] source) {
        GridWorkbook workbook = new GridWorkbook().sheet("Sheet1");
        List<Object[]> rows = minimalRows(new Object[] {null, "年度资金总额", 100, 90});
        rows.add(4, source);
        rows.forEach(workbook::row);
        return workbook;
    }

    private static GridWorkbook minimalWithIndicators(Object[]... indicators) {
        GridWorkbook workbook = new GridWorkbook().sheet("Sheet1");
        List<Object[]> rows = minimalRows(new Object[] {null, "年度资金总额", 100, 90});
        rows.subList(rows.size() - 3, rows.size()).clear();
        rows.addAll(List.of(indicators));
        rows.add(new Object[] {"总分", null, null, null, null, null, 70, 70});
        rows.forEach(workbook::row);
        return workbook;
    }

    /** A small central-template form: title, header fields, a funding total line, goal, two indicators, 总分. */
    private static List<Object[]> minimalRows(Object[] totalLine) {
        return new java.util.ArrayList<>(Stream.of(
                new Object[] {"项目支出绩效自评表"},
                new Object[] {"项目名称", "某项目"},
                new Object[] {"主管部门", "某局", null, null, "实施单位", "某中心"},
                new Object[] {"项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                withWeight(totalLine),
                new Object[] {"年度总体目标", "预期目标", null, null, "实际完成情况"},
                new Object[] {null, "完成建设", null, null, "已完成"},
                new Object[] {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                new Object[] {null, "产出指标", "数量指标", "建设数量", "≥1个", "1个", 50, 50},
                new Object[] {null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", 40, 40},
                new Object[] {"总分", null, null, null, null, null, 100, 99}).toList());
    }

    private static Object[] withWeight(Object[] totalLine) {
        Object[] line = Arrays.copyOf(totalLine, 7);
        line[4] = 10;
        line[6] = 9;
        return line;
    }

    /** The title, the 项目名称 and a funding block of 100 budgeted and executed, scored 10 of 10: rows 1–4. */
    private static GridWorkbook waterSupplyHead() {
        return new GridWorkbook().sheet("Sheet1")
                .row("项目支出绩效自评表")
                .row("项目名称", "农村供水保障项目")
                .row("项目资金（万元）", null, "全年预算数", "全年执行数", "分值", "执行率", "得分")
                .row(null, "年度资金总额", 100, 100, 10, "100%", 10);
    }

    private static ReadResult read(byte[] xlsx) throws IOException {
        return new XlsxFormat().read(new ByteArrayInputStream(xlsx), ReadOptions.defaults().withSourceName("forms.xlsx"));
    }

    private static ReadResult readStrictly(byte[] xlsx) throws IOException {
        return new XlsxFormat().read(new ByteArrayInputStream(xlsx),
                ReadOptions.strictReading().withSourceName("forms.xlsx"));
    }

    /** The reader's findings, each as its code and cell. */
    private static List<Tuple> cells(ReadResult result) {
        return result.allFindings().stream().map(f -> tuple(f.code(), f.origin().map(Object::toString).orElse(""))).toList();
    }

    private static SelfEvaluation only(ReadResult result) {
        assertThat(result.forms()).hasSize(1);
        return result.forms().get(0);
    }
}
