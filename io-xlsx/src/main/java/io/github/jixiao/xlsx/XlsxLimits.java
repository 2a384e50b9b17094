// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

/**
 * The limits a workbook must keep to be read (读取上限): they bound the time and memory one read can take, so
 * that a zip bomb, a sheet of a million rows or a gigantic string is refused with a
 * {@link io.github.jixiao.spi.FormReadException} instead of exhausting the machine.
 *
 * <p>The file size and the zip package (entries, uncompressed bytes, compression ratio, DTDs, the length of any
 * XML token) are checked before a workbook is opened; rows, cells and string lengths are checked while its
 * sheets stream. The defaults ({@link #defaults()}) hold any real form workbook with a wide margin:
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>limit</th><th>default</th></tr>
 * <tr><td>{@link #maxFileBytes()}</td><td>32 MiB</td></tr>
 * <tr><td>{@link #maxUncompressedBytes()} (all entries together)</td><td>128 MiB</td></tr>
 * <tr><td>{@link #maxEntries()} (zip entries)</td><td>4,096</td></tr>
 * <tr><td>{@link #maxCompressionRatio()} (per entry, once it passes 1 MiB)</td><td>100</td></tr>
 * <tr><td>{@link #maxRows()} (per sheet, by row number)</td><td>100,000</td></tr>
 * <tr><td>{@link #maxCells()} (non-blank cells per workbook)</td><td>1,000,000</td></tr>
 * <tr><td>{@link #maxStringLength()} (characters per cell)</td><td>32,767, Excel's own cell limit</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxUncompressedBytes the most bytes all zip entries may inflate to together
 * @param maxEntries the most entries in the zip package
 * @param maxCompressionRatio the highest ratio of inflated to compressed bytes of one entry beyond its first MiB
 * @param maxRows the highest row number in a sheet
 * @param maxCells the most non-blank cells in a workbook
 * @param maxStringLength the longest cell text, in characters
 */
public record XlsxLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntries, int maxCompressionRatio,
        int maxRows, int maxCells, int maxStringLength) {

    private static final long MIB = 1024L * 1024L;
    private static final XlsxLimits DEFAULTS = new XlsxLimits(32 * MIB, 128 * MIB, 4_096, 100, 100_000,
            1_000_000, 32_767);

    /**
     * Creates limits.
     *
     * @param maxFileBytes the largest file in bytes, positive
     * @param maxUncompressedBytes the most inflated bytes, positive
     * @param maxEntries the most zip entries, positive
     * @param maxCompressionRatio the highest compression ratio, positive
     * @param maxRows the highest row number, positive
     * @param maxCells the most non-blank cells, positive
     * @param maxStringLength the longest cell text, positive
     * @throws IllegalArgumentException if a limit is not positive
     */
    public XlsxLimits {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxUncompressedBytes, "maxUncompressedBytes");
        positive(maxEntries, "maxEntries");
        positive(maxCompressionRatio, "maxCompressionRatio");
        positive(maxRows, "maxRows");
        positive(maxCells, "maxCells");
        positive(maxStringLength, "maxStringLength");
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be > 0");
        }
    }

    /** The documented defaults (see the class description). @return never null */
    public static XlsxLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another file size limit. @param bytes positive @return never null */
    public XlsxLimits withMaxFileBytes(long bytes) {
        return new XlsxLimits(bytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, maxRows, maxCells,
                maxStringLength);
    }

    /** These limits with another limit on inflated bytes. @param bytes positive @return never null */
    public XlsxLimits withMaxUncompressedBytes(long bytes) {
        return new XlsxLimits(maxFileBytes, bytes, maxEntries, maxCompressionRatio, maxRows, maxCells,
                maxStringLength);
    }

    /** These limits with another limit on zip entries. @param entries positive @return never null */
    public XlsxLimits withMaxEntries(int entries) {
        return new XlsxLimits(maxFileBytes, maxUncompressedBytes, entries, maxCompressionRatio, maxRows, maxCells,
                maxStringLength);
    }

    /** These limits with another compression ratio limit. @param ratio positive @return never null */
    public XlsxLimits withMaxCompressionRatio(int ratio) {
        return new XlsxLimits(maxFileBytes, maxUncompressedBytes, maxEntries, ratio, maxRows, maxCells,
                maxStringLength);
    }

    /** These limits with another row limit. @param rows positive @return never null */
    public XlsxLimits withMaxRows(int rows) {
        return new XlsxLimits(maxFileBytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, rows, maxCells,
                maxStringLength);
    }

    /** These limits with another cell limit. @param cells positive @return never null */
    public XlsxLimits withMaxCells(int cells) {
        return new XlsxLimits(maxFileBytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, maxRows, cells,
                maxStringLength);
    }

    /** These limits with another string length limit. @param length positive @return never null */
    public XlsxLimits withMaxStringLength(int length) {
        return new XlsxLimits(maxFileBytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, maxRows, maxCells,
                length);
    }
}
