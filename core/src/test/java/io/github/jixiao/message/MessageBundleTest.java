// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.jixiao.finding.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Messages read from a pair of resources and filled as is, with the audit's SCORE_MISMATCH as the sample. */
class MessageBundleTest {

    private enum Key {
        SCORE, REPEATED, LEADING
    }

    /** Numbers in plain notation; a value of the owner's kind written in the message's language. */
    private static final MessageBundle<Key> SAMPLE = MessageBundle.load(MessageBundleTest.class, "sample", Key.class,
            (value, language) -> value instanceof Language l ? l.code() + "/" + language.code()
                    : value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));

    @Test
    void placeholdersAreFilledAsTheArgumentWriterWritesThem() {
        Object[] args = {new BigDecimal("1.3E+1"), new BigDecimal("11.25"), Language.ENGLISH};
        assertThat(SAMPLE.text(Key.SCORE, Language.CHINESE, args)).isEqualTo("得分 13 与规则计算的 11.25 不符（en/zh）");
        assertThat(SAMPLE.text(Key.SCORE, Language.ENGLISH, args))
                .isEqualTo("Score 13 differs from 11.25 computed by the rules (en/en)");
    }

    @Test
    void aPlaceholderMayRepeatAndAMissingArgumentIsEmpty() {
        assertThat(SAMPLE.text(Key.REPEATED, Language.ENGLISH, "甲")).isEqualTo("甲 and 甲");
        assertThat(SAMPLE.text(Key.SCORE, Language.ENGLISH, "13"))
                .isEqualTo("Score 13 differs from  computed by the rules ()");
    }

    /** A value that begins with a space is written {@code \ } in a properties file: the space is kept. */
    @Test
    void anEscapedLeadingSpaceIsKept() {
        assertThat(SAMPLE.text(Key.LEADING, Language.ENGLISH, "%")).isEqualTo(" (%)");
        assertThat(SAMPLE.text(Key.LEADING, Language.CHINESE, "%")).isEqualTo("（%）");
    }

    @Test
    void aKeyWithoutAMessageOrAMissingResourceIsRefusedWhenLoaded() {
        assertThatIllegalStateException()
                .isThrownBy(() -> MessageBundle.load(MessageBundleTest.class, "partial", Key.class, (v, l) -> ""))
                .withMessage("partial_zh.properties has no message for REPEATED");
        assertThatIllegalStateException()
                .isThrownBy(() -> MessageBundle.load(MessageBundleTest.class, "absent", Key.class, (v, l) -> ""))
                .withMessage("Resource absent_zh.properties is missing from jixiao-core");
    }
}
