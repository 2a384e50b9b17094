// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShownNumberTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // stored value, number format, text shown, number shown
                Arguments.of("303.5", "0.00", "303.50", "303.50"),
                Arguments.of("306.432444", "0.000000", "306.432444", "306.432444"),
                Arguments.of("0.30000000000000004", "General", "0.3", "0.3"),
                Arguments.of("0.30000000000000004", null, "0.3", "0.3"),
                Arguments.of("12.5", "General", "12.5", "12.5"),
                Arguments.of("10", "General", "10", "10"),
                Arguments.of("1E+1", "General", "10", "10"),
                Arguments.of("0.98", "0.00_ ", "0.98", "0.98"),
                Arguments.of("1", "0.00%", "100.00%", "1.0000"),
                Arguments.of("0.9383", "0%", "94%", "0.94"),
                Arguments.of("1234567.891", "#,##0.00", "1,234,567.89", "1234567.89"),
                Arguments.of("-5", "0.0;[Red]-0.0", "-5.0", "-5.0"),
                Arguments.of("44525", "yyyy\"年\"m\"月\"d\"日\"", "2021年11月25日", null),
                // text before and after the digits, quoted or escaped; text between digits left out
                Arguments.of("0.9", "\"≥\"0%", "≥90%", "0.90"),
                Arguments.of("0.9", "0%\"以上\"", "90%以上", "0.90"),
                Arguments.of("120", "0\"人\"", "120人", "120"),
                Arguments.of("12000", "\\≥#,##0\"人\";\"-\"", "≥12,000人", "12000"),
                Arguments.of("486.2", "[$-804]0.00\"万元\"", "486.20万元", "486.20"),
                Arguments.of("1234", "0\"-\"00", "1234", "1234"),
                Arguments.of("1e999999", "0.00", "1E+999999", null));
    }

    @ParameterizedTest(name = "{0} as {1} shows {2}")
    @MethodSource("cells")
    void showsTheExactDecimalItsFormatFixes(String stored, String format, String text, String number) {
        ShownNumber shown = ShownNumber.of(new BigDecimal(stored), format, false);

        assertThat(shown.text()).isEqualTo(text);
        assertThat(shown.number()).isEqualTo(number == null ? null : new BigDecimal(number));
    }
}
