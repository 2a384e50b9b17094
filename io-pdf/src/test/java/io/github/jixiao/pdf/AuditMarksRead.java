// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The audit marks of a PDF read back (test scope, shared with the command line's tests through io-pdf's test-jar):
 * each square annotation with the text PDFBox finds inside its rectangle.
 */
public final class AuditMarksRead {

    /** A square annotation: its page, the text inside its rectangle, its contents, whether the page has its popup. */
    public record Mark(int page, String text, String contents, boolean hasPopup) {
    }

    private AuditMarksRead() {
    }

    /**
     * The square annotations of a PDF, page by page.
     *
     * @param pdf the PDF's bytes
     * @return the marks, in page and annotation order
     * @throws IOException if PDFBox cannot read the PDF
     */
    public static List<Mark> of(byte[] pdf) throws IOException {
        List<Mark> marks = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                PDPage page = document.getPage(p);
                PDRectangle crop = page.getCropBox();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationSquare square) {
                        PDRectangle r = square.getRectangle();
                        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                        stripper.setSortByPosition(true);
                        stripper.addRegion("cell", new Rectangle2D.Float(r.getLowerLeftX() - crop.getLowerLeftX(),
                                crop.getUpperRightY() - r.getUpperRightY(), r.getWidth(), r.getHeight()));
                        stripper.extractRegions(page);
                        boolean popup = square.getPopup() != null
                                && page.getAnnotations().stream().anyMatch(a -> a instanceof PDAnnotationPopup);
                        marks.add(new Mark(p, stripper.getTextForRegion("cell"), square.getContents(), popup));
                    }
                }
            }
        }
        return marks;
    }
}
