// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one white-space rule: the JDK's two predicates together, for every char; removal and blankness follow it. */
class WhiteSpaceTest {

    @Test
    void isAgreesWithTheJdkOnEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.isWhitespace((char) c) || Character.isSpaceChar((char) c);
            assertThat(WhiteSpace.is((char) c)).as("U+%04X", c).isEqualTo(jdk);
        }
    }

    @Test
    void removesLineBreaksIdeographicAndNoBreakSpaces() {
        assertThat(WhiteSpace.removeFrom("可持续影 响指\n标\u3000(50\u00A0分)")).isEqualTo("可持续影响指标(50分)");
        assertThat(WhiteSpace.isAll(" \u3000\n\t\u00A0")).isTrue();
        assertThat(WhiteSpace.isAll("")).isTrue();
        assertThat(WhiteSpace.isAll(" 空 ")).isFalse();
    }

    @Test
    void stripsNoBreakAndIdeographicSpacesAtTheEndsOnly() {
        assertThat(WhiteSpace.strip("\u00A0崇信县 农业农村局\u3000\n")).isEqualTo("崇信县 农业农村局");
        assertThat(WhiteSpace.strip("\u00A0\u3000")).isEmpty();
        assertThat(WhiteSpace.strip("局")).isEqualTo("局");
    }
}
