// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import io.github.jixiao.vocabulary.Vocabulary;
import io.github.jixiao.vocabulary.WhiteSpace;
import java.util.Objects;

/**
 * A target or actual cell left blank (空白): nothing, only white space, or a word saying so ({@code （空）},
 * {@code 未填写}) was written. Unlike
 * {@link NotApplicable} (无, {@code /}, {@code —}), a blank says nothing at all; scoring says what it makes
 * of it and the audit reports it at its cell.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the cell as written: empty, white space, or a blank mark of the vocabulary
 */
public record Blank(String text) implements Target, Actual {

    /** The blank cell. */
    public static final Blank EMPTY = new Blank("");

    /**
     * Creates a blank value.
     *
     * @param text the cell as written, empty, white space or a blank mark such as （空）, not null
     * @throws IllegalArgumentException if {@code text} says something
     */
    public Blank {
        Objects.requireNonNull(text, "text");
        if (!WhiteSpace.isAll(text) && !Vocabulary.defaults().isBlankMark(text)) {
            throw new IllegalArgumentException("Blank text must be white space or a blank mark such as （空）, got \""
                    + text + "\"");
        }
    }

    @Override
    public String canonicalText() {
        return "";
    }
}
