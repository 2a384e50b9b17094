// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.finding.Language;

/** The language of the output ({@code --lang}): labels and finding messages. */
enum Lang {
    /** 中文. */
    zh,
    /** English. */
    en;

    boolean chinese() {
        return this == zh;
    }

    /** The language of messages, explanations and reasons from the library. */
    Language language() {
        return chinese() ? Language.CHINESE : Language.ENGLISH;
    }

    /** The text in this language. */
    String pick(String chinese, String english) {
        return this == zh ? chinese : english;
    }
}
