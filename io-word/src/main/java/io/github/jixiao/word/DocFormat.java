// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

/**
 * The {@code doc} format (Word 97-2003 文档): a document read with POI HWPF; see {@link WordFormat}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocFormat extends WordFormat {

    /** The format with the default limits; the {@link java.util.ServiceLoader} provider. */
    public DocFormat() {
        this(WordLimits.defaults());
    }

    private DocFormat(WordLimits limits) {
        super(limits);
    }

    /**
     * The format with other limits.
     *
     * @param limits the limits, not null
     * @return never null
     */
    public static DocFormat withLimits(WordLimits limits) {
        return new DocFormat(limits);
    }

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public String mediaType() {
        return "application/msword";
    }
}
