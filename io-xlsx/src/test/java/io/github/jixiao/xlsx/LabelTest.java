package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels are matched on normalised text: white space removed, a trailing colon dropped. */
class LabelTest {

    @Test
    void isSpaceAgreesWithTheJdkOnEveryChar() {
        List<String> disagreements = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.isWhitespace((char) c) || Character.isSpaceChar((char) c);
            if (Label.isSpace((char) c) != jdk) {
                disagreements.add(String.format("U+%04X", c));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void normalisingDropsEveryKindOfSpaceAndATrailingColon() {
        assertThat(Label.normalize("可持续影 响指\u3000标\n")).isEqualTo("可持续影响指标");
        assertThat(Label.normalize("年度资金总额：")).isEqualTo("年度资金总额");
        assertThat(Label.normalize("项目资金\n（万元）")).isEqualTo("项目资金（万元）");
        assertThat(Label.of(Label.normalize(" 三级\u00A0指标 "))).contains(Label.LEVEL3);
    }
}
