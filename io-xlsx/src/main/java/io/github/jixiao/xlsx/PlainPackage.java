// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.dhatim.fastexcel.Workbook;

/**
 * The package (the zip file) of a workbook jixiao writes, made plain and reproducible. fastexcel writes its package
 * through opczip, which gives every entry a Zip64 data descriptor after its data, no sizes in its local header and no
 * date at all; {@code java.util.zip.ZipInputStream} cannot read that ("invalid entry size"), and fastexcel writes the
 * merged ranges of a sheet in hash order and the creation time in docProps/core.xml, so two runs give different
 * bytes.
 *
 * <p>This stream takes what fastexcel writes — uncompressed ({@link Deflater#NO_COMPRESSION}), so an entry costs one
 * copy to read back — and writes each entry again as the zip format's plain form: sizes and CRC in the local header,
 * no data descriptor, no extra field, version 2.0, the date 1980-01-01 00:00 (as Excel dates its entries, and what
 * readers need not make up: commons-compress adds NTFS and Unix time fields, converted through {@code BigDecimal},
 * for a date before 1980), entries in the order fastexcel wrote them. On the way, the {@code <mergeCell>} elements
 * of each sheet are put in the order of their top-left cells, and {@code dcterms:created} is set to
 * {@value #FIXED_TIME}. Each entry is compressed once, at {@link Deflater#BEST_SPEED}, as fastexcel would have.
 *
 * <pre>{@code
 * PlainPackage plain = new PlainPackage();
 * Workbook workbook = plain.workbook("jixiao");
 * … write sheets …
 * workbook.finish();
 * plain.writeTo(out);
 * }</pre>
 *
 * <p>Memory: the compressed package and one uncompressed entry at a time.
 */
final class PlainPackage extends OutputStream {

    /** The time written as the workbook's creation time. */
    static final String FIXED_TIME = "1980-01-01T00:00:00Z";
    /** The most entries a zip file holds without Zip64. */
    static final int MAX_ENTRIES = 0xFFFF;

    private static final int LOCAL_HEADER = ZipDirectory.LOCAL_HEADER;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL_HEADER = ZipDirectory.CENTRAL_HEADER;
    private static final int END_RECORD = ZipDirectory.END_RECORD;
    private static final int LOCAL_HEADER_LENGTH = 30;
    /** A descriptor as opczip writes it: signature, CRC and Zip64 (8-byte) sizes. */
    private static final int DESCRIPTOR_LENGTH = 24;
    private static final int VERSION = 20;
    /** How much data is inflated at a time at least. */
    private static final int DRAIN_AT = 64 * 1024;
    private static final int DEFLATED = 8;
    private static final int UTF8_NAME = 0x800;
    /** 1980-01-01 in DOS date form: (year − 1980) « 9 | month « 5 | day. */
    private static final int DOS_DATE = 0x21;

    private static final byte[] MERGE_CELLS = ascii("<mergeCells>");
    private static final byte[] MERGE_CELLS_END = ascii("</mergeCells>");
    private static final String[] TIME_ELEMENTS = {"dcterms:created", "dcterms:modified"};

    private enum State { HEADER, DATA, DESCRIPTOR, DIRECTORY }

    /** One entry as written, for the central directory. */
    private record Entry(byte[] name, int flags, int crc, int compressedSize, int size, int offset) {
    }

    private final Inflater inflater = new Inflater(true);
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final List<Entry> entries = new ArrayList<>();
    private State state = State.HEADER;
    /** The bytes of a header or descriptor being received. */
    private byte[] pending = new byte[LOCAL_HEADER_LENGTH + 64];
    private int pendingLength;
    private String name;
    /** The data of the entry being received, not yet inflated. */
    private byte[] compressed = new byte[DRAIN_AT];
    private int compressedLength;
    /** The uncompressed bytes of the entry being received. */
    private byte[] content = new byte[64 * 1024];
    private int contentLength;
    /** The package written so far. */
    private byte[] out = new byte[16 * 1024];
    private int outLength;
    private final byte[] oneByte = new byte[1];

    /**
     * A new fastexcel workbook that writes into this package, uncompressed. docProps/app.xml names the application
     * and no version: the element is optional, and fastexcel checks a version given to it against a regular
     * expression it compiles for every workbook (4 % of writing a form).
     *
     * @param application the application named in docProps/app.xml
     */
    Workbook workbook(String application) {
        Workbook workbook = new Workbook(this, application, null);
        workbook.setCompressionLevel(Deflater.NO_COMPRESSION);
        return workbook;
    }

    @Override
    public void write(int b) throws IOException {
        drain();
        oneByte[0] = (byte) b;
        write(oneByte, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int at = off;
        int end = off + len;
        while (at < end) {
            at = switch (state) {
                case HEADER -> header(b, at, end);
                case DATA -> data(b, at, end);
                case DESCRIPTOR -> descriptor(b, at, end);
                case DIRECTORY -> end;
            };
        }
    }

    /**
     * Writes the central directory and the package, once fastexcel has finished the workbook; releases the
     * compressors.
     *
     * @throws ZipException if the workbook has more entries than a zip file holds without Zip64
     */
    void writeTo(OutputStream target) throws IOException {
        try {
            drain();
            if (state != State.DIRECTORY) {
                throw new IllegalStateException("the workbook is not finished");
            }
            if (entries.size() > MAX_ENTRIES) {
                throw new ZipException("the workbook has " + entries.size() + " parts; a workbook holds at most "
                        + MAX_ENTRIES + " (write fewer forms to one workbook)");
            }
            int directory = outLength;
            for (Entry entry : entries) {
                int32(CENTRAL_HEADER);
                int16(VERSION);
                int16(VERSION);
                int16(entry.flags());
                int16(DEFLATED);
                int16(0);
                int16(DOS_DATE);
                int32(entry.crc());
                int32(entry.compressedSize());
                int32(entry.size());
                int16(entry.name().length);
                int16(0);
                int16(0);
                int16(0);
                int16(0);
                int32(0);
                int32(entry.offset());
                bytes(entry.name(), 0, entry.name().length);
            }
            int directoryLength = outLength - directory;
            int32(END_RECORD);
            int16(0);
            int16(0);
            int16(entries.size());
            int16(entries.size());
            int32(directoryLength);
            int32(directory);
            int16(0);
            target.write(out, 0, outLength);
        } finally {
            inflater.end();
            deflater.end();
        }
    }

    /** Receives a local header; at the first central directory record, what follows is fastexcel's directory. */
    private int header(byte[] b, int at, int end) throws IOException {
        at = take(b, at, end, 4);
        if (pendingLength < 4) {
            return at;
        }
        int signature = int32(pending, 0);
        if (signature != LOCAL_HEADER) {
            if (signature != CENTRAL_HEADER && signature != END_RECORD) {
                throw new ZipException("unexpected record 0x" + Integer.toHexString(signature) + " from fastexcel");
            }
            state = State.DIRECTORY;
            return at;
        }
        at = take(b, at, end, LOCAL_HEADER_LENGTH);
        if (pendingLength < LOCAL_HEADER_LENGTH) {
            return at;
        }
        int nameLength = uint16(pending, 26);
        int need = LOCAL_HEADER_LENGTH + nameLength + uint16(pending, 28);
        at = take(b, at, end, need);
        if (pendingLength < need) {
            return at;
        }
        name = new String(pending, LOCAL_HEADER_LENGTH, nameLength, StandardCharsets.UTF_8);
        pendingLength = 0;
        contentLength = 0;
        inflater.reset();
        state = State.DATA;
        return at;
    }

    /**
     * Receives an entry's data. fastexcel writes data in 512-byte pieces (and headers, descriptors and its directory
     * a byte at a time): small pieces are gathered and inflated {@link #DRAIN_AT} bytes at a time, or when a single
     * byte is written, so that an entry costs few calls to the inflater; a large piece is inflated where it is.
     */
    private int data(byte[] b, int at, int end) throws IOException {
        int count = end - at;
        if (compressedLength == 0 && count >= DRAIN_AT) {
            return at + inflate(b, at, count);
        }
        if (compressedLength + count > compressed.length) {
            compressed = Arrays.copyOf(compressed, Math.max(compressed.length * 2, compressedLength + count));
        }
        System.arraycopy(b, at, compressed, compressedLength, count);
        compressedLength += count;
        if (compressedLength >= DRAIN_AT) {
            drain();
        }
        return end;
    }

    /** Inflates the data gathered; the bytes after the end of the entry's data are received again. */
    private void drain() throws IOException {
        while (state == State.DATA && compressedLength > 0) {
            int used = inflate(compressed, 0, compressedLength);
            byte[] after = Arrays.copyOfRange(compressed, used, compressedLength);
            compressedLength = 0;
            write(after, 0, after.length);
        }
    }

    /**
     * Inflates data into {@link #content}; where the deflate stream ends, the descriptor follows.
     *
     * @return how many of the bytes belong to the entry's data
     */
    private int inflate(byte[] b, int off, int len) throws IOException {
        inflater.setInput(b, off, len);
        try {
            while (!inflater.finished() && !inflater.needsInput()) {
                if (contentLength == content.length) {
                    content = Arrays.copyOf(content, content.length * 2);
                }
                contentLength += inflater.inflate(content, contentLength, content.length - contentLength);
            }
        } catch (DataFormatException e) {
            throw new ZipException("fastexcel wrote a malformed entry " + name + ": " + e.getMessage());
        }
        if (inflater.finished()) {
            state = State.DESCRIPTOR;
        }
        return len - inflater.getRemaining();
    }

    /** Receives an entry's data descriptor, then writes the entry. */
    private int descriptor(byte[] b, int at, int end) throws IOException {
        at = take(b, at, end, DESCRIPTOR_LENGTH);
        if (pendingLength < DESCRIPTOR_LENGTH) {
            return at;
        }
        if (int32(pending, 0) != DATA_DESCRIPTOR || int32(pending, 16) != contentLength) {
            throw new ZipException("fastexcel's descriptor of " + name + " does not match its data");
        }
        pendingLength = 0;
        writeEntry();
        state = State.HEADER;
        return at;
    }

    /** Copies bytes into {@link #pending} until it holds {@code need}; returns where copying stopped. */
    private int take(byte[] b, int at, int end, int need) {
        if (pending.length < need) {
            pending = Arrays.copyOf(pending, need);
        }
        int count = Math.max(0, Math.min(need - pendingLength, end - at));
        System.arraycopy(b, at, pending, pendingLength, count);
        pendingLength += count;
        return at + count;
    }

    private void writeEntry() {
        if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            sortMergeCells(content, contentLength);
        } else if (name.equals("docProps/core.xml")) {
            for (String element : TIME_ELEMENTS) {
                fixTime(element);
            }
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int flags = name.chars().allMatch(c -> c < 0x80) ? 0 : UTF8_NAME;
        crc.reset();
        crc.update(content, 0, contentLength);
        int offset = outLength;
        int32(LOCAL_HEADER);
        int16(VERSION);
        int16(flags);
        int16(DEFLATED);
        int16(0);
        int16(DOS_DATE);
        int32((int) crc.getValue());
        int sizes = outLength;
        int32(0);
        int32(contentLength);
        int16(nameBytes.length);
        int16(0);
        bytes(nameBytes, 0, nameBytes.length);
        int data = outLength;
        deflater.reset();
        deflater.setInput(content, 0, contentLength);
        deflater.finish();
        while (!deflater.finished()) {
            if (outLength == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            outLength += deflater.deflate(out, outLength, out.length - outLength);
        }
        int compressed = outLength - data;
        put32(sizes, compressed);
        entries.add(new Entry(nameBytes, flags, (int) crc.getValue(), compressed, contentLength, offset));
    }

    /**
     * Puts a sheet's {@code <mergeCell ref="…"/>} elements in the order of their top-left cells (row, then column),
     * in place: merged ranges never overlap, so no two share a top-left cell.
     */
    static void sortMergeCells(byte[] xml, int length) {
        int start = lastIndexOf(xml, length, MERGE_CELLS);
        if (start < 0) {
            return;
        }
        int from = start + MERGE_CELLS.length;
        int to = indexOf(xml, from, length, MERGE_CELLS_END);
        if (to < 0) {
            return;
        }
        String[] elements = new String(xml, from, to - from, StandardCharsets.US_ASCII).split("(?<=/>)");
        Arrays.sort(elements, Comparator.comparingLong(PlainPackage::topLeft));
        byte[] sorted = String.join("", elements).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(sorted, 0, xml, from, sorted.length);
    }

    /** The top-left cell of {@code <mergeCell ref="B3:I3"/>} as row « 16 | column, both 1-based. */
    private static long topLeft(String element) {
        int at = element.indexOf("ref=\"") + 5;
        long column = 0;
        for (; Character.isLetter(element.charAt(at)); at++) {
            column = column * 26 + element.charAt(at) - 'A' + 1;
        }
        long row = 0;
        for (; Character.isDigit(element.charAt(at)); at++) {
            row = row * 10 + element.charAt(at) - '0';
        }
        return row << 16 | column;
    }

    /** Sets the text of an element of the entry, if it has one, to {@link #FIXED_TIME}. */
    private void fixTime(String element) {
        byte[] open = ascii("<" + element);
        byte[] close = ascii("</" + element + ">");
        int start = indexOf(content, 0, contentLength, open);
        int textStart = start < 0 ? -1 : indexOf(content, start, contentLength, ascii(">")) + 1;
        int textEnd = textStart <= 0 ? -1 : indexOf(content, textStart, contentLength, close);
        if (textEnd < 0) {
            return;
        }
        byte[] time = ascii(FIXED_TIME);
        byte[] fixed = new byte[contentLength - (textEnd - textStart) + time.length];
        System.arraycopy(content, 0, fixed, 0, textStart);
        System.arraycopy(time, 0, fixed, textStart, time.length);
        System.arraycopy(content, textEnd, fixed, textStart + time.length, contentLength - textEnd);
        if (fixed.length > content.length) {
            content = new byte[fixed.length];
        }
        System.arraycopy(fixed, 0, content, 0, fixed.length);
        contentLength = fixed.length;
    }

    private static int indexOf(byte[] bytes, int from, int length, byte[] pattern) {
        for (int at = from; at + pattern.length <= length; at++) {
            if (bytes[at] == pattern[0] && Arrays.equals(bytes, at, at + pattern.length, pattern, 0, pattern.length)) {
                return at;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, int length, byte[] pattern) {
        for (int at = length - pattern.length; at >= 0; at--) {
            if (bytes[at] == pattern[0] && Arrays.equals(bytes, at, at + pattern.length, pattern, 0, pattern.length)) {
                return at;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private void bytes(byte[] b, int off, int len) {
        if (outLength + len > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + len));
        }
        System.arraycopy(b, off, out, outLength, len);
        outLength += len;
    }

    private void int16(int value) {
        bytes(new byte[] {(byte) value, (byte) (value >> 8)}, 0, 2);
    }

    private void int32(int value) {
        int16(value);
        int16(value >>> 16);
    }

    private void put32(int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >> 8);
        out[at + 2] = (byte) (value >> 16);
        out[at + 3] = (byte) (value >> 24);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) | uint16(b, at + 2) << 16;
    }
}
