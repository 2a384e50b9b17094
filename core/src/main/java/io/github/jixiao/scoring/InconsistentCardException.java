// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.util.Objects;

/**
 * A score card (评分结果) that contradicts its form or its policy: a total that is not the sum of its points, a grade
 * the policy's bands do not give, points outside a row's weight. Says which part of the card, so that a reader of
 * stored cards can point at it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InconsistentCardException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String part;

    /**
     * Creates the exception.
     *
     * @param part the part of the card, as a relative JSON pointer of the card's JSON form: {@code total},
     *     {@code grade}, {@code indicators/3/points}; not null
     * @param message what is contradicted, not null
     */
    public InconsistentCardException(String part, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.part = Objects.requireNonNull(part, "part");
    }

    /** The part of the card: {@code total}, {@code grade}, {@code indicators/3/points}. @return never null */
    public String part() {
        return part;
    }
}
