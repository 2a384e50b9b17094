// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

/**
 * The limits a Word document must keep to be read (读取上限): they bound the time and memory one read can take, so
 * that a zip bomb, an XML part with a DTD (XXE), a table of a million cells, tables nested a thousand deep or a
 * gigantic cell is refused with a {@link io.github.jixiao.spi.FormReadException} instead of exhausting the machine.
 *
 * <p>The file size is checked first; in a .docx the zip package's entry count is checked from its central
 * directory, and only the parts read (the relationships and the main document part) are inflated, counted as they
 * inflate; tables, cells, nesting and cell texts are counted as the document is read. The defaults
 * ({@link #defaults()}) hold any real form document with a wide margin:
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>limit</th><th>default</th></tr>
 * <tr><td>{@link #maxFileBytes()}</td><td>32 MiB</td></tr>
 * <tr><td>{@link #maxPartBytes()} (a .docx part, inflated)</td><td>64 MiB</td></tr>
 * <tr><td>{@link #maxEntries()} (zip entries of a .docx)</td><td>4,096</td></tr>
 * <tr><td>{@link #maxCompressionRatio()} (of a part, once it passes 1 MiB)</td><td>100</td></tr>
 * <tr><td>{@link #maxTables()}</td><td>10,000</td></tr>
 * <tr><td>{@link #maxCells()} (table cells in the document)</td><td>1,000,000</td></tr>
 * <tr><td>{@link #maxNesting()} (tables inside table cells)</td><td>8</td></tr>
 * <tr><td>{@link #maxStringLength()} (characters per cell or paragraph)</td><td>32,767, as in a workbook</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxPartBytes the most bytes a .docx part may inflate to
 * @param maxEntries the most entries in a .docx package
 * @param maxCompressionRatio the highest ratio of inflated to compressed bytes of a part beyond its first MiB
 * @param maxTables the most tables in a document
 * @param maxCells the most table cells in a document
 * @param maxNesting the deepest nesting of tables inside cells
 * @param maxStringLength the longest cell or paragraph text, in characters
 */
public record WordLimits(long maxFileBytes, long maxPartBytes, int maxEntries, int maxCompressionRatio,
        int maxTables, int maxCells, int maxNesting, int maxStringLength) {

    private static final long MIB = 1024L * 1024L;
    private static final WordLimits DEFAULTS = new WordLimits(32 * MIB, 64 * MIB, 4_096, 100, 10_000, 1_000_000, 8,
            32_767);

    /**
     * Creates limits.
     *
     * @param maxFileBytes the largest file in bytes, positive
     * @param maxPartBytes the most inflated bytes of a part, positive
     * @param maxEntries the most zip entries, positive
     * @param maxCompressionRatio the highest compression ratio, positive
     * @param maxTables the most tables, positive
     * @param maxCells the most cells, positive
     * @param maxNesting the deepest nesting, positive
     * @param maxStringLength the longest text, positive
     * @throws IllegalArgumentException if a limit is not positive
     */
    public WordLimits {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxPartBytes, "maxPartBytes");
        positive(maxEntries, "maxEntries");
        positive(maxCompressionRatio, "maxCompressionRatio");
        positive(maxTables, "maxTables");
        positive(maxCells, "maxCells");
        positive(maxNesting, "maxNesting");
        positive(maxStringLength, "maxStringLength");
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be > 0");
        }
    }

    /** The documented defaults (see the class description). @return never null */
    public static WordLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another file size limit. @param bytes positive @return never null */
    public WordLimits withMaxFileBytes(long bytes) {
        return new WordLimits(bytes, maxPartBytes, maxEntries, maxCompressionRatio, maxTables, maxCells, maxNesting,
                maxStringLength);
    }

    /** These limits with another limit on a part's inflated bytes. @param bytes positive @return never null */
    public WordLimits withMaxPartBytes(long bytes) {
        return new WordLimits(maxFileBytes, bytes, maxEntries, maxCompressionRatio, maxTables, maxCells, maxNesting,
                maxStringLength);
    }

    /** These limits with another limit on zip entries. @param entries positive @return never null */
    public WordLimits withMaxEntries(int entries) {
        return new WordLimits(maxFileBytes, maxPartBytes, entries, maxCompressionRatio, maxTables, maxCells,
                maxNesting, maxStringLength);
    }

    /** These limits with another compression ratio limit. @param ratio positive @return never null */
    public WordLimits withMaxCompressionRatio(int ratio) {
        return new WordLimits(maxFileBytes, maxPartBytes, maxEntries, ratio, maxTables, maxCells, maxNesting,
                maxStringLength);
    }

    /** These limits with another table limit. @param tables positive @return never null */
    public WordLimits withMaxTables(int tables) {
        return new WordLimits(maxFileBytes, maxPartBytes, maxEntries, maxCompressionRatio, tables, maxCells,
                maxNesting, maxStringLength);
    }

    /** These limits with another cell limit. @param cells positive @return never null */
    public WordLimits withMaxCells(int cells) {
        return new WordLimits(maxFileBytes, maxPartBytes, maxEntries, maxCompressionRatio, maxTables, cells,
                maxNesting, maxStringLength);
    }

    /** These limits with another nesting limit. @param depth positive @return never null */
    public WordLimits withMaxNesting(int depth) {
        return new WordLimits(maxFileBytes, maxPartBytes, maxEntries, maxCompressionRatio, maxTables, maxCells, depth,
                maxStringLength);
    }

    /** These limits with another string length limit. @param length positive @return never null */
    public WordLimits withMaxStringLength(int length) {
        return new WordLimits(maxFileBytes, maxPartBytes, maxEntries, maxCompressionRatio, maxTables, maxCells,
                maxNesting, length);
    }
}
