// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static io.github.jixiao.model.AchievementLevel.ACHIEVED;
import static io.github.jixiao.model.AchievementLevel.NOT_ACHIEVED;
import static io.github.jixiao.model.AchievementLevel.PARTIALLY_ACHIEVED;
import static io.github.jixiao.model.Comparison.AT_LEAST;
import static io.github.jixiao.model.Comparison.AT_MOST;
import static io.github.jixiao.model.Comparison.EQUAL;
import static io.github.jixiao.model.Comparison.LESS_THAN;
import static io.github.jixiao.model.Comparison.MORE_THAN;
import static io.github.jixiao.model.DatePrecision.DAY;
import static io.github.jixiao.model.DatePrecision.MONTH;
import static io.github.jixiao.model.DatePrecision.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.fixtures.SeedForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every distinct 年度指标值 and 实际完成值 of the 16 seed forms, with the first seed form it appears on and
 * what it must parse to; then the other notations that real forms use (research/scoring-rules.md §3.3) and
 * text that must be kept unparsed. A line break inside a value ({@code ≤\n306.432444\n万元}) is shown as ⏎
 * in the test name.
 */
class NotationSeedTableTest {

    /** Every distinct 年度指标值 of the seeds, first occurrence in seed order. */
    static Stream<Arguments> seedTargets() {
        return Stream.of(
                target("beijing", "≤0.5%", quantitative(AT_MOST, "0.5", "%")),
                target("beijing", "≥2000个", quantitative(AT_LEAST, "2000", "个")),
                target("beijing", "100%", bare("100", "%")),
                target("beijing", "≤24小时", quantitative(AT_MOST, "24", "小时")),
                target("beijing", "≤5秒", quantitative(AT_MOST, "5", "秒")),
                target("beijing", "≤2小时", quantitative(AT_MOST, "2", "小时")),
                target("beijing", "≤6小时", quantitative(AT_MOST, "6", "小时")),
                target("beijing", "≥20000个", quantitative(AT_LEAST, "20000", "个")),
                target("beijing", "≤11月", quantitative(AT_MOST, "11", "月")),
                target("beijing", "≤12月", quantitative(AT_MOST, "12", "月")),
                target("beijing", "≤3月", quantitative(AT_MOST, "3", "月")),
                target("beijing", "≤1月", quantitative(AT_MOST, "1", "月")),
                target("beijing", "6个", bare("6", "个")),
                target("beijing", "1次", bare("1", "次")),
                target("beijing", "10个", bare("10", "个")),
                target("beijing", "≤7.45万元", quantitative(AT_MOST, "7.45", "万元")),
                target("beijing", "≤8.907444\n万元", quantitative(AT_MOST, "8.907444", "万元")),
                target("beijing", "≤290.075万\n元", quantitative(AT_MOST, "290.075", "万元")),
                target("beijing", "≤\n306.432444\n万元", quantitative(AT_MOST, "306.432444", "万元")),
                target("beijing", "≥4万条", quantitative(AT_LEAST, "4", "万条")),
                target("beijing", "≥10000人次", quantitative(AT_LEAST, "10000", "人次")),
                target("beijing", "≥80%", quantitative(AT_LEAST, "80", "%")),
                target("beijing", "≥40万条", quantitative(AT_LEAST, "40", "万条")),
                target("beijing", "≥1000人", quantitative(AT_LEAST, "1000", "人")),
                target("beijing", "≥95%", quantitative(AT_LEAST, "95", "%")),
                target("shenzhen-1", "15000", bare("15000", "")),
                target("shenzhen-1", "一个月内", quantitative(AT_MOST, "1", "个月")),
                target("shenzhen-1", "≤93.69", quantitative(AT_MOST, "93.69", "")),
                target("shenzhen-1", "无", NotApplicable::new),
                target("shenzhen-1", "有效提高", Target.Qualitative::new),
                target("shenzhen-2", "≥12", quantitative(AT_LEAST, "12", "")),
                target("shenzhen-2", "1", bare("1", "")),
                target("shenzhen-2", "1499180", bare("1499180", "")),
                target("shenzhen-2", "有效提升", Target.Qualitative::new),
                target("shenzhen-3", "2", bare("2", "")),
                target("shenzhen-3", "2021年12月前", deadline("2021-12-31", MONTH)),
                target("shenzhen-3", "31", bare("31", "")),
                target("shenzhen-4", "5", bare("5", "")),
                target("shenzhen-4", "2021年7月前完成", deadline("2021-07-31", MONTH)),
                target("shenzhen-4", "46", bare("46", "")),
                target("shenzhen-4", ">=85%", quantitative(AT_LEAST, "85", "%")),
                target("shenzhen-5", "12", bare("12", "")),
                target("shenzhen-5", "80.8", bare("80.8", "")),
                target("shenzhen-6", "≤124000", quantitative(AT_MOST, "124000", "")),
                target("shenzhen-6", "有效维护", Target.Qualitative::new),
                target("shenzhen-7", "≤295", quantitative(AT_MOST, "295", "")),
                target("shenzhen-8", "≥1", quantitative(AT_LEAST, "1", "")),
                target("shenzhen-8", "286540", bare("286540", "")),
                target("shenzhen-9", "374093.0", bare("374093.0", "")),
                target("shanghai-1", "≥120.00(万条/月)", quantitative(AT_LEAST, "120.00", "万条/月")),
                target("shanghai-1", "≥1.00(万条/月)", quantitative(AT_LEAST, "1.00", "万条/月")),
                target("shanghai-1", "准确性、针对性", Target.Qualitative::new),
                target("shanghai-1", "前瞻性、指导性", Target.Qualitative::new),
                target("shanghai-1", "=100.00(%)", quantitative(EQUAL, "100.00", "%")),
                target("shanghai-1", "汇总", Target.Qualitative::new),
                target("shanghai-1", "建立", Target.Qualitative::new),
                target("shanghai-1", "提升", Target.Qualitative::new),
                target("shanghai-1", "吸引、评价", Target.Qualitative::new),
                target("shanghai-1", "引导", Target.Qualitative::new),
                target("shanghai-1", "集聚、选拔", Target.Qualitative::new),
                target("shanghai-1", "≥90.00(%)", quantitative(AT_LEAST, "90.00", "%")),
                target("shanghai-2", "≥8.00(家)", quantitative(AT_LEAST, "8.00", "家")),
                target("shanghai-2", "及时", Target.Qualitative::new),
                target("shanghai-2", "掌握", Target.Qualitative::new),
                target("shanghai-2", "较上年提升", Target.Qualitative::new),
                target("shanghai-2", "提供依据", Target.Qualitative::new),
                target("shanghai-3", "≥1000.00(次)", quantitative(AT_LEAST, "1000.00", "次")),
                target("shanghai-3", "≥4.00(次)", quantitative(AT_LEAST, "4.00", "次")),
                target("shanghai-3", "<10.00(次)", quantitative(LESS_THAN, "10.00", "次")),
                target("shanghai-3", "≤5.00(次)", quantitative(AT_MOST, "5.00", "次")),
                target("shanghai-3", "半小时内响应", quantitative(AT_MOST, "0.5", "小时")),
                target("shanghai-3", "一般问题当天解决, 疑难问题 3 天内解决", Target.Qualitative::new),
                target("shanghai-3", "=0.00(次)", quantitative(EQUAL, "0.00", "次")),
                target("shanghai-3", ">5000.00(次)", quantitative(MORE_THAN, "5000.00", "次")),
                target("shanghai-3", "≤10.00(%)", quantitative(AT_MOST, "10.00", "%")),
                target("shanghai-3", "良好", Target.Qualitative::new),
                target("shanghai-3", ">100.00(人)", quantitative(MORE_THAN, "100.00", "人")),
                target("shanghai-3", "≥95.00(%)", quantitative(AT_LEAST, "95.00", "%")),
                target("shanghai-4", "维护与扩充", Target.Qualitative::new),
                target("shanghai-4", "≥80.00(%)", quantitative(AT_LEAST, "80.00", "%")),
                target("shanghai-4", "提高", Target.Qualitative::new),
                target("shanghai-4", "规范", Target.Qualitative::new),
                target("shanghai-4", "推进", Target.Qualitative::new),
                target("shanghai-4", "完善", Target.Qualitative::new),
                target("shanghai-4", "保障", Target.Qualitative::new),
                target("shanghai-5", "≥20.00(人)", quantitative(AT_LEAST, "20.00", "人")),
                target("shanghai-5", "≥80.00(人)", quantitative(AT_LEAST, "80.00", "人")),
                target("shanghai-5", "公平公正", Target.Qualitative::new),
                target("shanghai-5", "统一规范", Target.Qualitative::new),
                target("shanghai-5", "形成", Target.Qualitative::new),
                target("shanghai-5", "≥13.00(个)", quantitative(AT_LEAST, "13.00", "个")),
                target("shanghai-5", "四委九局", Target.Qualitative::new),
                target("shanghai-6", "≥100.00(并发数)", quantitative(AT_LEAST, "100.00", "并发数")),
                target("shanghai-6", "≥5000.00(次)", quantitative(AT_LEAST, "5000.00", "次")),
                target("shanghai-6", "通过", Target.Qualitative::new),
                target("shanghai-6", "云虚拟部署", Target.Qualitative::new),
                target("shanghai-6", "满足", Target.Qualitative::new),
                target("shanghai-6", "有效", Target.Qualitative::new),
                target("shanghai-6", "≥85.00(%)", quantitative(AT_LEAST, "85.00", "%")));
    }

    /** Every distinct 实际完成值 of the seeds, first occurrence in seed order. */
    static Stream<Arguments> seedActuals() {
        return Stream.of(
                actual("beijing", "0%", measured("0", "%")),
                actual("beijing", "2000个", measured("2000", "个")),
                actual("beijing", "100%", measured("100", "%")),
                actual("beijing", "0小时", measured("0", "小时")),
                actual("beijing", "0.41秒", measured("0.41", "秒")),
                actual("beijing", "20000个", measured("20000", "个")),
                actual("beijing", "9月", measured("9", "月")),
                actual("beijing", "11月", measured("11", "月")),
                actual("beijing", "2月", measured("2", "月")),
                actual("beijing", "12月", measured("12", "月")),
                actual("beijing", "1月", measured("1", "月")),
                actual("beijing", "6个", measured("6", "个")),
                actual("beijing", "1次", measured("1", "次")),
                actual("beijing", "10个", measured("10", "个")),
                actual("beijing", "5.5万元", measured("5.5", "万元")),
                actual("beijing", "8万元", measured("8", "万元")),
                actual("beijing", "290万元", measured("290", "万元")),
                actual("beijing", "303.5万元", measured("303.5", "万元")),
                actual("beijing", "7.0702万条", measured("7.0702", "万条")),
                actual("beijing", "77730629人次", measured("77730629", "人次")),
                actual("beijing", "82%", measured("82", "%")),
                actual("beijing", "90.0064万条", measured("90.0064", "万条")),
                actual("beijing", "1541人", measured("1541", "人")),
                actual("shenzhen-1", "15005", measured("15005", "")),
                actual("shenzhen-1", "一个月内", bound(AT_MOST, "1", "个月")),
                actual("shenzhen-1", "87.1", measured("87.1", "")),
                actual("shenzhen-1", "无", NotApplicable::new),
                actual("shenzhen-1", "有效提高", Actual.Described::new),
                actual("shenzhen-2", "12", measured("12", "")),
                actual("shenzhen-2", "1", measured("1", "")),
                actual("shenzhen-2", "1420000.0", measured("1420000.0", "")),
                actual("shenzhen-2", "有效提升", Actual.Described::new),
                actual("shenzhen-3", "2", measured("2", "")),
                actual("shenzhen-3", "2021年11月25日", onDate("2021-11-25", DAY)),
                actual("shenzhen-3", "24.27", measured("24.27", "")),
                actual("shenzhen-4", "5", measured("5", "")),
                actual("shenzhen-4", "2021年12月3日", onDate("2021-12-03", DAY)),
                actual("shenzhen-4", "31.92", measured("31.92", "")),
                actual("shenzhen-4", ">=85%", bound(AT_LEAST, "85", "%")),
                actual("shenzhen-5", "77", measured("77", "")),
                actual("shenzhen-6", "1170000", measured("1170000", "")),
                actual("shenzhen-6", "有效维护", Actual.Described::new),
                actual("shenzhen-7", "278.47", measured("278.47", "")),
                actual("shenzhen-8", "3", measured("3", "")),
                actual("shenzhen-8", "286540", measured("286540", "")),
                actual("shenzhen-9", "350000.0", measured("350000.0", "")),
                actual("shanghai-1", "90.00(万条/月)", measured("90.00", "万条/月")),
                actual("shanghai-1", "1.50(万条/月)", measured("1.50", "万条/月")),
                actual("shanghai-1", "达成指标", achievement(ACHIEVED)),
                actual("shanghai-1", "90.00(%)", measured("90.00", "%")),
                actual("shanghai-1", "100.00(%)", measured("100.00", "%")),
                actual("shanghai-2", "8.00(家)", measured("8.00", "家")),
                actual("shanghai-3", "111456.00 (次)", measured("111456.00", "次")),
                actual("shanghai-3", "5.00(次)", measured("5.00", "次")),
                actual("shanghai-3", "6.00(次)", measured("6.00", "次")),
                actual("shanghai-3", "2.00(次)", measured("2.00", "次")),
                actual("shanghai-3", "0.00(次)", measured("0.00", "次")),
                actual("shanghai-3", "3.00(%)", measured("3.00", "%")),
                actual("shanghai-3", "200.00(人)", measured("200.00", "人")),
                actual("shanghai-3", "98.00(%)", measured("98.00", "%")),
                actual("shanghai-4", "226.00(%)", measured("226.00", "%")),
                actual("shanghai-4", "95.00(%)", measured("95.00", "%")),
                actual("shanghai-4", "79.00(%)", measured("79.00", "%")),
                actual("shanghai-5", "25.00(人)", measured("25.00", "人")),
                actual("shanghai-5", "40.00(人)", measured("40.00", "人")),
                actual("shanghai-5", "20.00(个)", measured("20.00", "个")),
                actual("shanghai-5", "部分达成指标并具有一定效果", achievement(PARTIALLY_ACHIEVED)),
                actual("shanghai-6", "1024.00(并发数)", measured("1024.00", "并发数")),
                actual("shanghai-6", "5094.00(次)", measured("5094.00", "次")),
                actual("shanghai-6", "99.90(%)", measured("99.90", "%")),
                actual("shanghai-6", "80.00(%)", measured("80.00", "%")));
    }

    /** The other notations of real forms (scoring-rules.md §3.3), full-width and separator variants. */
    static Stream<Arguments> otherTargets() {
        return Stream.of(
                // three cells 指标性质 | 指标值 | 度量单位 joined, with and without the separating spaces
                target("§3.3", "≧ 735 人次", quantitative(AT_LEAST, "735", "人次")),
                target("§3.3", "≧735人次", quantitative(AT_LEAST, "735", "人次")),
                target("§3.3", "═ 100 %", quantitative(EQUAL, "100", "%")),
                target("§3.3", "═100%", quantitative(EQUAL, "100", "%")),
                target("§3.3", "≥100百分比", quantitative(AT_LEAST, "100", "百分比")),
                target("§3.3", "=8个", quantitative(EQUAL, "8", "个")),
                target("§3.3", "小于5次", quantitative(LESS_THAN, "5", "次")),
                target("§3.3", "不少于12 种", quantitative(AT_LEAST, "12", "种")),
                target("§3.3", "2000个以上", quantitative(AT_LEAST, "2000", "个")),
                target("§3.3", "≥ 7.45万元", quantitative(AT_LEAST, "7.45", "万元")),
                target("§3.3", "≤ 306.432444 万元", quantitative(AT_MOST, "306.432444", "万元")),
                target("§3.3", "2021年底前", deadline("2021-12-31", YEAR)),
                target("§3.3", "显著提升", Target.Qualitative::new),
                target("§3.3", "效果明显", Target.Qualitative::new),
                target("§3.3", "/", NotApplicable::new),
                // full-width digits, signs and separators
                target("full-width", "≥１２０．５％", quantitative(AT_LEAST, "120.5", "%")),
                target("full-width", "１００％", bare("100", "%")),
                target("full-width", "１，２００ 元", bare("1200", "元")),
                target("full-width", "＞5000次", quantitative(MORE_THAN, "5000", "次")),
                target("full-width", "＜10次", quantitative(LESS_THAN, "10", "次")),
                target("full-width", "≦5次", quantitative(AT_MOST, "5", "次")),
                // thousands separators
                target("separators", "≥1,200人次", quantitative(AT_LEAST, "1200", "人次")),
                target("separators", "≥10,000,000元", quantitative(AT_LEAST, "10000000", "元")),
                target("separators", "1,234.50万元", bare("1234.50", "万元")),
                // comparator words before and after the value
                target("words", "不超过3次", quantitative(AT_MOST, "3", "次")),
                target("words", "不低于95%", quantitative(AT_LEAST, "95", "%")),
                target("words", "不高于10%", quantitative(AT_MOST, "10", "%")),
                target("words", "大于等于90%", quantitative(AT_LEAST, "90", "%")),
                target("words", ">= 85 %", quantitative(AT_LEAST, "85", "%")),
                target("words", "10万元以内", quantitative(AT_MOST, "10", "万元")),
                target("words", "5天以下", quantitative(AT_MOST, "5", "天")),
                // durations
                target("durations", "三天内", quantitative(AT_MOST, "3", "天")),
                target("durations", "十五天内", quantitative(AT_MOST, "15", "天")),
                target("durations", "两个月内", quantitative(AT_MOST, "2", "个月")),
                target("durations", "3个工作日内", quantitative(AT_MOST, "3", "个工作日")),
                target("durations", "24小时内", quantitative(AT_MOST, "24", "小时")),
                target("durations", "≤30分钟", quantitative(AT_MOST, "30", "分钟")),
                // units
                target("units", "≤1.5亿元", quantitative(AT_MOST, "1.5", "亿元")),
                target("units", "≥5‰", quantitative(AT_LEAST, "5", "‰")),
                target("units", "≥1次/月", quantitative(AT_LEAST, "1", "次/月")),
                target("units", "12次/年", bare("12", "次/年")),
                // dates
                target("dates", "2021年12月31日前", deadline("2021-12-31", DAY)),
                target("dates", "2021-12-31", deadline("2021-12-31", DAY)),
                target("dates", "2021/12/31", deadline("2021-12-31", DAY)),
                target("dates", "2021.12.31", deadline("2021-12-31", DAY)),
                target("dates", "≤2021年12月", deadline("2021-12-31", MONTH)),
                // not applicable, and a level that is not a target
                target("not applicable", "—", NotApplicable::new),
                target("blank", "", Blank::new),
                actual("blank", " \n", Blank::new),
                target("not a target", "达成预期指标", Target.Qualitative::new),
                // kept unparsed, with the reason and where reading stopped: never guessed
                target("unparsed", "12月前", unparsedTarget(YEAR_MISSING, 3)),
                target("unparsed", "7月底前", unparsedTarget(YEAR_MISSING, 3)),
                target("unparsed", "2021年13月前", unparsedTarget("expected a month from 1 to 12, not 13", 5)),
                target("unparsed", "≥abc", unparsedTarget("expected a number", 1)),
                target("unparsed", "≥12个>", unparsedTarget("expected the end of the value", 4)),
                target("unparsed", "≥1,2345", unparsedTarget("expected the end of the value", 2)));
    }

    /** Actuals that repeat a target, come as text, as levels or dates, or cannot be read. */
    static Stream<Arguments> otherActuals() {
        return Stream.of(
                actual("§3.3", "≥95%", bound(AT_LEAST, "95", "%")),
                actual("§3.3", "≥266米", bound(AT_LEAST, "266", "米")),
                actual("§3.3", "无上访", Actual.Described::new),
                actual("§3.3", "192只", measured("192", "只")),
                actual("§3.3", "达成预期指标", achievement(ACHIEVED)),
                actual("levels", "未达成指标且效果较差", achievement(NOT_ACHIEVED)),
                actual("levels", "部分完成", achievement(PARTIALLY_ACHIEVED)),
                actual("dates", "2021年底", onDate("2021-12-31", YEAR)),
                actual("dates", "2021年12月", onDate("2021-12-31", MONTH)),
                actual("full-width", "９０．５％", measured("90.5", "%")),
                actual("not applicable", "/", NotApplicable::new),
                actual("unparsed", "12月前", unparsedActual(YEAR_MISSING, 3)));
    }

    private static final String YEAR_MISSING = "expected a year before the month of a deadline, as in 2021年12月前";

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"seedTargets", "otherTargets"})
    void targetsParseAsWritten(String source, String text, Function<String, Target> expected) {
        Target target = Target.parse(text);

        assertThat(target).isEqualTo(expected.apply(text));
        assertThat(Target.parse(text)).isEqualTo(target);
        String canonical = target.canonicalText();
        assertThat(Target.parse(canonical)).isEqualTo(expected.apply(canonical));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"seedActuals", "otherActuals"})
    void actualsParseAsWritten(String source, String text, Function<String, Actual> expected) {
        Actual actual = Actual.parse(text);

        assertThat(actual).isEqualTo(expected.apply(text));
        assertThat(Actual.parse(text)).isEqualTo(actual);
        String canonical = actual.canonicalText();
        assertThat(Actual.parse(canonical)).isEqualTo(expected.apply(canonical));
    }

    @Test
    void theTablesHoldEveryCellOfTheSeeds() {
        Set<String> targets = texts(seedTargets());
        Set<String> actuals = texts(seedActuals());
        for (SeedForms.Seed seed : SeedForms.seeds()) {
            for (IndicatorTree.Leaf leaf : seed.form().indicators().leaves()) {
                Indicator indicator = leaf.indicator();
                assertThat(targets).as("%s: %s", seed.id(), leaf.path()).contains(indicator.target().text());
                assertThat(actuals).as("%s: %s", seed.id(), leaf.path()).contains(indicator.actual().text());
            }
        }
        assertThat(targets.size() + actuals.size()).isGreaterThanOrEqualTo(150);
    }

    /** Quantities in prefixed and percent units, normalised exactly to their base unit. */
    static Stream<Arguments> normalizedTargets() {
        return Stream.of(
                normalized("beijing", "≤0.5%", "0.005", ""),
                normalized("beijing", "100%", "1", ""),
                normalized("shanghai-1", "=100.00(%)", "1", ""),
                normalized("§3.3", "≥100百分比", "1", ""),
                normalized("units", "≥5‰", "0.005", ""),
                normalized("beijing", "≥4万条", "40000", "条"),
                normalized("shanghai-1", "≥120.00(万条/月)", "1200000", "条/月"),
                normalized("beijing", "≤\n306.432444\n万元", "3064324.44", "元"),
                normalized("beijing", "≤290.075万\n元", "2900750", "元"),
                normalized("units", "≤1.5亿元", "150000000", "元"),
                normalized("shenzhen-1", "一个月内", "1", "月"),
                normalized("durations", "两个月内", "2", "月"),
                normalized("beijing", "≤11月", "11", "月"),
                normalized("shanghai-3", "半小时内响应", "0.5", "小时"),
                normalized("durations", "3个工作日内", "3", "工作日"),
                normalized("beijing", "≥10000人次", "10000", "人次"),
                normalized("shanghai-6", "≥100.00(并发数)", "100", "并发数"),
                normalized("shenzhen-1", "15000", "15000", ""));
    }

    @ParameterizedTest(name = "{0}: {1} is {2} {3}")
    @MethodSource("normalizedTargets")
    void quantitiesNormalizeToTheirBaseUnit(String source, String text, String value, String base) {
        Target target = Target.parse(text);

        assertThat(target).isInstanceOf(Target.Quantitative.class);
        Quantity quantity = ((Target.Quantitative) target).quantity();
        assertThat(quantity.normalized()).isEqualByComparingTo(value);
        assertThat(quantity.unit().base()).isEqualTo(base);
    }

    /** Seed rows whose actual compares with the target's value across units and scales: the sign of actual − target. */
    static Stream<Arguments> seedComparisons() {
        return Stream.of(
                Arguments.of("beijing", "≥4万条", "7.0702万条", 1),
                Arguments.of("beijing", "≥40万条", "90.0064万条", 1),
                Arguments.of("beijing", "≥2000个", "2000个", 0),
                Arguments.of("beijing", "≤11月", "9月", -1),
                Arguments.of("beijing", "≤1月", "1月", 0),
                Arguments.of("beijing", "≤5秒", "0.41秒", -1),
                Arguments.of("beijing", "≤\n306.432444\n万元", "303.5万元", -1),
                Arguments.of("beijing", "100%", "100%", 0),
                Arguments.of("shenzhen-1", "15000", "15005", 1),
                Arguments.of("shenzhen-6", "≤124000", "1170000", 1),
                Arguments.of("shanghai-1", "≥120.00(万条/月)", "90.00(万条/月)", -1),
                Arguments.of("shanghai-1", "=100.00(%)", "90.00(%)", -1),
                Arguments.of("shanghai-2", "≥90.00(%)", "90.00(%)", 0),
                Arguments.of("shanghai-3", "≥1000.00(次)", "111456.00 (次)", 1),
                Arguments.of("shanghai-4", "≥80.00(%)", "79.00(%)", -1),
                Arguments.of("shanghai-5", "≥80.00(人)", "40.00(人)", -1));
    }

    @ParameterizedTest(name = "{0}: {2} against {1}")
    @MethodSource("seedComparisons")
    void seedActualsCompareWithTheirTargets(String seed, String target, String actual, int sign) {
        Quantity goal = ((Target.Quantitative) Target.parse(target)).quantity();
        Quantity done = ((Actual.Measured) Actual.parse(actual)).quantity();

        assertThat(Integer.signum(done.compareValue(goal))).isEqualTo(sign);
    }

    // ---------------------------------------------------------------- table helpers

    private static Arguments target(String source, String text, Function<String, Target> expected) {
        return Arguments.of(source, named(text), expected);
    }

    private static Arguments actual(String source, String text, Function<String, Actual> expected) {
        return Arguments.of(source, named(text), expected);
    }

    private static Arguments normalized(String source, String text, String value, String base) {
        return Arguments.of(source, named(text), value, base);
    }

    /** The text as the argument, shown in the test name with its line breaks as ⏎ (an empty cell as "(empty)"). */
    private static Named<String> named(String text) {
        return Named.of(text.isEmpty() ? "(empty)" : text.replace("\n", "⏎"), text);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> texts(Stream<Arguments> table) {
        return table.map(arguments -> ((Named<String>) arguments.get()[1]).getPayload()).collect(Collectors.toSet());
    }

    private static Quantity quantity(String value, String unit) {
        return new Quantity(new BigDecimal(value), Unit.of(unit));
    }

    private static Function<String, Target> quantitative(Comparison comparator, String value, String unit) {
        return text -> new Target.Quantitative(text, Optional.of(comparator), quantity(value, unit));
    }

    /** A bare value such as {@code 100%} or {@code 15000}: no comparator written. */
    private static Function<String, Target> bare(String value, String unit) {
        return text -> new Target.Quantitative(text, Optional.empty(), quantity(value, unit));
    }

    private static Function<String, Target> deadline(String due, DatePrecision precision) {
        return text -> new Target.Deadline(text, LocalDate.parse(due), precision);
    }

    private static Function<String, Target> unparsedTarget(String reason, int errorIndex) {
        return text -> new Unparsed(text, reason, errorIndex);
    }

    private static Function<String, Actual> measured(String value, String unit) {
        return text -> new Actual.Measured(text, quantity(value, unit));
    }

    private static Function<String, Actual> bound(Comparison comparator, String value, String unit) {
        return text -> new Actual.Bound(text, comparator, quantity(value, unit));
    }

    private static Function<String, Actual> onDate(String date, DatePrecision precision) {
        return text -> new Actual.OnDate(text, LocalDate.parse(date), precision);
    }

    private static Function<String, Actual> achievement(AchievementLevel level) {
        return text -> new Actual.Achievement(text, level);
    }

    private static Function<String, Actual> unparsedActual(String reason, int errorIndex) {
        return text -> new Unparsed(text, reason, errorIndex);
    }
}
