// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The parts of a .docx package, found in its zip central directory and inflated only when read, counted as they
 * inflate (包的受控读取): the entry count is checked against {@link WordLimits#maxEntries()}; a part that inflates
 * beyond {@link WordLimits#maxPartBytes()}, or more than {@link WordLimits#maxCompressionRatio()} times its
 * compressed size once past its first MiB, is refused as it inflates (a zip bomb), whatever its headers say. Parts
 * that are not read are never inflated. Zip64 and encrypted entries are refused: Word writes neither.
 */
final class ZipPart {

    private static final int END = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long RATIO_GRACE_BYTES = 1024L * 1024L;

    private final byte[] bytes;
    private final String source;
    private final WordLimits limits;
    private final int directory;
    private final int entries;

    private ZipPart(byte[] bytes, String source, WordLimits limits, int directory, int entries) {
        this.bytes = bytes;
        this.source = source;
        this.limits = limits;
        this.directory = directory;
        this.entries = entries;
    }

    /**
     * Opens a package: finds its central directory and checks the entry count.
     *
     * @throws FormReadException if it is no readable zip package or has too many entries
     */
    static ZipPart open(byte[] bytes, String source, WordLimits limits) throws FormReadException {
        int end = -1;
        for (int i = bytes.length - END_SIZE; i >= Math.max(0, bytes.length - END_SIZE - MAX_COMMENT); i--) {
            if (int32(bytes, i) == END) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new FormReadException(source, "", "the file is not a readable .docx package (truncated or corrupt "
                    + "zip: no central directory)");
        }
        int count = int16(bytes, end + 10);
        long offset = int32(bytes, end + 16) & 0xFFFFFFFFL;
        if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw new FormReadException(source, "", "the .docx package is in Zip64 form, which Word never writes; "
                    + "save it again from Word");
        }
        if (count > limits.maxEntries()) {
            throw new FormReadException(source, "", "the package has more than " + limits.maxEntries()
                    + " entries (WordLimits.maxEntries)");
        }
        if (offset > end) {
            throw new FormReadException(source, "", "the file is not a readable .docx package (truncated or corrupt "
                    + "zip: the central directory lies outside the file)");
        }
        return new ZipPart(bytes, source, limits, (int) offset, count);
    }

    /**
     * A part's inflated bytes as a stream, counted and bounded as they are read.
     *
     * @param name the part's name, such as {@code word/document.xml}
     * @return the stream, or empty when the package has no such part
     * @throws FormReadException if the directory is corrupt or the part is encrypted or stored in an unknown way
     */
    Optional<InputStream> read(String name) throws FormReadException {
        int at = directory;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > bytes.length || int32(bytes, at) != CENTRAL) {
                throw corrupt("the central directory is cut short");
            }
            int flags = int16(bytes, at + 8);
            int method = int16(bytes, at + 10);
            long compressed = int32(bytes, at + 20) & 0xFFFFFFFFL;
            int nameLength = int16(bytes, at + 28);
            int extraLength = int16(bytes, at + 30);
            int commentLength = int16(bytes, at + 32);
            long local = int32(bytes, at + 42) & 0xFFFFFFFFL;
            if (at + 46 + nameLength > bytes.length) {
                throw corrupt("the central directory is cut short");
            }
            String entry = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            if (entry.equals(name)) {
                return Optional.of(open(name, flags, method, compressed, local));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.empty();
    }

    private InputStream open(String name, int flags, int method, long compressed, long local)
            throws FormReadException {
        if ((flags & 1) != 0) {
            throw new FormReadException(source, name, "encrypted document: the package's parts are encrypted; save "
                    + "it without a password");
        }
        if (local + 30 > bytes.length || int32(bytes, (int) local) != LOCAL) {
            throw corrupt("the part " + name + " lies outside the file");
        }
        long data = local + 30 + int16(bytes, (int) local + 26) + int16(bytes, (int) local + 28);
        if (data + compressed > bytes.length) {
            throw corrupt("the part " + name + " is cut short");
        }
        InputStream raw = new ByteArrayInputStream(bytes, (int) data, (int) compressed);
        if (method == 0) {
            return new Counted(raw, name, Math.max(1, compressed));
        }
        if (method != 8) {
            throw corrupt("the part " + name + " is compressed with method " + method + ", not deflate");
        }
        return new Counted(new InflaterInputStream(raw, new Inflater(true), 8192), name, Math.max(1, compressed));
    }

    private FormReadException corrupt(String what) {
        return new FormReadException(source, "", "the file is not a readable .docx package (truncated or corrupt zip: "
                + what + ")");
    }

    private static int int16(byte[] b, int at) {
        return at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? 0
                : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** A part's stream that counts what it inflates and refuses a bomb as soon as it shows. */
    private final class Counted extends FilterInputStream {
        private final String name;
        private final long compressed;
        private long inflated;

        Counted(InputStream in, String name, long compressed) {
            super(in);
            this.name = name;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws FormReadException {
            inflated += n;
            if (inflated > limits.maxPartBytes()) {
                throw new FormReadException(source, name, "the part inflates to more than " + limits.maxPartBytes()
                        + " bytes (WordLimits.maxPartBytes): a zip bomb?");
            }
            if (inflated > RATIO_GRACE_BYTES && inflated / compressed > limits.maxCompressionRatio()) {
                throw new FormReadException(source, name, "the part inflates more than "
                        + limits.maxCompressionRatio() + " times its compressed size (WordLimits.maxCompressionRatio): "
                        + "a zip bomb?");
            }
        }
    }
}
