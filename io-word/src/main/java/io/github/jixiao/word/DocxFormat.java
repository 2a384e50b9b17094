// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

/**
 * The {@code docx} format (Word 文档, Office Open XML): a document streamed from its main document part over a guarded zip read, without POI; see {@link WordFormat}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocxFormat extends WordFormat {

    /** The format with the default limits; the {@link java.util.ServiceLoader} provider. */
    public DocxFormat() {
        this(WordLimits.defaults());
    }

    private DocxFormat(WordLimits limits) {
        super(limits);
    }

    /**
     * The format with other limits.
     *
     * @param limits the limits, not null
     * @return never null
     */
    public static DocxFormat withLimits(WordLimits limits) {
        return new DocxFormat(limits);
    }

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
}
