package io.github.jixiao.pdf;

import io.github.jixiao.layout.Grid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The test PDFs (made by LibreOffice from the seed and corpus workbooks, see README.md beside them). */
final class Documents {

    private Documents() {
    }

    /** A test PDF's bytes. */
    static byte[] bytes(String name) {
        try (InputStream in = Objects.requireNonNull(Documents.class.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test PDF's grids, read with the default limits. */
    static List<Grid> grids(String name) throws IOException {
        return new PdfFormat().grids(new ByteArrayInputStream(bytes(name)), name);
    }
}
