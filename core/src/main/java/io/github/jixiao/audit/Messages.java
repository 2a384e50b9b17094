// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.message.MessageBundle;
import io.github.jixiao.model.Origin;
import io.github.jixiao.scoring.Explanation;
import java.util.Optional;

/**
 * The messages of findings, read once from {@code messages_zh.properties} and {@code messages_en.properties}
 * (UTF-8) beside this class, keyed by {@link FindingCode}. Placeholders {@code {0}}, {@code {1}} … are replaced by
 * text as is: no locale formatting, the values are already written as the form writes them.
 */
final class Messages {

    /** An {@link Explanation} argument is written in the message's language, any other as {@link Finding#text}. */
    private static final MessageBundle<FindingCode> MESSAGES = MessageBundle.load(Messages.class, "messages",
            FindingCode.class, (value, language) -> value instanceof Explanation explanation
                    ? explanation.text(language) : Finding.text(value));

    private Messages() {
    }

    /**
     * A finding with the code's severity, the cell it cites (null when unknown), the values reported and computed
     * (null where none applies) and messages filled with {@code args}, all written when read.
     */
    static Finding finding(FindingCode code, String location, Origin origin, Object reported, Object computed,
            Object... args) {
        return Finding.written(code.name(), code.severity(), location, Optional.ofNullable(origin), reported,
                computed, chinese -> MESSAGES.text(code, chinese ? Language.CHINESE : Language.ENGLISH, args));
    }
}
