package io.github.jixiao.model;

import java.util.Objects;

/**
 * A target or actual cell left blank (空白): nothing, or only white space, was written. Unlike
 * {@link NotApplicable} (无, {@code /}, {@code —}), a blank says nothing at all; scoring says what it makes
 * of it and the audit reports it at its cell.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the cell as written: empty, or white space only
 */
public record Blank(String text) implements Target, Actual {

    /** The blank cell. */
    public static final Blank EMPTY = new Blank("");

    /**
     * Creates a blank value.
     *
     * @param text the cell as written, empty or white space, not null
     * @throws IllegalArgumentException if {@code text} holds anything but white space
     */
    public Blank {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                throw new IllegalArgumentException("Blank text must be white space, got \"" + text + "\"");
            }
        }
    }

    @Override
    public String canonicalText() {
        return "";
    }
}
