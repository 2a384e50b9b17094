package io.github.jixiao.xlsx;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an .xlsx package before it is opened, on the same central directory fastexcel-reader will use: the
 * number of entries, the bytes every entry really inflates to (counted, not trusted from the headers), the
 * compression ratio of each entry beyond its first MiB, and in every XML part a refusal of DTDs (XXE) and of
 * any text or tag longer than the string limit allows.
 *
 * <p>Deflate cannot expand its input more than {@value #MAX_DEFLATE_RATIO} times, so a package whose compressed
 * entries together cannot inflate to more than {@link #SMALL_PACKAGE_BYTES} (nor beyond
 * {@link XlsxLimits#maxUncompressedBytes()}) is small whatever its headers say: every real form workbook is. Such
 * a package is not inflated in full: the ratio is checked on the sizes its central directory declares, and each
 * XML part is inflated only up to its root element, far enough to refuse a DTD (a {@code <!DOCTYPE} is legal
 * only before the root element, and fastexcel-reader's parser refuses one anywhere else as malformed). Its
 * longest possible token is then bounded by the package's worst case rather than by the string limit; cells are
 * still held to the string limit as the sheets stream.
 */
final class PackageGuard {

    private static final long RATIO_GRACE_BYTES = 1024L * 1024L;
    /** The most bytes deflate can inflate one compressed byte to. */
    static final int MAX_DEFLATE_RATIO = 1032;
    /** Packages that cannot inflate beyond this many bytes are checked without inflating them in full. */
    static final long SMALL_PACKAGE_BYTES = 16L * 1024L * 1024L;
    /** How many inflated bytes a prolog scan asks for at a time. */
    private static final int PROLOG_CHUNK = 256;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    /** UTF-8 bytes per character, with room for escapes such as {@code &amp;}. */
    private static final int BYTES_PER_CHAR = 6;

    private final XlsxLimits limits;
    private final String source;
    private final Inflater inflater = new Inflater(true);
    /** The inflated bytes of one read: a prolog chunk in a small package, 16 KiB otherwise; set by check. */
    private byte[] buffer;

    PackageGuard(XlsxLimits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    /** Checks a package; call once per guard. */
    void check(byte[] bytes) throws FormReadException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw refuse("", "the package has " + entries.size() + " entries; the limit is "
                        + limits.maxEntries() + " (XlsxLimits.maxEntries)");
            }
            boolean small = isSmall(entries);
            buffer = new byte[small ? PROLOG_CHUNK : 16 * 1024];
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                total = inflate(bytes, entry, total, small);
            }
        } catch (FormReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refuse("", "the file is not a readable .xlsx package (truncated or corrupt zip: "
                    + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    /** Whether the entries together cannot inflate beyond {@link #SMALL_PACKAGE_BYTES} nor the limit. */
    private boolean isSmall(List<ZipArchiveEntry> entries) {
        long worstCase = 0;
        for (ZipArchiveEntry entry : entries) {
            worstCase += Math.max(0, entry.getCompressedSize()) * MAX_DEFLATE_RATIO;
        }
        return worstCase <= Math.min(SMALL_PACKAGE_BYTES, limits.maxUncompressedBytes());
    }

    /**
     * Inflates one entry from its bytes in the package, counting what it inflates to; one {@link Inflater} and
     * one buffer serve every entry. Entries neither stored nor deflated are left to fastexcel-reader to refuse.
     * In a small package only the prolog of an XML part is inflated, and other parts not at all.
     */
    private long inflate(byte[] bytes, ZipArchiveEntry entry, long totalSoFar, boolean small) throws IOException {
        String name = entry.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        XmlScan scan = lower.endsWith(".xml") || lower.endsWith(".rels")
                ? new XmlScan((long) limits.maxStringLength() * BYTES_PER_CHAR) : null;
        if (small) {
            checkDeclaredRatio(entry);
            if (scan == null) {
                return totalSoFar;
            }
        }
        long offset = entry.getDataOffset();
        long compressed = entry.getCompressedSize();
        if (offset < 0 || compressed < 0 || offset + compressed > bytes.length) {
            throw refuse(name, "the file is not a readable .xlsx package (truncated or corrupt zip: the entry lies "
                    + "outside the file)");
        }
        if (entry.getMethod() == ZipEntry.STORED) {
            return count(name, compressed, compressed, totalSoFar, bytes, (int) offset, (int) compressed, scan);
        }
        if (entry.getMethod() != ZipEntry.DEFLATED) {
            return totalSoFar;
        }
        inflater.reset();
        inflater.setInput(bytes, (int) offset, (int) compressed);
        long inflated = 0;
        long total = totalSoFar;
        try {
            while (!inflater.finished() && !(small && scan.pastProlog())) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw refuse(name, "the file is not a readable .xlsx package (truncated or corrupt zip: the entry "
                            + "ends early)");
                }
                inflated += n;
                total = count(name, inflated, Math.max(1, compressed), total, buffer, 0, n, scan);
            }
        } catch (DataFormatException e) {
            throw refuse(name, "the file is not a readable .xlsx package (corrupt zip: " + e.getMessage() + ")", e);
        }
        return total;
    }

    /** In a small package: the compression ratio on the entry's declared size (its real size is bounded anyway). */
    private void checkDeclaredRatio(ZipArchiveEntry entry) throws FormReadException {
        long declared = entry.getSize();
        if (declared > RATIO_GRACE_BYTES && declared / Math.max(1, entry.getCompressedSize())
                > limits.maxCompressionRatio()) {
            throw refuse(entry.getName(), "the entry inflates more than " + limits.maxCompressionRatio()
                    + " times its compressed size (XlsxLimits.maxCompressionRatio): a zip bomb?");
        }
    }

    /** Adds n inflated bytes to the totals, checks the limits and scans them. */
    private long count(String name, long inflated, long compressed, long totalSoFar, byte[] data, int from, int n,
            XmlScan scan) throws FormReadException {
        long total = totalSoFar + n;
        if (total > limits.maxUncompressedBytes()) {
            throw refuse(name, "the package inflates to more than " + limits.maxUncompressedBytes()
                    + " bytes (XlsxLimits.maxUncompressedBytes): a zip bomb?");
        }
        if (inflated > RATIO_GRACE_BYTES && inflated / compressed > limits.maxCompressionRatio()) {
            throw refuse(name, "the entry inflates more than " + limits.maxCompressionRatio()
                    + " times its compressed size (XlsxLimits.maxCompressionRatio): a zip bomb?");
        }
        if (scan != null) {
            scan.feed(data, from, n, name);
        }
        return total;
    }

    private FormReadException refuse(String location, String reason) {
        return new FormReadException(source, location, reason);
    }

    private FormReadException refuse(String location, String reason, Throwable cause) {
        return new FormReadException(source, location, reason, cause);
    }

    /**
     * Scans an XML part as it inflates: a {@code <!DOCTYPE} anywhere (NUL bytes skipped, so UTF-16 parts are
     * caught too) is refused, and so is a run of bytes between {@code <} and {@code >} longer than the limit. It
     * also notes where the prolog ends: at the first {@code <} followed by neither {@code ?} nor {@code !}.
     */
    private final class XmlScan {
        private final long maxToken;
        private int matched;
        private long token;
        private boolean afterOpen;
        private boolean pastProlog;

        XmlScan(long maxToken) {
            this.maxToken = maxToken;
        }

        void feed(byte[] bytes, int from, int length, String name) throws FormReadException {
            for (int i = from; i < from + length; i++) {
                byte b = bytes[i];
                if (b == 0) {
                    continue;
                }
                pastProlog |= afterOpen && b != '?' && b != '!';
                afterOpen = b == '<';
                if (b == '<' || b == '>') {
                    token = 0;
                } else if (++token > maxToken) {
                    throw refuse(name, "a text or tag is longer than " + maxToken + " bytes, beyond the string limit of "
                            + limits.maxStringLength() + " characters (XlsxLimits.maxStringLength)");
                }
                matched = b == DOCTYPE[matched] ? matched + 1 : (b == '<' ? 1 : 0);
                if (matched == DOCTYPE.length) {
                    throw refuse(name, "the part declares a DTD (<!DOCTYPE); DTDs are refused (XXE)");
                }
            }
        }

        /** Whether the root element has begun: no DTD can follow. */
        boolean pastProlog() {
            return pastProlog;
        }
    }
}
