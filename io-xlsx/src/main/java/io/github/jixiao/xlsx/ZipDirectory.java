// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * The entries of a zip package in memory, read from its central directory (中央目录) as commons-compress's
 * {@code ZipFile} reads it, the same entries the package guard checks and the reader reads:
 * the end record is the last one within 64 KiB of the end; bytes before the first local header shift every offset;
 * directory records are read while their signature holds, whatever count the end record gives; an entry's data
 * begins after its local header's name and extra field, and must end before the directory. A package in Zip64 form
 * or with Unicode path fields (which rename entries) is not read here: {@link #read} returns empty, and such a
 * package is left to commons-compress itself.
 */
final class ZipDirectory {

    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END_RECORD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int CENTRAL_HEADER_LENGTH = 46;
    private static final int LOCAL_HEADER_LENGTH = 30;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int UNICODE_PATH_EXTRA = 0x7075;
    /** How far before the end an end record may start: its fixed part and the longest comment. */
    private static final int MAX_END_RECORD_DISTANCE = END_RECORD_LENGTH + 0xFFFF;

    /**
     * One entry of the directory.
     *
     * @param name the entry's name, decoded as UTF-8 with {@code ?} for a malformed sequence
     * @param method the compression method ({@code 0} stored, {@code 8} deflated)
     * @param compressedSize the compressed size the directory gives
     * @param size the uncompressed size the directory gives (not to be trusted)
     * @param record where the entry's directory record starts
     * @param localHeader where the entry's local header starts
     * @param dataOffset where the entry's data starts
     */
    record Entry(String name, int method, long compressedSize, long size, int record, long localHeader,
            long dataOffset) {
    }

    private final byte[] zip;
    private final int length;

    private ZipDirectory(byte[] zip, int length) {
        this.zip = zip;
        this.length = length;
    }

    /**
     * Reads the entries of a package.
     *
     * @param zip the package's bytes
     * @param length how many of them are the package
     * @param maxEntries the most entries wanted: reading stops after one more
     * @return the entries in directory order, at most {@code maxEntries + 1} of them; empty for a package in Zip64
     *     form or with Unicode path fields
     * @throws ZipException where commons-compress refuses the package too: no end record, a record or header past
     *     the end, data that overlaps the directory
     */
    static Optional<List<Entry>> read(byte[] zip, int length, int maxEntries) throws ZipException {
        return new ZipDirectory(zip, length).entries(maxEntries);
    }

    private Optional<List<Entry>> entries(int maxEntries) throws ZipException {
        int end = endRecord();
        if (end > ZIP64_LOCATOR_LENGTH && int32(end - ZIP64_LOCATOR_LENGTH) == ZIP64_LOCATOR) {
            return Optional.empty();
        }
        long directoryLength = uint32(end + 12);
        long directoryOffset = uint32(end + 16);
        long shift = Math.max(end - directoryLength - directoryOffset, 0);
        long directory = directoryOffset + shift;
        need(directory, 4);
        int at = (int) directory;
        if (int32(at) != CENTRAL_HEADER && int32((int) shift) == LOCAL_HEADER) {
            throw new ZipException("the central directory is empty but the package holds entries");
        }
        List<Entry> entries = new ArrayList<>();
        while (entries.size() <= maxEntries && int32(at) == CENTRAL_HEADER) {
            need(at, CENTRAL_HEADER_LENGTH);
            int nameLength = uint16(at + 28);
            int extraLength = uint16(at + 30);
            int recordLength = CENTRAL_HEADER_LENGTH + nameLength + extraLength + uint16(at + 32);
            need(at, recordLength);
            long compressedSize = uint32(at + 20);
            long size = uint32(at + 24);
            long localOffset = uint32(at + 42);
            if (hasExtra(at + CENTRAL_HEADER_LENGTH + nameLength, extraLength)) {
                return Optional.empty();
            }
            String name = name(at + CENTRAL_HEADER_LENGTH, nameLength);
            long localHeader = localOffset + shift;
            need(localHeader + 26, 4);
            int localName = uint16((int) localHeader + 26);
            int localExtra = uint16((int) localHeader + 28);
            long dataOffset = localHeader + LOCAL_HEADER_LENGTH + localName + localExtra;
            if (dataOffset + compressedSize > directory) {
                throw new ZipException("the data of " + name + " overlaps the central directory");
            }
            if (hasExtra((int) (dataOffset - localExtra), localExtra)) {
                return Optional.empty();
            }
            entries.add(new Entry(name, uint16(at + 10), compressedSize, size, at, localHeader, dataOffset));
            at += recordLength;
            need(at, 4);
        }
        return Optional.of(entries);
    }

    /** The last end record within 64 KiB of the end, as commons-compress searches for it. */
    private int endRecord() throws ZipException {
        int stop = Math.max(0, length - MAX_END_RECORD_DISTANCE);
        for (int at = length - END_RECORD_LENGTH; at >= stop; at--) {
            if (int32(at) == END_RECORD) {
                return at;
            }
        }
        throw new ZipException("no end of central directory record: not a zip package");
    }

    /** A name as commons-compress decodes it: UTF-8, each malformed sequence read as {@code ?}. */
    private String name(int from, int nameLength) throws ZipException {
        boolean ascii = true;
        for (int i = from; i < from + nameLength && ascii; i++) {
            ascii = zip[i] >= 0;
        }
        if (ascii) {
            return new String(zip, from, nameLength, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?")
                    .decode(ByteBuffer.wrap(zip, from, nameLength)).toString();
        } catch (CharacterCodingException e) {
            throw new ZipException("an entry's name cannot be decoded: " + e);
        }
    }

    /** Whether an extra field holds Zip64 sizes or a Unicode path, which the fast reading leaves alone. */
    private boolean hasExtra(int from, int extraLength) {
        for (int at = from; at + 4 <= from + extraLength; at += 4 + uint16(at + 2)) {
            int id = uint16(at);
            if (id == ZIP64_EXTRA || id == UNICODE_PATH_EXTRA) {
                return true;
            }
        }
        return false;
    }

    /** Refuses a read of {@code count} bytes at {@code at} that goes past the end. */
    private void need(long at, long count) throws ZipException {
        if (at < 0 || at + count > length) {
            throw new ZipException("the package ends inside a header (at byte " + at + " of " + length + ")");
        }
    }

    private int uint16(int at) {
        return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
    }

    private int int32(int at) {
        return uint16(at) | uint16(at + 2) << 16;
    }

    private long uint32(int at) {
        return int32(at) & 0xFFFFFFFFL;
    }
}
