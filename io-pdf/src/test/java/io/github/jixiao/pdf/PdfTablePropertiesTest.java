// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.word.RandomTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Any ruled table, with any merged cells, drawn on a PDF page reads back as a grid of the same cells and merges:
 * a merged cell is exactly a missing inner rule.
 */
class PdfTablePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final float LEFT = 40;
    private static final float TOP = 60;
    private static final float WIDTH = 70;
    private static final float HEIGHT = 18;

    @Test
    void aRuledTableReadsBackWithItsCellsAndMerges() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomTables.Table table = RandomTables.of(seed);
            Grid grid = grid(draw(table));
            assertThat(RandomTables.texts(grid)).containsExactlyElementsOf(table.texts());
            assertThat(grid.merges()).containsExactlyInAnyOrderElementsOf(table.merges());
        });
    }

    /** The table drawn as a printer draws it: each cell's four borders stroked, its text at its left. */
    private static byte[] draw(RandomTables.Table table) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setLineWidth(0.5f);
                for (RandomTables.Cell cell : table.cells()) {
                    CellRange r = cell.range();
                    float x = LEFT + r.firstColumn() * WIDTH;
                    float top = height - TOP - r.firstRow() * HEIGHT;
                    float w = (r.lastColumn() - r.firstColumn() + 1) * WIDTH;
                    float h = (r.lastRow() - r.firstRow() + 1) * HEIGHT;
                    content.addRect(x, top - h, w, h);
                    content.stroke();
                    if (!cell.text().isEmpty()) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                        content.newLineAtOffset(x + 3, top - h / 2 - 3);
                        content.showText(cell.text());
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Grid grid(byte[] pdf) {
        try {
            return new PdfFormat().grids(new ByteArrayInputStream(pdf), "t.pdf").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
