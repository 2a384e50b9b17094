// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.finding.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * The audit drawn on the source (在原件上标注审核意见): a copy of a PDF with a red box — a PDF square annotation — around
 * each cell that a finding cites, carrying the finding's message in Chinese or English (shown in a pop-up note by
 * any PDF viewer, and printed as the box). The reviewer sees each problem where the unit printed it.
 *
 * <p>A finding's {@link Finding#origin() origin} names a cell the way this module's reader cites it
 * ({@code 表1!第3页 r5c2}); the PDF is read again to know where that cell was printed, so the findings must come from
 * reading this same PDF. A merged cell is boxed whole, on each page it lies on; several findings at one cell share
 * one box whose note lists them all. The original's pages and content are not changed; only annotations are added
 * (a PDF that was protected against editing only, with an empty user password, is written without that
 * protection).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PdfAuditMarks {

    private static final PDColor RED = new PDColor(new float[] {0.86f, 0.08f, 0.08f}, PDDeviceRGB.INSTANCE);
    private static final float BORDER = 1.5f;
    /** How far the box stands outside the cell, in points. */
    private static final float PAD = 1.0f;
    private static final float NOTE_WIDTH = 220;
    private static final float NOTE_HEIGHT = 90;

    private PdfAuditMarks() {
    }

    /**
     * Writes a copy of a PDF with each finding's cell boxed, within the default limits.
     *
     * @param originalPdf the PDF the findings were read from, not null
     * @param findings the findings, not null
     * @param language the language of the messages, not null
     * @param out where the copy is written, flushed but not closed, not null
     * @return the findings that cite no cell of this PDF (no origin, or another document's), never null
     * @throws io.github.jixiao.spi.FormReadException if the PDF cannot be read or breaks a limit
     * @throws IOException if the copy cannot be written
     */
    public static List<Finding> write(byte[] originalPdf, List<Finding> findings, Language language, OutputStream out)
            throws IOException {
        return write(originalPdf, findings, language, PdfLimits.defaults(), out);
    }

    /**
     * Writes a copy of a PDF with each finding's cell boxed.
     *
     * @param originalPdf the PDF the findings were read from, not null
     * @param findings the findings, not null
     * @param language the language of the messages, not null
     * @param limits the limits the PDF is read within, not null
     * @param out where the copy is written, flushed but not closed, not null
     * @return the findings that cite no cell of this PDF, never null
     * @throws io.github.jixiao.spi.FormReadException if the PDF cannot be read or breaks a limit
     * @throws IOException if the copy cannot be written
     */
    public static List<Finding> write(byte[] originalPdf, List<Finding> findings, Language language, PdfLimits limits,
            OutputStream out) throws IOException {
        Objects.requireNonNull(originalPdf, "originalPdf");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(out, "out");
        PDDocument document = PdfReading.open(originalPdf, limits, "");
        try {
            Map<String, Cell> cells = cells(PdfReading.tables(document, limits, ""));
            Map<Cell, List<Finding>> marked = new LinkedHashMap<>();
            List<Finding> unplaced = new ArrayList<>();
            for (Finding finding : findings) {
                Cell cell = finding.origin().map(o -> cells.get(key(o.part(), o.place()))).orElse(null);
                if (cell == null) {
                    unplaced.add(finding);
                } else {
                    marked.computeIfAbsent(cell, c -> new ArrayList<>()).add(finding);
                }
            }
            int number = 0;
            for (Map.Entry<Cell, List<Finding>> entry : marked.entrySet()) {
                for (PdfTable.Box box : entry.getKey().table().boxes(entry.getKey().row(), entry.getKey().column())) {
                    mark(document, box, entry.getValue(), language, ++number);
                }
            }
            document.setAllSecurityToBeRemoved(true);
            document.save(out);
            out.flush();
            return List.copyOf(unplaced);
        } finally {
            PdfReading.close(document);
        }
    }

    /** A cell of a table of the PDF. */
    private record Cell(PdfTable table, int row, int column) {
    }

    /** Every cell of the tables by its table's name and its address. */
    private static Map<String, Cell> cells(List<PdfTable> tables) {
        Map<String, Cell> cells = new HashMap<>();
        for (PdfTable table : tables) {
            for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < table.columns(); c++) {
                    cells.put(key(table.grid().name(), table.grid().address(r, c)), new Cell(table, r, c));
                }
            }
        }
        return cells;
    }

    private static String key(String part, String place) {
        return part + '\u0000' + place;
    }

    /** A red box around a cell's box on its page, with a note of the findings. */
    private static void mark(PDDocument document, PdfTable.Box box, List<Finding> findings, Language language,
            int number) throws IOException {
        PDPage page = document.getPage(box.page());
        PDRectangle crop = page.getCropBox();
        float left = crop.getLowerLeftX() + (float) box.left() - PAD;
        float right = crop.getLowerLeftX() + (float) box.right() + PAD;
        float top = crop.getUpperRightY() - (float) box.top() + PAD;
        float bottom = crop.getUpperRightY() - (float) box.bottom() - PAD;
        PDAnnotationSquare square = new PDAnnotationSquare();
        square.setRectangle(new PDRectangle(left, bottom, right - left, top - bottom));
        square.setColor(RED);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(BORDER);
        square.setBorderStyle(border);
        square.setContents(message(findings, language));
        square.setSubject(String.join(" ", findings.stream().map(Finding::code).distinct().toList()));
        square.setTitlePopup("jixiao");
        square.setAnnotationName("jixiao-" + number);
        square.setPrinted(true);
        square.constructAppearances(document);

        PDAnnotationPopup popup = new PDAnnotationPopup();
        float noteLeft = Math.min(right, crop.getUpperRightX() - NOTE_WIDTH);
        float noteBottom = Math.max(crop.getLowerLeftY(), top - NOTE_HEIGHT);
        popup.setRectangle(new PDRectangle(noteLeft, noteBottom, NOTE_WIDTH, NOTE_HEIGHT));
        popup.setOpen(false);
        popup.setParent(square);
        square.setPopup(popup);
        page.getAnnotations().add(square);
        page.getAnnotations().add(popup);
    }

    /** The findings' messages, one a line, each led by its severity and code. */
    static String message(List<Finding> findings, Language language) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : findings) {
            lines.add("[" + severity(finding.severity(), language) + " " + finding.code() + "] "
                    + finding.message(language));
        }
        return String.join("\n", lines);
    }

    private static String severity(Severity severity, Language language) {
        if (language == Language.ENGLISH) {
            return severity.name();
        }
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
