// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao io-pdf: reads forms from PDFs with a text layer (Apache PDFBox 3), rebuilding each table from its ruling
 * lines or text alignment into a grid for the layout recogniser, within documented limits
 * ({@link io.github.jixiao.pdf.PdfLimits}); draws audit findings on a copy of the PDF
 * ({@link io.github.jixiao.pdf.PdfAuditMarks}).
 */
module io.github.jixiao.pdf {
    requires transitive io.github.jixiao.layout;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.desktop;

    exports io.github.jixiao.pdf;

    provides io.github.jixiao.spi.FormFormat with io.github.jixiao.pdf.PdfFormat;
}
