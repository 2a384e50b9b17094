// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the parser beyond the seed table: errors, offsets, limits and the chosen semantics. */
class NotationTest {

    static Stream<Arguments> unparsedTargets() {
        return Stream.of(
                Arguments.of("≥", "expected a number", 1),
                Arguments.of("≥ 95 % 满意度", "expected the end of the value", 7),
                Arguments.of("1e1000000", "expected a plain decimal number, not an exponent", 1),
                Arguments.of("2021年13月前", "expected a month from 1 to 12, not 13", 5),
                Arguments.of("2021年2月30日前", "expected a valid date, not 2021-2-30", 5),
                Arguments.of("≥1" + "0".repeat(200), "expected a number of at most 100 digits", 1),
                Arguments.of("192只(180只+12头)多", "expected the end of the value", 14),
                Arguments.of("≥1" + "万".repeat(40), "expected a unit of at most 32 characters", 35));
    }

    @ParameterizedTest
    @MethodSource("unparsedTargets")
    void textThatStartsLikeANotationButIsNotOneIsKeptWithReasonAndOffset(String text, String reason, int offset) {
        Target target = Target.parse(text);
        assertThat(target).isInstanceOf(Unparsed.class);
        Unparsed unparsed = (Unparsed) target;
        assertThat(unparsed.text()).isEqualTo(text);
        assertThat(unparsed.reason()).isEqualTo(reason);
        assertThat(unparsed.errorIndex()).isEqualTo(offset);
    }

    @ParameterizedTest
    @CsvSource({
        "90%-95%, 90%, 95%",
        "90 % ～ 95 %, 90%, 95%",
        "3至5天, 3天, 5天",
        "5到8个之间, 5个, 8个",
        "100—120万元, 100万元, 120万元",
        "10元-2万元, 10元, 2万元",
        "0.5~0.5, 0.5, 0.5",
        "区间90-95%, 90%, 95%",
    })
    void twoQuantitiesEitherSideOfADashOrToAreARange(String text, String low, String high) {
        assertThat(Target.parse(text)).isEqualTo(new Target.Range(text, Quantity.parse(low), Quantity.parse(high)));
    }

    /** The upper bound first, or bounds of different kinds, are no range: kept with the reason the first reading gave. */
    @ParameterizedTest
    @ValueSource(strings = {"95%-90%", "3天-5次", "5-", "-5%", "1-2-3"})
    void whatOnlyLooksLikeARangeIsNone(String text) {
        assertThat(Target.parse(text)).isNotInstanceOf(Target.Range.class);
    }

    @Test
    void aRangeWithItsUpperBoundBelowItsLowerIsRefused() {
        assertThatThrownBy(() -> new Target.Range("95%-90%", Quantity.parse("95%"), Quantity.parse("90%")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the lower bound");
    }

    /** 510余人 is 510人: the number as written, the text keeps that it was a little more. */
    /**
     * What real forms write around a value: a bracketed note after it (kept in the text, not read), 左右, a word
     * saying it is to be reached, 控制在…以内, punctuation at the end, a deadline of a year and a month with a dash or
     * a slash, and in front the direction a 指标性质 column gives a split target (正向, 反向, 定量, 定性).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥80%（含）| Quantitative[text=≥80%（含）, comparator=Optional[≥], quantity=80%]",
        "95%（含）以上| Quantitative[text=95%（含）以上, comparator=Optional[≥], quantity=95%]",
        "≥98%(2023年)| Quantitative[text=≥98%(2023年), comparator=Optional[≥], quantity=98%]",
        "192只(180只+12头)| Quantitative[text=192只(180只+12头), comparator=Optional.empty, quantity=192只]",
        "1000人左右| Quantitative[text=1000人左右, comparator=Optional.empty, quantity=1000人]",
        "100%完成| Quantitative[text=100%完成, comparator=Optional.empty, quantity=100%]",
        "500人到位| Quantitative[text=500人到位, comparator=Optional.empty, quantity=500人]",
        "控制在500万元以内| Quantitative[text=控制在500万元以内, comparator=Optional[≤], quantity=500万元]",
        "≥98%；| Quantitative[text=≥98%；, comparator=Optional[≥], quantity=98%]",
        "2023-12| Deadline[text=2023-12, due=2023-12-31, precision=MONTH]",
        "2023/6前| Deadline[text=2023/6前, due=2023-06-30, precision=MONTH]",
        "2023.12前| Deadline[text=2023.12前, due=2023-12-31, precision=MONTH]",
        "2023.12| Quantitative[text=2023.12, comparator=Optional.empty, quantity=2023.12]",
        "2023-2025| Range[text=2023-2025, low=2023, high=2025]",
        "无、| Qualitative[text=无、]",
        "正向95%| Quantitative[text=正向95%, comparator=Optional[≥], quantity=95%]",
        "反向指标5%| Quantitative[text=反向指标5%, comparator=Optional[≤], quantity=5%]",
        "定量≥95%| Quantitative[text=定量≥95%, comparator=Optional[≥], quantity=95%]",
        "正向<5次| Quantitative[text=正向<5次, comparator=Optional[<], quantity=5次]",
        "定性提升| Qualitative[text=定性提升]",
        "定性2023年12月31日前| Deadline[text=定性2023年12月31日前, due=2023-12-31, precision=DAY]",
    })
    void whatFormsWriteAroundAValueIsReadAsTheValue(String text, String read) {
        assertThat(Target.parse(text)).hasToString(read);
    }

    @ParameterizedTest
    @CsvSource({"510余人, 510人", "1.2万余条, 1.2万条", "10多个, 10个", "300余, 300"})
    void aNumberALittleMoreThanWrittenIsTheNumberAsWritten(String text, String quantity) {
        assertThat(Actual.parse(text)).isEqualTo(new Actual.Measured(text, Quantity.parse(quantity)));
        assertThat(Target.parse(text)).isEqualTo(new Target.Quantitative(text, java.util.Optional.empty(),
                Quantity.parse(quantity)));
    }

    /** 满意度96% is 96%: a short label ending in 率 or 度, a link word, then one value. */
    @ParameterizedTest
    @CsvSource({"满意度96%, 96%", "验收合格率：100%, 100%", "群众满意度为 95.5%, 95.5%", "满意度达96%, 96%",
        "服务对象满意度是98%, 98%"})
    void aValueAfterARateLabelIsTheValue(String text, String quantity) {
        assertThat(Actual.parse(text)).isEqualTo(new Actual.Measured(text, Quantity.parse(quantity)));
    }

    @Test
    void aRateLabelBeforeATargetOrProseIsKeptAsWhatItIs() {
        assertThat(Target.parse("满意度≥90%")).isEqualTo(new Target.Quantitative("满意度≥90%",
                java.util.Optional.of(Comparison.AT_LEAST), Quantity.parse("90%")));
        assertThat(Actual.parse("满意度较高")).isEqualTo(new Actual.Described("满意度较高"));
        assertThat(Actual.parse("满意度96%，较上年提高")).isEqualTo(new Actual.Described("满意度96%，较上年提高"));
        assertThat(Actual.parse("项目名称96%")).isEqualTo(new Actual.Described("项目名称96%"));
        assertThat(Actual.parse("a满意度96%")).isEqualTo(new Actual.Described("a满意度96%"));
    }

    /** 约500人 is a target of 500人 without a comparator (scoring reads it as a bare target and says so). */
    @Test
    void anApproximateTargetIsABareQuantityAndKeepsItsText() {
        Target target = Target.parse("约500人");
        assertThat(target).isInstanceOf(Target.Quantitative.class);
        Target.Quantitative quantitative = (Target.Quantitative) target;
        assertThat(quantitative.comparator()).isEmpty();
        assertThat(quantitative.quantity()).isEqualTo(Quantity.parse("500人"));
        assertThat(target.text()).isEqualTo("约500人");
        assertThat(Target.parse("大约 1.5万元")).isInstanceOf(Target.Quantitative.class);
        assertThat(Target.parse("约定完成")).isInstanceOf(Target.Qualitative.class);
    }

    @Test
    void aChineseNumeralBeforeACountingWordIsANumber() {
        assertThat(Actual.parse("三项")).isEqualTo(new Actual.Measured("三项", Quantity.parse("3项")));
        assertThat(Actual.parse("两处")).isEqualTo(new Actual.Measured("两处", Quantity.parse("2处")));
    }

    @Test
    void offsetsPointIntoTheTextAsWrittenEvenAcrossWhiteSpace() {
        Unparsed unparsed = (Unparsed) Target.parse("≥ \n 95 % 满意度");
        assertThat(unparsed.text().charAt(unparsed.errorIndex())).isEqualTo('满');
    }

    @Test
    void strictQuantityParsingThrowsWithTheOffset() {
        assertThatExceptionOfType(NotationParseException.class)
                .isThrownBy(() -> Quantity.parse("12.5 分 ≥ 3"))
                .satisfies(e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(7);
                    assertThat(e.getReason()).isEqualTo("expected the end of the quantity");
                    assertThat(e.getMessage()).contains("offset 7").contains("12.5 分 ≥ 3");
                });
        assertThatExceptionOfType(NotationParseException.class).isThrownBy(() -> Quantity.parse(""))
                .withMessageStartingWith("expected a number at offset 0");
    }

    @Test
    void nullIsRejectedNamingTheArgument() {
        assertThatNullPointerException().isThrownBy(() -> Target.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Actual.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Quantity.parse(null)).withMessage("text");
    }

    @Test
    void aMonthDeadlineIsDueOnTheLastDayOfThatMonth() {
        assertThat(Target.parse("2024年2月前")).isEqualTo(
                new Target.Deadline("2024年2月前", LocalDate.of(2024, 2, 29), DatePrecision.MONTH));
        assertThat(Target.parse("2021年底前完成")).isEqualTo(
                new Target.Deadline("2021年底前完成", LocalDate.of(2021, 12, 31), DatePrecision.YEAR));
        assertThat(Target.parse("≤2021-12-03")).isEqualTo(
                new Target.Deadline("≤2021-12-03", LocalDate.of(2021, 12, 3), DatePrecision.DAY));
    }

    @Test
    void suffixWordsAndChineseNumeralsGiveComparatorsAndValues() {
        assertThat(Target.parse("2000个以上")).isEqualTo(new Target.Quantitative("2000个以上",
                java.util.Optional.of(Comparison.AT_LEAST), Quantity.of(new BigDecimal("2000"), "个")));
        assertThat(Target.parse("十五个工作日内")).isEqualTo(new Target.Quantitative("十五个工作日内",
                java.util.Optional.of(Comparison.AT_MOST), Quantity.of(new BigDecimal("15"), "个工作日")));
        assertThat(Actual.parse("两天内完成")).isEqualTo(
                new Actual.Bound("两天内完成", Comparison.AT_MOST, Quantity.of(new BigDecimal("2"), "天")));
    }

    @Test
    void proseThatStartsWithANumeralStaysQualitative() {
        assertThat(Target.parse("一般问题当天解决, 疑难问题 3 天内解决"))
                .isEqualTo(new Target.Qualitative("一般问题当天解决, 疑难问题 3 天内解决"));
        assertThat(Target.parse("达到预期")).isEqualTo(new Target.Qualitative("达到预期"));
    }

    /** A number of 100 characters, point included, is read exactly; one more is refused. */
    @Test
    void numbersAreReadExactlyUpToTheirLimit() {
        String hundred = "1" + "0".repeat(97) + ".5";
        Target target = Target.parse("≥" + hundred + "元");
        assertThat(target).isInstanceOf(Target.Quantitative.class);
        assertThat(((Target.Quantitative) target).quantity().value()).isEqualTo(new BigDecimal(hundred));
        assertThat(Target.parse("≥" + "1" + hundred + "元")).isInstanceOf(Unparsed.class);
        assertThat(((Target.Quantitative) Target.parse("≥1,200.50万元")).quantity().value())
                .isEqualTo(new BigDecimal("1200.50"));
    }
}
