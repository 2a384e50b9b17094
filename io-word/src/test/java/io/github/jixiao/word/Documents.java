// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.layout.Grid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** The test Word documents (made by LibreOffice from the seed and corpus workbooks, see README.md beside them). */
final class Documents {

    private Documents() {
    }

    /** A test document's bytes. */
    static byte[] bytes(String name) {
        return WorkbookTexts.resource(Documents.class, name);
    }

    /** A test document's grids, read by the format its extension names. */
    static List<Grid> grids(String name) throws IOException {
        return grids(name, bytes(name));
    }

    /** A document's grids, read by the format its name's extension names. */
    static List<Grid> grids(String name, byte[] bytes) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return name.endsWith(".docx") ? new DocxFormat().grids(in, name) : new DocFormat().grids(in, name);
    }
}
