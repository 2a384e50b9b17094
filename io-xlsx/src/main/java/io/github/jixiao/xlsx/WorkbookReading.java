// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.FormRecognizer;
import io.github.jixiao.model.Origin;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * One read of a workbook, whatever its extension says: the stream is copied up to the file size limit, its
 * first bytes decide the format (zip: .xlsx; OLE2: .xls, or an encrypted .xlsx), the package is checked, the
 * sheets become grids, and the recogniser reads the forms.
 */
final class WorkbookReading {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** The largest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private WorkbookReading() {
    }

    /**
     * Reads the forms in a stream.
     *
     * @param expected the format the caller asked for, {@code xlsx} or {@code xls}
     */
    static ReadResult read(InputStream in, ReadOptions options, XlsxLimits limits, String expected)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        String source = options.sourceName();
        byte[] bytes = bounded(in, limits, source);
        List<Finding> notes = new ArrayList<>(1);
        List<io.github.jixiao.layout.Grid> grids;
        if (startsWith(bytes, ZIP)) {
            if (expected.equals("xls")) {
                notes.add(Finding.at("READ_XLSX_AS_XLS", Severity.INFO, new Origin(source, "", ""),
                        "文件扩展名为 ." + extension(source, expected) + "，内容是 .xlsx，按 .xlsx 读取",
                        "the file is named ." + extension(source, expected) + " but holds an .xlsx package; it is read "
                                + "as .xlsx"));
            }
            List<ZipDirectory.Entry> entries = new PackageGuard(limits, source).check(bytes);
            grids = XlsxGrids.read(bytes, entries, limits, source);
        } else if (startsWith(bytes, OLE2)) {
            DirectoryNode root = ole2(bytes, source).getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw new FormReadException(source, "",
                        "encrypted workbook: the file is a password-protected .xlsx; save it without a password");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new FormReadException(source, "", "the file is an OLE2 document but not an Excel workbook");
            }
            if (expected.equals("xlsx")) {
                notes.add(Finding.at("READ_XLS_AS_XLSX", Severity.INFO, new Origin(source, "", ""),
                        "文件扩展名为 ." + extension(source, expected) + "，内容是 .xls，按 .xls 读取",
                        "the file is named ." + extension(source, expected) + " but holds an .xls (BIFF) workbook; it "
                                + "is read as .xls"));
            }
            grids = XlsGrids.read(root, limits, source);
        } else {
            throw new FormReadException(source, "", bytes.length == 0 ? "the file is empty"
                    : "not a workbook: the file starts with neither the zip signature of .xlsx nor the OLE2 "
                            + "signature of .xls");
        }
        ReadResult result = FormRecognizer.recognize(grids, options);
        if (notes.isEmpty()) {
            return result;
        }
        notes.addAll(result.findings());
        return new ReadResult(result.entries(), notes);
    }

    /**
     * The stream's bytes, refused beyond {@link XlsxLimits#maxFileBytes()} without reading further. A stream that
     * knows its length (a file, an array) is read straight into an array of that length.
     */
    private static byte[] bounded(InputStream in, XlsxLimits limits, String source) throws IOException {
        // one byte past the limit tells a file over it
        int limit = (int) Math.min(limits.maxFileBytes() + 1, MAX_ARRAY);
        byte[] bytes = new byte[Math.min(Math.max(in.available(), 0), limit)];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            bytes = Arrays.copyOf(bytes, read);
        } else if (read < limit) {
            int next = in.read();
            if (next >= 0) {
                byte[] rest = in.readNBytes(limit - read - 1);
                bytes = Arrays.copyOf(bytes, read + 1 + rest.length);
                bytes[read] = (byte) next;
                System.arraycopy(rest, 0, bytes, read + 1, rest.length);
            }
        }
        if (bytes.length > limits.maxFileBytes() || bytes.length == MAX_ARRAY) {
            throw new FormReadException(source, "", "the file is larger than the limit of " + limits.maxFileBytes()
                    + " bytes (XlsxLimits.maxFileBytes)");
        }
        return bytes;
    }

    private static POIFSFileSystem ole2(byte[] bytes, String source) throws FormReadException {
        try {
            return new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new FormReadException(source, "", "the OLE2 (.xls) file is truncated or corrupt: " + e.getMessage(), e);
        }
    }

    /** The extension of the file's name ({@code et}, {@code xlsm}), or the format asked for when it has none. */
    private static String extension(String source, String expected) {
        int dot = source.lastIndexOf('.');
        return dot < 0 || dot == source.length() - 1 ? expected : source.substring(dot + 1);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
