// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.spi;

import java.io.IOException;
import java.util.Objects;

/**
 * A document could not be read as forms: it is malformed, hostile, or breaks a documented limit. The
 * exception names the document, the place in it (a cell such as {@code Sheet1!C12}, a JSON pointer such as
 * {@code /funding/total/executed}, or a byte or character offset) and what was expected.
 *
 * <p>This exception is immutable and thread-safe.
 */
public class FormReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param source the document's name, may be empty, not null
     * @param location the place in the document, may be empty, not null
     * @param reason what was wrong and what was expected, not null
     */
    public FormReadException(String source, String location, String reason) {
        this(source, location, reason, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param source the document's name, may be empty, not null
     * @param location the place in the document, may be empty, not null
     * @param reason what was wrong and what was expected, not null
     * @param cause the underlying exception, may be null
     */
    public FormReadException(String source, String location, String reason, Throwable cause) {
        super(message(source, location, reason), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String message(String source, String location, String reason) {
        StringBuilder sb = new StringBuilder();
        if (!source.isEmpty()) {
            sb.append(source);
        }
        if (!location.isEmpty()) {
            sb.append(sb.length() > 0 ? " at " : "at ").append(location);
        }
        return sb.length() > 0 ? sb.append(": ").append(reason).toString() : reason;
    }

    /** The document's name; empty when unnamed. @return never null */
    public String source() {
        return source;
    }

    /** The place in the document; empty when the document as a whole is at fault. @return never null */
    public String location() {
        return location;
    }

    /** What was wrong and what was expected. @return never null */
    public String reason() {
        return reason;
    }
}
