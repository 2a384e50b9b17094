package io.github.jixiao.spi;

import java.util.Objects;

/**
 * How to read a document: strictly (anything unexpected is a {@link FormReadException}) or leniently (what
 * can be read is read, and the rest becomes findings on the {@link ReadResult}), and the source name that
 * errors and locations cite.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lenient true to turn recoverable problems into findings
 * @param sourceName the name of the document, such as a file name; may be empty
 */
public record ReadOptions(boolean lenient, String sourceName) {

    /**
     * Creates options.
     *
     * @param lenient true to turn recoverable problems into findings
     * @param sourceName the document's name, may be empty, not null
     */
    public ReadOptions {
        Objects.requireNonNull(sourceName, "sourceName");
    }

    /** Strict reading of an unnamed document. @return never null */
    public static ReadOptions strictReading() {
        return new ReadOptions(false, "");
    }

    /** Lenient reading of an unnamed document. @return never null */
    public static ReadOptions lenientReading() {
        return new ReadOptions(true, "");
    }

    /**
     * These options for a named document.
     *
     * @param name the document's name, such as {@code form.xlsx}, not null
     * @return never null
     */
    public ReadOptions withSourceName(String name) {
        return new ReadOptions(lenient, name);
    }
}
