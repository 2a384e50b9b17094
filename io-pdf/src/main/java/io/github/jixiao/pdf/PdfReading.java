// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * One read of a PDF: the stream copied up to the file size limit, the document opened by PDFBox in main memory
 * within the memory limit (an empty user password is tried, so PDFs protected only against editing open), each
 * page scanned and its tables rebuilt, the tables continued over page breaks joined.
 */
final class PdfReading {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers look for the header within the first KiB. */
    private static final int HEADER_WINDOW = 1024;

    private PdfReading() {
    }

    /**
     * The stream's bytes, refused beyond the file size limit without reading further.
     *
     * @throws FormReadException if the file is larger than the limit
     */
    static byte[] bounded(InputStream in, PdfLimits limits, String source) throws IOException {
        long max = Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 9L);
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new FormReadException(source, "", "the file is larger than the limit of " + limits.maxFileBytes()
                    + " bytes (PdfLimits.maxFileBytes)");
        }
        return bytes;
    }

    /**
     * Opens a PDF within the limits.
     *
     * @throws FormReadException if it is no PDF, encrypted with a password, corrupt, or has too many pages
     */
    static PDDocument open(byte[] bytes, PdfLimits limits, String source) throws FormReadException {
        if (!hasHeader(bytes)) {
            throw new FormReadException(source, "", bytes.length == 0 ? "the file is empty"
                    : "not a PDF: the file does not begin with %PDF-");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw new FormReadException(source, "", "encrypted PDF: it opens only with a password; save or print "
                    + "it without one", e);
        } catch (IOException | RuntimeException e) {
            throw new FormReadException(source, "", "the PDF is truncated or corrupt: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new FormReadException(source, "", "the PDF nests its objects too deeply to be read");
        }
        if (document.getNumberOfPages() > limits.maxPages()) {
            int pages = document.getNumberOfPages();
            close(document);
            throw new FormReadException(source, "", "the PDF has " + pages + " pages, more than the limit of "
                    + limits.maxPages() + " (PdfLimits.maxPages)");
        }
        return document;
    }

    /**
     * The tables of a PDF.
     *
     * @throws FormReadException if the PDF cannot be read, breaks a limit or has no text layer
     */
    static List<PdfTable> tables(byte[] bytes, PdfLimits limits, String source) throws FormReadException {
        PDDocument document = open(bytes, limits, source);
        try {
            return tables(document, limits, source);
        } finally {
            close(document);
        }
    }

    /** The tables of an open document. */
    static List<PdfTable> tables(PDDocument document, PdfLimits limits, String source) throws FormReadException {
        ContentBudget budget = new ContentBudget(limits);
        List<TablePart> parts = new ArrayList<>();
        boolean text = false;
        boolean images = false;
        int index = 0;
        for (PDPage page : document.getPages()) {
            if (index >= limits.maxPages()) {
                throw new FormReadException(source, "", "the PDF has more than " + limits.maxPages()
                        + " pages (PdfLimits.maxPages)");
            }
            String where = "第" + (index + 1) + "页";
            try {
                PageScanner.Content content = PageScanner.scan(page, index, limits, budget);
                text |= !content.glyphs().isEmpty();
                images |= content.images();
                parts.addAll(PageTables.read(content, limits.maxStringLength()));
            } catch (PdfLimitException e) {
                throw new FormReadException(source, where, e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw new FormReadException(source, where, "the page cannot be read (corrupt content: "
                        + e.getMessage() + ")", e);
            } catch (StackOverflowError e) {
                throw new FormReadException(source, where, "the page nests its content too deeply to be read");
            }
            index++;
        }
        if (!text) {
            throw new FormReadException(source, "", images ? "no text layer: scanned PDF, OCR is not supported"
                    : "no text: the PDF shows no text at all");
        }
        return PdfTable.assemble(source, parts);
    }

    private static boolean hasHeader(byte[] bytes) {
        int window = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
        outer:
        for (int i = 0; i <= window; i++) {
            for (int k = 0; k < HEADER.length; k++) {
                if (bytes[i + k] != HEADER[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written: closing an in-memory document only releases its buffers
        }
    }
}
