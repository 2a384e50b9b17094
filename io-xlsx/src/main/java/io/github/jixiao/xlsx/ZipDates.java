package io.github.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Gives the entries of a written workbook a valid date. fastexcel writes its package through opczip, which
 * stores every entry with the DOS date 0 — month 0, no date at all. Readers then make one up: commons-compress
 * (under fastexcel-reader and POI) turns it into 1979-11-30 and, that being before 1980, adds NTFS and Unix time
 * fields to each entry, converting NTFS time through {@code BigDecimal} — a fifth of the time it takes to read a
 * small workbook. Stamping each entry 1980-01-01 00:00, as Excel does, costs one pass over the central directory.
 */
final class ZipDates {

    /** 1980-01-01 in DOS date form: (year − 1980) « 9 | month « 5 | day. */
    private static final int FIRST_DOS_DATE = 0x21;

    private ZipDates() {
    }

    /** A buffer for a workbook being written, whose bytes can be dated in place. */
    static final class Buffer extends ByteArrayOutputStream {

        Buffer() {
            super(16 * 1024);
        }

        /** Dates the entries without a date and writes the package to {@code out}. */
        void writeDatedTo(OutputStream out) throws IOException {
            date(buf, count);
            out.write(buf, 0, count);
        }
    }

    /**
     * Sets the date of every entry whose date is 0 to 1980-01-01 00:00, in its central directory record and its
     * local header. A package it does not understand (no end record, Zip64) is left as it is.
     */
    static void date(byte[] zip, int length) {
        List<ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.read(zip, length, Integer.MAX_VALUE - 1).orElse(List.of());
        } catch (ZipException e) {
            return;
        }
        for (ZipDirectory.Entry entry : entries) {
            stamp(zip, entry.record() + 12);
            int local = (int) entry.localHeader();
            if ((int16(zip, local) | int16(zip, local + 2) << 16) == ZipDirectory.LOCAL_HEADER) {
                stamp(zip, local + 10);
            }
        }
    }

    /** Sets a DOS time and date (two little-endian shorts at {@code at}) to 1980-01-01 00:00 if the date is 0. */
    private static void stamp(byte[] zip, int at) {
        if (int16(zip, at + 2) == 0) {
            zip[at] = 0;
            zip[at + 1] = 0;
            zip[at + 2] = FIRST_DOS_DATE;
            zip[at + 3] = 0;
        }
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
