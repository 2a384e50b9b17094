// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

/**
 * Thrown when text is not in the expected notation. It carries the text and the character offset where
 * reading stopped, like {@link java.time.format.DateTimeParseException}.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class NotationParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String text;
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param reason what was expected, not null
     * @param text the text being parsed, not null
     * @param errorIndex the offset in {@code text} where reading stopped
     */
    public NotationParseException(String reason, CharSequence text, int errorIndex) {
        super(reason + " at offset " + errorIndex + " of \"" + abbreviate(text) + "\"");
        this.reason = reason;
        this.text = text.toString();
        this.errorIndex = errorIndex;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 80 ? text.toString() : text.subSequence(0, 77) + "...";
    }

    /** What was expected, without the position, for example {@code expected a number}. @return never null */
    public String getReason() {
        return reason;
    }

    /** The text being parsed. @return never null */
    public String getParsedString() {
        return text;
    }

    /** The offset in the text where reading stopped. @return 0 to the text's length */
    public int getErrorIndex() {
        return errorIndex;
    }
}
