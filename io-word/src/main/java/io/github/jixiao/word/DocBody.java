// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * The body of a .doc (Word 97–2003 文档正文), read with POI HWPF: paragraphs and tables in order. A .doc table has
 * no column grid: each cell has a left edge and a width, so the columns are the distinct edges of all the table's
 * cells (within {@link #SAME_EDGE} twips) and a cell spans the columns between its edges. Vertically merged cells
 * (fVertMerge) and legacy horizontally merged cells (fMerged) are kept; fields keep their result, not their code; a
 * nested table's text stays in its cell, its cells separated by spaces.
 */
final class DocBody {

    /** Cell edges closer than this many twips (1/20 point) are one column edge. */
    private static final int SAME_EDGE = 20;

    private final String source;
    private final WordLimits limits;
    private int tables;
    private int cells;

    private DocBody(String source, WordLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Reads the body of a .doc.
     *
     * @param root the OLE2 root holding the WordDocument stream
     * @throws FormReadException if the document is encrypted, corrupt or beyond a limit
     */
    static List<Block> read(DirectoryNode root, String source, WordLimits limits) throws FormReadException {
        HWPFDocument document;
        try {
            document = new HWPFDocument(root);
        } catch (EncryptedDocumentException e) {
            throw new FormReadException(source, "", "encrypted document: the .doc is protected by a password; save it "
                    + "without one", e);
        } catch (IOException | RuntimeException e) {
            throw new FormReadException(source, "", "the .doc is truncated or corrupt: " + e.getMessage(), e);
        }
        try {
            return new DocBody(source, limits).body(document.getRange());
        } catch (FormReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FormReadException(source, "", "the .doc is truncated or corrupt: " + e.getMessage(), e);
        }
    }

    private List<Block> body(Range range) throws FormReadException {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                blocks.add(table(table));
                i += Math.max(1, table.numParagraphs()) - 1;
            } else {
                blocks.add(new Block.Paragraph(0, text(paragraph.text())));
            }
        }
        return blocks;
    }

    private Block.Table table(Table table) throws FormReadException {
        if (++tables > limits.maxTables()) {
            throw new FormReadException(source, "", "the document has more than " + limits.maxTables()
                    + " tables (WordLimits.maxTables)");
        }
        int[] edges = edges(table);
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<Block.Cell> out = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                if (++cells > limits.maxCells()) {
                    throw new FormReadException(source, "", "the document has more than " + limits.maxCells()
                            + " table cells (WordLimits.maxCells)");
                }
                TableCell cell = row.getCell(c);
                int first = column(edges, cell.getLeftEdge());
                int span = Math.max(1, column(edges, cell.getLeftEdge() + cell.getWidth()) - first);
                if (cell.isMerged() && !cell.isFirstMerged() && !out.isEmpty()) {
                    Block.Cell last = out.remove(out.size() - 1);
                    out.add(new Block.Cell(last.column(), first + span - last.column(), last.merge(), last.text()));
                    continue;
                }
                Block.Merge merge = cell.isFirstVerticallyMerged() ? Block.Merge.RESTART
                        : cell.isVerticallyMerged() ? Block.Merge.CONTINUE : Block.Merge.NONE;
                String text = text(cell.text());
                if (text.length() > limits.maxStringLength()) {
                    throw new FormReadException(source, "", "a cell's text is longer than " + limits.maxStringLength()
                            + " characters (WordLimits.maxStringLength)");
                }
                out.add(new Block.Cell(first, span, merge, text));
            }
            rows.add(out);
        }
        return new Block.Table(0, rows);
    }

    /** The distinct left and right edges of the table's cells, in twips, those within SAME_EDGE taken as one. */
    private static int[] edges(Table table) {
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        int[] sorted = all.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] edges = new int[sorted.length];
        int n = 0;
        for (int edge : sorted) {
            if (n == 0 || edge - edges[n - 1] > SAME_EDGE) {
                edges[n++] = edge;
            }
        }
        return Arrays.copyOf(edges, n);
    }

    /** The index of the edge nearest a position. */
    private static int column(int[] edges, int at) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - at) < Math.abs(edges[best] - at)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A paragraph's or cell's text as shown: field codes dropped (their results kept), paragraph marks and line
     * breaks as {@code \n}, cell marks of a nested table as spaces, object anchors dropped, blank lines at the ends
     * dropped.
     */
    static String text(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r' || ch == '\u000B') {
                sb.append('\n');
            } else if (ch == '\u0007') {
                sb.append(' ');
            } else if (ch >= ' ' || ch == '\t' || ch == '\n') {
                sb.append(ch);
            }
        }
        String shown = DocxBody.trimBlankLines(sb.toString());
        int end = shown.length();
        while (end > 0 && (shown.charAt(end - 1) == ' ' || shown.charAt(end - 1) == '\n')) {
            end--;
        }
        return shown.substring(0, end);
    }
}
