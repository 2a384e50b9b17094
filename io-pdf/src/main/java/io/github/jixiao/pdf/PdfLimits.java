// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

/**
 * The limits a PDF must keep to be read (读取上限): they bound the time and memory one read can take, so that a
 * PDF of a million pages, a content stream that inflates to gigabytes (a decompression bomb), form XObjects nested
 * a thousand deep or a page of ten million glyphs is refused with a {@link io.github.jixiao.spi.FormReadException}
 * instead of exhausting the machine.
 *
 * <p>The file size and the page count are checked when the document is opened; each page's content streams (and
 * each form XObject's) are inflated once, counted, before they are interpreted; glyphs, path segments and cell texts
 * are counted as a page is read. The defaults ({@link #defaults()}) hold any real disclosure — a 决算 disclosure of
 * a few hundred pages — with a wide margin:
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>limit</th><th>default</th></tr>
 * <tr><td>{@link #maxFileBytes()}</td><td>64 MiB</td></tr>
 * <tr><td>{@link #maxPages()}</td><td>2,000</td></tr>
 * <tr><td>{@link #maxPageContentBytes()} (a page's content streams, inflated, with its form XObjects)</td><td>16 MiB</td></tr>
 * <tr><td>{@link #maxContentBytes()} (all pages together, inflated)</td><td>256 MiB</td></tr>
 * <tr><td>{@link #maxFormDepth()} (form XObjects inside form XObjects)</td><td>12</td></tr>
 * <tr><td>{@link #maxGlyphsPerPage()}</td><td>200,000</td></tr>
 * <tr><td>{@link #maxSegmentsPerPage()} (line segments of drawn paths)</td><td>200,000</td></tr>
 * <tr><td>{@link #maxStringLength()} (characters per cell)</td><td>32,767, as in a workbook</td></tr>
 * <tr><td>{@link #maxMemoryBytes()} (PDFBox's stream cache, main memory only, never a temporary file)</td><td>256 MiB</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxPages the most pages
 * @param maxPageContentBytes the most bytes a page's content streams and form XObjects inflate to
 * @param maxContentBytes the most bytes all pages' content inflates to together
 * @param maxFormDepth the deepest nesting of form XObjects
 * @param maxGlyphsPerPage the most glyphs shown on one page
 * @param maxSegmentsPerPage the most line segments drawn on one page
 * @param maxStringLength the longest cell text, in characters
 * @param maxMemoryBytes the most memory PDFBox may take for its stream cache
 */
public record PdfLimits(long maxFileBytes, int maxPages, long maxPageContentBytes, long maxContentBytes,
        int maxFormDepth, int maxGlyphsPerPage, int maxSegmentsPerPage, int maxStringLength, long maxMemoryBytes) {

    private static final long MIB = 1024L * 1024L;
    private static final PdfLimits DEFAULTS = new PdfLimits(64 * MIB, 2_000, 16 * MIB, 256 * MIB, 12, 200_000,
            200_000, 32_767, 256 * MIB);

    /**
     * Creates limits.
     *
     * @param maxFileBytes the largest file in bytes, positive
     * @param maxPages the most pages, positive
     * @param maxPageContentBytes the most inflated content bytes of a page, positive
     * @param maxContentBytes the most inflated content bytes of the document, positive
     * @param maxFormDepth the deepest nesting of form XObjects, positive
     * @param maxGlyphsPerPage the most glyphs on a page, positive
     * @param maxSegmentsPerPage the most line segments on a page, positive
     * @param maxStringLength the longest cell text, positive
     * @param maxMemoryBytes the most memory of PDFBox's stream cache, positive
     * @throws IllegalArgumentException if a limit is not positive
     */
    public PdfLimits {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxPages, "maxPages");
        positive(maxPageContentBytes, "maxPageContentBytes");
        positive(maxContentBytes, "maxContentBytes");
        positive(maxFormDepth, "maxFormDepth");
        positive(maxGlyphsPerPage, "maxGlyphsPerPage");
        positive(maxSegmentsPerPage, "maxSegmentsPerPage");
        positive(maxStringLength, "maxStringLength");
        positive(maxMemoryBytes, "maxMemoryBytes");
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be > 0");
        }
    }

    /** The documented defaults (see the class description). @return never null */
    public static PdfLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another file size limit. @param bytes positive @return never null */
    public PdfLimits withMaxFileBytes(long bytes) {
        return new PdfLimits(bytes, maxPages, maxPageContentBytes, maxContentBytes, maxFormDepth, maxGlyphsPerPage,
                maxSegmentsPerPage, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another page limit. @param pages positive @return never null */
    public PdfLimits withMaxPages(int pages) {
        return new PdfLimits(maxFileBytes, pages, maxPageContentBytes, maxContentBytes, maxFormDepth,
                maxGlyphsPerPage, maxSegmentsPerPage, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another limit on a page's inflated content. @param bytes positive @return never null */
    public PdfLimits withMaxPageContentBytes(long bytes) {
        return new PdfLimits(maxFileBytes, maxPages, bytes, maxContentBytes, maxFormDepth, maxGlyphsPerPage,
                maxSegmentsPerPage, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another limit on the document's inflated content. @param bytes positive @return never null */
    public PdfLimits withMaxContentBytes(long bytes) {
        return new PdfLimits(maxFileBytes, maxPages, maxPageContentBytes, bytes, maxFormDepth, maxGlyphsPerPage,
                maxSegmentsPerPage, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another form nesting limit. @param depth positive @return never null */
    public PdfLimits withMaxFormDepth(int depth) {
        return new PdfLimits(maxFileBytes, maxPages, maxPageContentBytes, maxContentBytes, depth, maxGlyphsPerPage,
                maxSegmentsPerPage, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another glyph limit. @param glyphs positive @return never null */
    public PdfLimits withMaxGlyphsPerPage(int glyphs) {
        return new PdfLimits(maxFileBytes, maxPages, maxPageContentBytes, maxContentBytes, maxFormDepth, glyphs,
                maxSegmentsPerPage, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another segment limit. @param segments positive @return never null */
    public PdfLimits withMaxSegmentsPerPage(int segments) {
        return new PdfLimits(maxFileBytes, maxPages, maxPageContentBytes, maxContentBytes, maxFormDepth,
                maxGlyphsPerPage, segments, maxStringLength, maxMemoryBytes);
    }

    /** These limits with another string length limit. @param length positive @return never null */
    public PdfLimits withMaxStringLength(int length) {
        return new PdfLimits(maxFileBytes, maxPages, maxPageContentBytes, maxContentBytes, maxFormDepth,
                maxGlyphsPerPage, maxSegmentsPerPage, length, maxMemoryBytes);
    }

    /** These limits with another memory limit. @param bytes positive @return never null */
    public PdfLimits withMaxMemoryBytes(long bytes) {
        return new PdfLimits(maxFileBytes, maxPages, maxPageContentBytes, maxContentBytes, maxFormDepth,
                maxGlyphsPerPage, maxSegmentsPerPage, maxStringLength, bytes);
    }
}
