// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;

/**
 * A stream that passes on well-formed UTF-8 only (RFC 3629), as a strict decoder
 * ({@code StandardCharsets.UTF_8.newDecoder()} reporting malformed input) reads it: no overlong form ({@code C0 AF}
 * for {@code /}), no surrogate encoded in UTF-8 ({@code ED A0 80}), nothing above U+10FFFF, no stray continuation
 * byte, no sequence cut short. Jackson decodes some of these as characters; reading through this stream, a
 * document holding one is refused at the sequence's place instead.
 *
 * <p>The bytes before the offending sequence are passed on, so that a parser reading them stops where the sequence
 * is (and can say in which value); the next read throws a {@link Malformed} exception naming the line, the column and
 * the byte offset of the sequence's first byte, and the bytes read of it. Lines and columns are counted as Jackson
 * counts them in its messages: a line ends at LF, CR or CR LF; a column is a byte of the line, from 1.
 */
final class StrictUtf8 extends FilterInputStream {

    /** Invalid UTF-8 at a place in the document. */
    static final class Malformed extends CharConversionException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;
        private final long byteOffset;

        Malformed(String what, long line, long column, long byteOffset) {
            super("invalid UTF-8: " + what + " at line " + line + ", column " + column + ", byte " + byteOffset);
            this.line = line;
            this.column = column;
            this.byteOffset = byteOffset;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }

        long byteOffset() {
            return byteOffset;
        }
    }

    /** Continuation bytes still expected in the current sequence. */
    private int needed;
    /** The lowest and highest second byte allowed after the current lead byte. */
    private int secondMin;
    private int secondMax;
    /** The first bytes of the current sequence, for the message, and how many. */
    private final byte[] sequence = new byte[4];
    private int seen;
    private long sequenceStart;
    private long sequenceLine;
    private long sequenceColumn;
    /** Bytes passed on before the current read. */
    private long offset;
    private long line = 1;
    /** The offset of the first byte of the current line. */
    private long lineStart;
    private boolean afterCarriageReturn;
    private Malformed pending;

    StrictUtf8(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (needed > 0) {
                throw malformed("a sequence cut short by the end of the document");
            }
            return n;
        }
        long chunkStart = offset;
        int end = off + n;
        for (int i = off; i < end; i++) {
            int c = b[i];
            if (c >= 0 && needed == 0) {
                if (c == '\n' || c == '\r') {
                    lineBreak(chunkStart + i - off, c);
                } else {
                    afterCarriageReturn = false;
                    while (i + 1 < end && b[i + 1] >= 0 && b[i + 1] != '\n' && b[i + 1] != '\r') {
                        i++; // a run of ASCII within a line: nothing to check, nothing to count
                    }
                }
                continue;
            }
            int length = needed == 0 ? wellFormed(b, i, end) : 0;
            if (length > 0) {
                afterCarriageReturn = false;
                i += length - 1;
            } else if (!accept(c & 0xFF, chunkStart + i - off)) {
                offset = sequenceStart;
                int passed = (int) (sequenceStart - chunkStart);
                if (passed <= 0) {
                    throw pending;
                }
                return passed;
            }
        }
        offset = chunkStart + n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        return Math.max(read(skipped, 0, skipped.length), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * The length of the well-formed multi-byte sequence that starts at {@code b[i]} and ends before {@code end}, or 0
     * if there is none (a malformed sequence, or one the chunk cuts short: {@link #accept} takes those byte by byte).
     */
    private static int wellFormed(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return i + 1 < end && continuation(b[i + 1], 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return i + 2 < end && continuation(b[i + 1], lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF)
                    && continuation(b[i + 2], 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return i + 3 < end && continuation(b[i + 1], lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF)
                    && continuation(b[i + 2], 0x80, 0xBF) && continuation(b[i + 3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte b, int min, int max) {
        int value = b & 0xFF;
        return value >= min && value <= max;
    }

    /** A line ends at LF, CR, or CR LF (counted once), as Jackson counts lines. */
    private void lineBreak(long at, int c) {
        if (!(c == '\n' && afterCarriageReturn)) {
            line++;
        }
        lineStart = at + 1;
        afterCarriageReturn = c == '\r';
    }

    /**
     * Takes a byte of a multi-byte sequence, the byte at {@code at}; false (with {@link #pending} set) if it makes
     * the sequence malformed.
     */
    private boolean accept(int b, long at) {
        afterCarriageReturn = false;
        if (needed == 0) {
            sequenceStart = at;
            sequenceLine = line;
            sequenceColumn = at - lineStart + 1;
            seen = 0;
            sequence[seen++] = (byte) b;
            if (b >= 0xC2 && b <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (b >= 0xE0 && b <= 0xEF) {
                expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
            } else if (b >= 0xF0 && b <= 0xF4) {
                expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
            } else {
                pending = malformed(b <= 0xBF ? "a continuation byte without a lead byte"
                        : b <= 0xC1 ? "an overlong form" : "a byte that UTF-8 never uses");
                return false;
            }
            return true;
        }
        sequence[seen++] = (byte) b;
        boolean second = seen == 2;
        if (b < (second ? secondMin : 0x80) || b > (second ? secondMax : 0xBF)) {
            int lead = sequence[0] & 0xFF;
            pending = malformed(b < 0x80 || b > 0xBF ? "a sequence cut short"
                    : lead == 0xE0 || lead == 0xF0 ? "an overlong form"
                    : lead == 0xED ? "a surrogate encoded in UTF-8" : "a code point above U+10FFFF");
            return false;
        }
        needed--;
        return true;
    }

    private void expect(int continuations, int min, int max) {
        needed = continuations;
        secondMin = min;
        secondMax = max;
    }

    private Malformed malformed(String what) {
        String bytes = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(sequence, 0, seen);
        return new Malformed(what + " (" + bytes + ")", sequenceLine, sequenceColumn, sequenceStart);
    }
}
