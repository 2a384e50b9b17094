// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Objects;

/**
 * No target or no actual (不适用): {@code 无}, {@code /}, {@code —} or another placeholder word, kept as
 * written (a cell with nothing in it is {@link Blank}). A row whose target is not applicable carries no weight in
 * scoring.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the cell as written
 */
public record NotApplicable(String text) implements Target, Actual {

    /**
     * Creates a not-applicable value.
     *
     * @param text the cell as written, not null
     */
    public NotApplicable {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String canonicalText() {
        return text;
    }
}
