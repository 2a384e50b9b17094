// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Objects;

/**
 * A target or actual that looks like a notation (it starts with a comparator or a number) but could not be
 * read (未能解析): kept exactly as written, with the reason and the character offset where reading stopped.
 * Never guessed, never dropped; scoring marks the row as not assessable and the audit reports it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the cell as written
 * @param reason what was expected, in English
 * @param errorIndex the offset in {@code text} where reading failed
 */
public record Unparsed(String text, String reason, int errorIndex) implements Target, Actual {

    /**
     * Creates an unparsed value.
     *
     * @param text the cell as written, not null
     * @param reason what was expected, not null
     * @param errorIndex the offset in {@code text} where reading failed, 0 to {@code text.length()}
     */
    public Unparsed {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (errorIndex < 0 || errorIndex > text.length()) {
            throw new IllegalArgumentException(
                    "errorIndex " + errorIndex + " is outside the text of length " + text.length());
        }
    }

    @Override
    public String canonicalText() {
        return text;
    }
}
