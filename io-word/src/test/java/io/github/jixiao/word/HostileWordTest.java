// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static io.github.jixiao.word.Docx.p;
import static io.github.jixiao.word.Docx.table;
import static io.github.jixiao.word.Docx.tc;
import static io.github.jixiao.word.Docx.tr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Word files that are no form documents or are hostile: each is refused with one clear line, within the limits.
 * The hostile packages are written here, small (a bomb is a few KiB that inflate to many MiB).
 */
class HostileWordTest {

    private static final String PUTUO = "04_putuo-tiyu-jiesuan";

    @Test
    void aDtdInTheDocumentIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + Docx.W + "\"><w:body>" + p("&xxe;") + "</w:body></w:document>";
        FormReadException e = refusal(Docx.parts(Map.of("word/document.xml", xxe)), "docx", WordLimits.defaults());
        assertThat(e.location()).isEqualTo("word/document.xml");
        assertThat(e.reason()).isEqualTo("the part declares a DTD (<!DOCTYPE); DTDs are refused (XXE)");
    }

    @Test
    void aDtdInThePackageRelationshipsIsRefused() {
        String rels = "<?xml version=\"1.0\"?><!DOCTYPE Relationships [<!ENTITY x \"y\">]><Relationships/>";
        FormReadException e = refusal(Docx.parts(Map.of("_rels/.rels", rels, "word/document.xml",
                Docx.document(p("x")))), "docx", WordLimits.defaults());
        assertThat(e.reason()).isEqualTo("the part declares a DTD (<!DOCTYPE); DTDs are refused (XXE)");
    }

    @Test
    void aDocumentPartThatInflatesFarBeyondItsSizeIsAZipBomb() {
        // 20 MiB of one letter in one cell: about 20 KiB deflated, a ratio of about 1,000
        String cell = "a".repeat(20 * 1024 * 1024);
        byte[] bomb = Docx.body(table(tr(tc(cell))));
        assertThat(bomb.length).isLessThan(100_000);
        FormReadException e = refusal(bomb, "docx", WordLimits.defaults());
        assertThat(e.location()).isEqualTo("word/document.xml");
        assertThat(e.reason()).isEqualTo("the part inflates more than 100 times its compressed size "
                + "(WordLimits.maxCompressionRatio): a zip bomb?");
    }

    @Test
    void aDocumentPartBeyondThePartLimitIsRefused() {
        byte[] docx = Documents.bytes(PUTUO + ".docx");
        FormReadException e = refusal(docx, "docx", WordLimits.defaults().withMaxPartBytes(1000));
        assertThat(e.reason()).isEqualTo("the part inflates to more than 1000 bytes (WordLimits.maxPartBytes): a zip "
                + "bomb?");
    }

    @Test
    void aPackageOfTooManyEntriesIsRefusedBeforeAnythingIsInflated() {
        FormReadException e = refusal(Documents.bytes(PUTUO + ".docx"), "docx", WordLimits.defaults().withMaxEntries(3));
        assertThat(e.reason()).isEqualTo("the package has more than 3 entries (WordLimits.maxEntries)");
    }

    @Test
    void tooManyCellsTablesOrNestingOrTooLongATextIsRefused() {
        byte[] putuo = Documents.bytes(PUTUO + ".docx");
        assertThat(refusal(putuo, "docx", WordLimits.defaults().withMaxCells(10)).reason())
                .isEqualTo("the document has more than 10 table cells (WordLimits.maxCells)");
        assertThat(refusal(Documents.bytes(PUTUO + ".doc"), "doc", WordLimits.defaults().withMaxCells(10)).reason())
                .isEqualTo("the document has more than 10 table cells (WordLimits.maxCells)");
        assertThat(refusal(Docx.body(table(tr(tc("a"))) + table(tr(tc("b")))), "docx",
                WordLimits.defaults().withMaxTables(1)).reason())
                .isEqualTo("the document has more than 1 tables (WordLimits.maxTables)");
        String nested = table(tr("<w:tc>" + table(tr("<w:tc>" + table(tr(tc("深"))) + p("") + "</w:tc>")) + p("")
                + "</w:tc>", tc("x")));
        assertThat(refusal(Docx.body(nested), "docx", WordLimits.defaults().withMaxNesting(2)).reason())
                .isEqualTo("tables are nested more than 2 deep (WordLimits.maxNesting)");
        assertThat(refusal(putuo, "docx", WordLimits.defaults().withMaxStringLength(10)).reason())
                .isEqualTo("a paragraph's text is longer than 10 characters (WordLimits.maxStringLength)");
    }

    @Test
    void aPasswordProtectedDocxIsRefused() throws IOException {
        // Word saves an encrypted .docx as an OLE2 file holding EncryptionInfo and EncryptedPackage
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertThat(refusal(out.toByteArray(), "docx", WordLimits.defaults()).reason())
                .isEqualTo("encrypted document: the file is a password-protected .docx; save it without a password");
    }

    @Test
    void aDocWhoseWordStreamIsGarbageIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(refusal(out.toByteArray(), "doc", WordLimits.defaults()).reason())
                .startsWith("the .doc is truncated or corrupt: ");
    }

    @Test
    void filesThatAreNoWordDocumentsAreRefused() {
        assertThat(reason(new byte[0])).isEqualTo("the file is empty");
        assertThat(reason("{\\rtf1\\ansi 项目支出绩效自评表}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("an RTF document, not a Word document: save it as .docx");
        assertThat(reason("<html><body><table></table></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a web page (HTML or MHT) saved with a Word extension, not a Word document: save it as .docx");
        assertThat(reason("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo("not a Word document: the file "
                + "starts with neither the zip signature of .docx nor the OLE2 signature of .doc");
        assertThat(reason(Docx.parts(Map.of("xl/workbook.xml", "<workbook/>")).clone()))
                .isEqualTo("the .docx package has no main document part (word/document.xml): is it a Word document?");
    }

    @Test
    void aPackageCutShortIsRefused() {
        byte[] docx = Documents.bytes(PUTUO + ".docx");
        assertThat(reason(Arrays.copyOf(docx, docx.length / 2))).isEqualTo("the file is not a readable .docx package "
                + "(truncated or corrupt zip: no central directory)");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        assertThat(refusal(Documents.bytes(PUTUO + ".doc"), "doc", WordLimits.defaults().withMaxFileBytes(1000))
                .reason()).isEqualTo("the file is larger than the limit of 1000 bytes (WordLimits.maxFileBytes)");
    }

    @Test
    void aDocNamedDocxAndADocxNamedDocAreReadAsWhatTheyAre() throws IOException {
        WordReading.Read doc = WordReading.grids(new ByteArrayInputStream(Documents.bytes(PUTUO + ".doc")), "x.docx",
                WordLimits.defaults(), "docx");
        WordReading.Read docx = WordReading.grids(new ByteArrayInputStream(Documents.bytes(PUTUO + ".docx")), "x.doc",
                WordLimits.defaults(), "doc");

        assertThat(doc.grids()).hasSize(1);
        assertThat(doc.findings()).extracting(f -> f.code()).containsExactly("READ_DOC_AS_DOCX");
        assertThat(docx.grids()).hasSize(1);
        assertThat(docx.findings()).extracting(f -> f.code()).containsExactly("READ_DOCX_AS_DOC");
    }

    private static String reason(byte[] bytes) {
        return refusal(bytes, "docx", WordLimits.defaults()).reason();
    }

    private static FormReadException refusal(byte[] bytes, String format, WordLimits limits) {
        return assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            if (format.equals("docx")) {
                DocxFormat.withLimits(limits).grids(in, "hostile.docx");
            } else {
                DocFormat.withLimits(limits).grids(in, "hostile.doc");
            }
        }).actual();
    }
}
