// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An .xls workbook written by POI HSSF and then damaged record by record, for cells no spreadsheet program writes:
 * a cell record's bytes in the BIFF8 {@code Workbook} stream are overwritten where a program never puts such values.
 */
final class RawXls {

    private RawXls() {
    }

    /**
     * Writes a workbook of one sheet, then overwrites bytes of the data of the first record of type {@code sid} at
     * a cell.
     *
     * @param sheet writes the sheet
     * @param sid the record type, such as {@code 0x00FD} (a shared-string cell)
     * @param row the cell's row, from 0
     * @param column the cell's column, from 0
     * @param offset where in the record's data the new bytes go (0 is the row field)
     * @param patch the new bytes, each from 0 to 255
     */
    static byte[] damaged(Consumer<HSSFSheet> sheet, int sid, int row, int column, int offset, int... patch) {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream written = new ByteArrayOutputStream()) {
            sheet.accept(workbook.createSheet("Sheet1"));
            workbook.write(written);
            byte[] stream;
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(written.toByteArray()));
                    InputStream in = fs.createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            patch(stream, sid, row, column, offset, patch);
            try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void patch(byte[] stream, int sid, int row, int column, int offset, int[] patch) {
        for (int at = 0; at + 4 <= stream.length; at += 4 + uint16(stream, at + 2)) {
            if (uint16(stream, at) == sid && uint16(stream, at + 4) == row && uint16(stream, at + 6) == column) {
                for (int i = 0; i < patch.length; i++) {
                    stream[at + 4 + offset + i] = (byte) patch[i];
                }
                return;
            }
        }
        throw new IllegalArgumentException("no record " + Integer.toHexString(sid) + " at row " + row + ", column "
                + column);
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }
}
