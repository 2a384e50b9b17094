// SPDX-License-Identifier: Apache-2.0
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
 * A Word format (Word 文档): reads every form in a document's tables, each table (or run of tables that make one
 * form) a {@link Grid} in which the layout recogniser finds the forms by their labels. Cells are cited by table,
 * row and column ({@code x.docx!表2!r5c3}, see the module's README). Read only; within {@link WordLimits}. A document
 * of the other Word format under this extension is read as what it is, with a finding that says so.
 *
 * <p>The formats are {@link DocxFormat} and {@link DocFormat}. Implementations are immutable and thread-safe.
 */
public abstract sealed class WordFormat implements FormFormat permits DocxFormat, DocFormat {

    private final WordLimits limits;

    WordFormat(WordLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The limits this format reads within. @return never null */
    public WordLimits limits() {
        return limits;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(name());
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
        throw new UnsupportedOperationException("The " + name() + " format is read only; write xlsx or json instead");
    }
}
