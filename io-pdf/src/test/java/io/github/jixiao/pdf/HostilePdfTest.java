// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.spi.FormReadException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * PDFs that are no form documents or are hostile: each is refused with one clear line, within the limits, never
 * with an OutOfMemoryError or a hang. The hostile files are made here with PDFBox, small (a bomb is a few KiB that
 * inflate to many MiB).
 */
class HostilePdfTest {

    private static final String PUTUO = "04_putuo-tiyu-jiesuan.pdf";

    @Test
    void aScannedPdfHasNoTextLayer() throws IOException {
        byte[] scanned = document(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(200, 100,
                    BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 500, 400, 200);
            }
        });
        assertRefused(scanned, "no text layer: scanned PDF, OCR is not supported");
    }

    @Test
    void aPdfOfBlankPagesShowsNoText() throws IOException {
        assertRefused(document(doc -> doc.addPage(new PDPage())), "no text: the PDF shows no text at all");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() throws IOException {
        assertRefused(protect(Documents.bytes(PUTUO), "secret"),
                "encrypted PDF: it opens only with a password; save or print it without one");
    }

    @Test
    void aPdfProtectedOnlyAgainstEditingIsRead() throws IOException {
        byte[] protectedPdf = protect(Documents.bytes(PUTUO), "");

        assertThat(grids(protectedPdf, PdfLimits.defaults())).isEqualTo(grids(Documents.bytes(PUTUO),
                PdfLimits.defaults()));
    }

    @Test
    void moreThanTheDefaultPageLimitIsRefused() throws IOException {
        byte[] pages = document(doc -> {
            for (int i = 0; i <= PdfLimits.defaults().maxPages(); i++) {
                doc.addPage(new PDPage());
            }
        });
        assertRefused(pages, "the PDF has 2001 pages, more than the limit of 2000 (PdfLimits.maxPages)");
    }

    @Test
    void aContentStreamThatInflatesBeyondTheLimitIsRefused() throws IOException {
        // 20 MiB of a text-drawing operator repeated, deflated to a few KiB
        byte[] operator = "BT ET\n".getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[20 * 1024 * 1024];
        for (int i = 0; i < content.length; i++) {
            content[i] = operator[i % operator.length];
        }
        byte[] bomb = document(doc -> {
            PDPage page = new PDPage();
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE));
            doc.addPage(page);
        });
        assertThat(bomb.length).isLessThan(200_000);
        FormReadException e = refusal(bomb, PdfLimits.defaults());
        assertThat(e.location()).isEqualTo("第1页");
        assertThat(e.reason()).isEqualTo("the page's content inflates to more than 16777216 bytes "
                + "(PdfLimits.maxPageContentBytes): a decompression bomb?");
    }

    @Test
    void anEmbeddedFontThatInflatesBeyondTheLimitIsRefusedBeforePdfBoxLoadsIt() throws IOException {
        byte[] bomb = document(doc -> {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setItem(COSName.FONT_FILE2, new PDStream(doc, new ByteArrayInputStream(new byte[20 << 20]),
                    COSName.FLATE_DECODE).getCOSObject());
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "Bomb");
            font.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(
                    "BT /F1 12 Tf 72 700 Td (a) Tj ET".getBytes(StandardCharsets.US_ASCII))));
        });
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(refusal(bomb, PdfLimits.defaults()).reason()).isEqualTo("the page's content inflates to more than "
                + "16777216 bytes (PdfLimits.maxPageContentBytes): a decompression bomb?");
    }

    @Test
    void formXObjectsNestedTooDeepAreRefused() throws IOException {
        byte[] nested = document(doc -> {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFormXObject inner = null;
            for (int depth = 0; depth < 20; depth++) {
                PDFormXObject form = new PDFormXObject(doc);
                form.setBBox(new PDRectangle(100, 100));
                PDResources resources = new PDResources();
                form.setResources(resources);
                try (var out = form.getContentStream().createOutputStream()) {
                    if (inner != null) {
                        COSName name = resources.add(inner);
                        out.write(("/" + name.getName() + " Do\n").getBytes(StandardCharsets.US_ASCII));
                    }
                }
                inner = form;
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(inner);
            }
        });
        FormReadException e = refusal(nested, PdfLimits.defaults());
        assertThat(e.reason()).isEqualTo("form XObjects are nested more than 12 deep (PdfLimits.maxFormDepth)");
    }

    @Test
    void objectsNestedAHundredThousandDeepLeaveAPageUnreadNotAStackOverflow() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + deep + " >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        // PDFBox stops at a depth of 500 and leaves the page unread
        assertRefused(pdf.getBytes(StandardCharsets.US_ASCII), "no text: the PDF shows no text at all");
    }

    @Test
    void aPageOfMoreGlyphsThanTheLimitIsRefused() {
        FormReadException e = refusal(Documents.bytes(PUTUO), PdfLimits.defaults().withMaxGlyphsPerPage(100));
        assertThat(e.location()).isEqualTo("第1页");
        assertThat(e.reason()).isEqualTo("the page shows more than 100 glyphs (PdfLimits.maxGlyphsPerPage)");
    }

    @Test
    void aPageOfMoreLineSegmentsThanTheLimitIsRefused() {
        FormReadException e = refusal(Documents.bytes(PUTUO), PdfLimits.defaults().withMaxSegmentsPerPage(10));
        assertThat(e.reason()).isEqualTo("the page draws more than 10 line segments (PdfLimits.maxSegmentsPerPage)");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        FormReadException e = refusal(Documents.bytes(PUTUO), PdfLimits.defaults().withMaxFileBytes(1000));
        assertThat(e.reason()).isEqualTo("the file is larger than the limit of 1000 bytes (PdfLimits.maxFileBytes)");
    }

    @Test
    void filesThatAreNoPdfAreRefused() {
        assertRefused(new byte[0], "the file is empty");
        assertRefused("PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1),
                "not a PDF: the file does not begin with %PDF-");
    }

    @Test
    void aPdfCutShortIsRefusedWhenItsStructureIsLost() {
        byte[] cut = Arrays.copyOf(Documents.bytes(PUTUO), 2_000);
        assertRefused(cut, "the PDF is truncated or corrupt: Missing root object specification in trailer.");
    }

    @Test
    void aPdfMissingOnlyItsLastBytesIsReadAsFarAsItGoes() throws IOException {
        byte[] whole = Documents.bytes(PUTUO);
        byte[] cut = Arrays.copyOf(whole, whole.length - 100);
        assertThat(grids(cut, PdfLimits.defaults())).isEqualTo(grids(whole, PdfLimits.defaults()));
    }

    private static void assertRefused(byte[] pdf, String reason) {
        assertThat(refusal(pdf, PdfLimits.defaults()).reason()).isEqualTo(reason);
    }

    private static FormReadException refusal(byte[] pdf, PdfLimits limits) {
        return assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> grids(pdf, limits)).actual();
    }

    private static List<List<List<String>>> grids(byte[] pdf, PdfLimits limits) throws IOException {
        return PdfFormat.withLimits(limits).grids(new ByteArrayInputStream(pdf), "hostile.pdf").stream()
                .map(g -> g.rows().stream().map(r -> r.cells().stream().map(c -> c.text()).toList()).toList())
                .toList();
    }

    private static byte[] protect(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Something that builds a document's pages. */
    private interface Pages {
        void add(PDDocument doc) throws IOException;
    }

    private static byte[] document(Pages pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            pages.add(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
