// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Units as written on the seed forms and their normal forms. */
class UnitTest {

    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of("万条/月", "条/月", "10000"),
                Arguments.of("万条", "条", "10000"),
                Arguments.of("万元", "元", "10000"),
                Arguments.of("亿元", "元", "100000000"),
                Arguments.of("万", "", "10000"),
                Arguments.of("%", "", "0.01"),
                Arguments.of("百分比", "", "0.01"),
                Arguments.of("人次", "人次", "1"),
                Arguments.of("个月", "月", "1"),
                Arguments.of("月", "月", "1"),
                Arguments.of("", "", "1"));
    }

    @ParameterizedTest
    @MethodSource("units")
    void normalFormOfUnitsOnSeedForms(String symbol, String base, String multiplier) {
        Unit unit = Unit.of(symbol);
        assertThat(unit.symbol()).isEqualTo(symbol);
        assertThat(unit.base()).isEqualTo(base);
        assertThat(unit.multiplier()).isEqualByComparingTo(multiplier);
    }

    /** Beijing 2023: 年度合同履约信息增长管理量 ≥4万条, actual 7.0702万条; 为人社局提供…数据量 ≥40万条, 90.0064万条. */
    @Test
    void quantitiesInTenThousandsCompareExactly() {
        assertThat(Quantity.parse("7.0702万条").compareValue(Quantity.parse("4万条"))).isPositive();
        assertThat(Quantity.parse("7.0702万条").normalized()).isEqualByComparingTo(new BigDecimal("70702"));
        assertThat(Quantity.parse("100%").compareValue(Quantity.parse("1"))).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.parse("3次").compareValue(Quantity.parse("3人")))
                .withMessage("Cannot compare 3次 with 3人: units 次 and 人 differ");
    }
}
