// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Checks an .xlsx package before it is opened, on the central directory its parts will be read from (read by
 * {@link ZipDirectory}, or by commons-compress where the package is in Zip64 form): the number of entries, the bytes every entry really inflates to (counted, not trusted from the
 * headers), the compression ratio of each entry beyond its first MiB, and in every XML part a refusal of DTDs (XXE)
 * and of any text or tag longer than the string limit allows.
 *
 * <p>Deflate cannot expand its input more than {@value #MAX_DEFLATE_RATIO} times, so a package whose compressed
 * entries together cannot inflate to more than {@link #SMALL_PACKAGE_BYTES} (nor beyond
 * {@link XlsxLimits#maxUncompressedBytes()}) is small whatever its headers say: every real form workbook is. Such
 * a package is not inflated here at all: the ratio is checked on the sizes its central directory declares, and the
 * parts the reader reads are inflated once, by {@link WorkbookPackage}, which holds each to the limit on
 * inflated bytes and refuses a DTD in its prolog ({@link #refuseDtd}) before any parser sees it. Inflating the
 * parts twice, here and there, cost about a twentieth of a whole read. The longest possible token is then bounded
 * by the package's worst case rather than by the string limit; cells are still held to the string limit as the
 * sheets stream.
 */
final class PackageGuard {

    private static final long RATIO_GRACE_BYTES = 1024L * 1024L;
    /** The most bytes deflate can inflate one compressed byte to. */
    static final int MAX_DEFLATE_RATIO = 1032;
    /** Packages that cannot inflate beyond this many bytes are checked without inflating them in full. */
    static final long SMALL_PACKAGE_BYTES = 16L * 1024L * 1024L;
    /** How many bytes a prolog scan looks at at a time. */
    private static final int PROLOG_CHUNK = 256;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    /** UTF-8 bytes per character, with room for escapes such as {@code &amp;}. */
    private static final int BYTES_PER_CHAR = 6;

    private final XlsxLimits limits;
    private final String source;
    /** Made only where a package is not small: a small one is not inflated here. */
    private Inflater inflater;
    private final byte[] buffer = new byte[16 * 1024];

    PackageGuard(XlsxLimits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    /**
     * Checks a package; call once per guard.
     *
     * @return the package's entries, in the order of its central directory
     */
    List<ZipDirectory.Entry> check(byte[] bytes) throws FormReadException {
        try {
            List<ZipDirectory.Entry> entries = ZipDirectory.read(bytes, bytes.length, limits.maxEntries())
                    .orElseGet(() -> readWithCommonsCompress(bytes));
            if (entries.size() > limits.maxEntries()) {
                throw refuse("", "the package has more than " + limits.maxEntries() + " entries (XlsxLimits.maxEntries)");
            }
            if (isSmall(entries)) {
                for (ZipDirectory.Entry entry : entries) {
                    checkDeclaredRatio(entry);
                }
                return entries;
            }
            inflater = new Inflater(true);
            long total = 0;
            for (ZipDirectory.Entry entry : entries) {
                total = inflate(bytes, entry, total);
            }
            return entries;
        } catch (FormReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw refuse("", "the file is not a readable .xlsx package (truncated or corrupt zip: "
                    + cause.getMessage() + ")", cause);
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
    }

    /** The entries of a package in Zip64 form or with Unicode path fields, read by commons-compress. */
    private static List<ZipDirectory.Entry> readWithCommonsCompress(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipDirectory.Entry> entries = new ArrayList<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                entries.add(new ZipDirectory.Entry(entry.getName(), entry.getMethod(), entry.getCompressedSize(),
                        entry.getSize(), -1, entry.getLocalHeaderOffset(), entry.getDataOffset()));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the entries together cannot inflate beyond {@link #SMALL_PACKAGE_BYTES} nor the limit. */
    private boolean isSmall(List<ZipDirectory.Entry> entries) {
        long worstCase = 0;
        for (ZipDirectory.Entry entry : entries) {
            worstCase += Math.max(0, entry.compressedSize()) * MAX_DEFLATE_RATIO;
        }
        return worstCase <= Math.min(SMALL_PACKAGE_BYTES, limits.maxUncompressedBytes());
    }

    /**
     * Inflates one entry of a package that is not small from its bytes in the package, counting what it inflates
     * to; one {@link Inflater} and one buffer serve every entry. Entries neither stored nor deflated are left to
     * {@link WorkbookPackage}, which decompresses them with commons-compress or refuses them.
     */
    private long inflate(byte[] bytes, ZipDirectory.Entry entry, long totalSoFar) throws IOException {
        String name = entry.name();
        String lower = name.toLowerCase(Locale.ROOT);
        XmlScan scan = lower.endsWith(".xml") || lower.endsWith(".rels")
                ? new XmlScan((long) limits.maxStringLength() * BYTES_PER_CHAR, limits, source) : null;
        long offset = entry.dataOffset();
        long compressed = entry.compressedSize();
        if (offset < 0 || compressed < 0 || offset + compressed > bytes.length) {
            throw refuse(name, "the file is not a readable .xlsx package (truncated or corrupt zip: the entry lies "
                    + "outside the file)");
        }
        if (entry.method() == ZipEntry.STORED) {
            return count(name, compressed, compressed, totalSoFar, bytes, (int) offset, (int) compressed, scan);
        }
        if (entry.method() != ZipEntry.DEFLATED) {
            return totalSoFar;
        }
        inflater.reset();
        inflater.setInput(bytes, (int) offset, (int) compressed);
        long inflated = 0;
        long total = totalSoFar;
        try {
            while (!inflater.finished()) {
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

    /**
     * Refuses a part whose prolog declares a DTD (XXE): called on every part the reader parses, once
     * inflated. Only the prolog is looked at, up to where the root element begins.
     *
     * @param xml the inflated part
     */
    static void refuseDtd(byte[] xml, String part, XlsxLimits limits, String source) throws FormReadException {
        XmlScan scan = new XmlScan(Long.MAX_VALUE, limits, source);
        for (int at = 0; at < xml.length && !scan.pastProlog(); at += PROLOG_CHUNK) {
            scan.feed(xml, at, Math.min(PROLOG_CHUNK, xml.length - at), part);
        }
    }

    /** In a small package: the compression ratio on the entry's declared size (its real size is bounded anyway). */
    private void checkDeclaredRatio(ZipDirectory.Entry entry) throws FormReadException {
        long declared = entry.size();
        if (declared > RATIO_GRACE_BYTES && declared / Math.max(1, entry.compressedSize())
                > limits.maxCompressionRatio()) {
            throw refuse(entry.name(), "the entry inflates more than " + limits.maxCompressionRatio()
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

    private static FormReadException refuse(String source, String location, String reason) {
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
    private static final class XmlScan {
        private final long maxToken;
        private final XlsxLimits limits;
        private final String source;
        private int matched;
        private long token;
        private boolean afterOpen;
        private boolean pastProlog;

        XmlScan(long maxToken, XlsxLimits limits, String source) {
            this.maxToken = maxToken;
            this.limits = limits;
            this.source = source;
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
                    throw refuse(source, name, "a text or tag is longer than " + maxToken + " bytes, beyond the string limit of "
                            + limits.maxStringLength() + " characters (XlsxLimits.maxStringLength)");
                }
                matched = b == DOCTYPE[matched] ? matched + 1 : (b == '<' ? 1 : 0);
                if (matched == DOCTYPE.length) {
                    throw refuse(source, name, "the part declares a DTD (<!DOCTYPE); DTDs are refused (XXE)");
                }
            }
        }

        /** Whether the root element has begun: no DTD can follow. */
        boolean pastProlog() {
            return pastProlog;
        }
    }
}
