// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.io.IOException;
import java.util.Objects;

/**
 * A policy file (评分规则文件) that cannot be read: not JSON, hostile (nested too deep, too large), or not a
 * consistent {@link ScoringPolicy}. It names the place by its JSON pointer (RFC 6901) and says what was expected
 * and what was found: {@code /grades/goodFrom: expected a decimal string such as "80", found true}. A syntax error
 * also gives the line and column. The message is one line.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class PolicyReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param pointer the JSON pointer of the value at fault, such as {@code /grades/goodFrom}; empty for the whole
     *     document; not null
     * @param reason what was expected and what was found, not null
     */
    public PolicyReadException(String pointer, String reason) {
        super((Objects.requireNonNull(pointer, "pointer").isEmpty() ? "(top level)" : pointer) + ": "
                + Objects.requireNonNull(reason, "reason"));
        this.pointer = pointer;
        this.reason = reason;
    }

    /** The JSON pointer of the value at fault; empty for the document as a whole. @return never null */
    public String pointer() {
        return pointer;
    }

    /** What was expected and what was found. @return never null */
    public String reason() {
        return reason;
    }
}
