// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.layout.Grid;
import io.github.jixiao.word.WorkbookTexts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** The test PDFs (made by LibreOffice from the seed and corpus workbooks, see README.md beside them). */
final class Documents {

    private Documents() {
    }

    /** A test PDF's bytes. */
    static byte[] bytes(String name) {
        return WorkbookTexts.resource(Documents.class, name);
    }

    /** A test PDF's grids, read with the default limits. */
    static List<Grid> grids(String name) throws IOException {
        return new PdfFormat().grids(new ByteArrayInputStream(bytes(name)), name);
    }
}
