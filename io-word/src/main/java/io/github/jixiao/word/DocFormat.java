package io.github.jixiao.word;

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
 * The {@code doc} format (Word 97-2003 文档 (.doc)): reads every form in a Word document's tables — read with POI HWPF — each table (or run of
 * tables that make one form) a {@link Grid} in which the layout recogniser finds the forms by their labels. Cells
 * are cited by table, row and column ({@code x.doc!表2!r5c3}). Read only; within {@link WordLimits}. A document of
 * the other Word format under this extension is read as what it is, with a finding that says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocFormat implements FormFormat {

    private final WordLimits limits;

    /** The format with the default limits; the {@link java.util.ServiceLoader} provider. */
    public DocFormat() {
        this(WordLimits.defaults());
    }

    private DocFormat(WordLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The format with other limits.
     *
     * @param limits the limits, not null
     * @return never null
     */
    public static DocFormat withLimits(WordLimits limits) {
        return new DocFormat(limits);
    }

    /** The limits this format reads within. @return never null */
    public WordLimits limits() {
        return limits;
    }

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public String mediaType() {
        return "application/msword";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("doc");
    }

    @Override
    public ReadResult read(InputStream in, ReadOptions options) throws IOException {
        return WordReading.read(in, options, limits, name());
    }

    /**
     * The tables of a document as grids, before any form is looked for: what the recogniser sees, for inspecting
     * a document that reads unexpectedly.
     *
     * @param in the stream, read to its end but not closed, not null
     * @param sourceName the document's name that cells cite, may be empty, not null
     * @return the grids, in document order, never null
     * @throws io.github.jixiao.spi.FormReadException if the document cannot be read or breaks a limit
     * @throws IOException if the stream cannot be read
     */
    public List<Grid> grids(InputStream in, String sourceName) throws IOException {
        return WordReading.grids(in, sourceName, limits, name()).grids();
    }

    /** {@code false}: Word documents are read only. */
    @Override
    public boolean canWrite() {
        return false;
    }

    /** Word documents are read only. @throws UnsupportedOperationException always */
    @Override
    public void write(List<SelfEvaluation> forms, OutputStream out) {
        throw new UnsupportedOperationException("The doc format is read only; write xlsx or json instead");
    }
}
