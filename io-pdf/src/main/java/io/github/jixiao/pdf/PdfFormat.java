// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.layout.FormRecognizer;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The {@code pdf} format (PDF 文件): reads every form in a PDF with a text layer — a form printed from Excel, WPS
 * or Word, a 决算 disclosure of many forms among other tables — with Apache PDFBox: each table is rebuilt from its
 * ruling lines (or, where none are drawn, from the alignment of its text) into a {@link Grid}, and the layout
 * recogniser finds the forms in the grids by their labels. Cells are cited by page, row and column
 * ({@code x.pdf!表1!第3页 r5c2}). Read only; within {@link PdfLimits}. A scanned PDF (no text layer) and a PDF that
 * needs a password are refused with one line each.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PdfFormat implements FormFormat {

    private final PdfLimits limits;

    /** The format with the default limits; the {@link java.util.ServiceLoader} provider. */
    public PdfFormat() {
        this(PdfLimits.defaults());
    }

    private PdfFormat(PdfLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The format with other limits.
     *
     * @param limits the limits, not null
     * @return never null
     */
    public static PdfFormat withLimits(PdfLimits limits) {
        return new PdfFormat(limits);
    }

    /** The limits this format reads within. @return never null */
    public PdfLimits limits() {
        return limits;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("pdf");
    }

    @Override
    public ReadResult read(InputStream in, ReadOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        return FormRecognizer.recognize(grids(in, options.sourceName()), options);
    }

    /**
     * The tables of a PDF as grids, before any form is looked for: what the recogniser sees, for inspecting a
     * PDF that reads unexpectedly.
     *
     * @param in the stream, read to its end but not closed, not null
     * @param sourceName the document's name that cells cite, may be empty, not null
     * @return one grid per table, in document order, never null
     * @throws io.github.jixiao.spi.FormReadException if the PDF cannot be read or breaks a limit
     * @throws IOException if the stream cannot be read
     */
    public List<Grid> grids(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes = PdfReading.bounded(in, limits, sourceName);
        return PdfReading.tables(bytes, limits, sourceName).stream().map(PdfTable::grid).toList();
    }

    /** {@code false}: PDFs are read only. */
    @Override
    public boolean canWrite() {
        return false;
    }

    /** PDFs are read only; see {@link PdfAuditMarks} for marking a PDF's cells. @throws UnsupportedOperationException always */
    @Override
    public void write(List<SelfEvaluation> forms, OutputStream out) {
        throw new UnsupportedOperationException("The pdf format is read only; write xlsx or json instead");
    }
}
