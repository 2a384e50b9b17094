// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of a .docx (Office Open XML 文档正文), streamed from its main document part with StAX over a guarded zip
 * read ({@link ZipPart}): paragraphs and tables in order. A table's cells keep their grid column (after
 * {@code w:gridBefore}), {@code w:gridSpan}, {@code w:vMerge} and legacy {@code w:hMerge}; a cell's paragraphs are
 * joined with {@code \n}, {@code w:br} and {@code w:cr} are {@code \n}, {@code w:tab} is a tab; deleted text, field
 * instructions and the fallback copy of alternate content are left out. A table nested in a cell is flattened into
 * the cell's text; a table of one cell that only frames nested tables is replaced by what it holds. Content controls
 * and custom XML around paragraphs, rows and cells are read through. A DTD anywhere is refused (XXE).
 */
final class DocxBody {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String DEFAULT_MAIN = "word/document.xml";

    private final String source;
    private final WordLimits limits;
    private final String part;
    private int tables;
    private int cells;

    private DocxBody(String source, WordLimits limits, String part) {
        this.source = source;
        this.limits = limits;
        this.part = part;
    }

    /**
     * A StAX factory of the JDK's own parser (never one found on the class path, whose DTD handling may differ),
     * with DTDs and external entities off; one per read, as factories are not promised to be thread-safe.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * Reads the body of a .docx package.
     *
     * @throws FormReadException if the package or its XML is corrupt, hostile or beyond a limit
     */
    static List<Block> read(byte[] bytes, String source, WordLimits limits) throws FormReadException {
        ZipPart zip = ZipPart.open(bytes, source, limits);
        XMLInputFactory xml = factory();
        String main = mainPart(zip, source, xml);
        InputStream in = zip.read(main).orElseThrow(() -> new FormReadException(source, "",
                "the .docx package has no main document part (" + main + "): is it a Word document?"));
        return new DocxBody(source, limits, main).parse(in, xml);
    }

    /** The main document part named by the package relationships, {@code word/document.xml} by default. */
    private static String mainPart(ZipPart zip, String source, XMLInputFactory xml) throws FormReadException {
        InputStream rels = zip.read("_rels/.rels").orElse(null);
        if (rels == null) {
            return DEFAULT_MAIN;
        }
        String main = DEFAULT_MAIN;
        XMLStreamReader r = null;
        try {
            r = xml.createXMLStreamReader(rels);
            while (r.hasNext()) {
                int event = r.next();
                refuseDtd(event, source, "_rels/.rels");
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String type = r.getAttributeValue(null, "Type");
                    String target = r.getAttributeValue(null, "Target");
                    if (type != null && target != null && type.endsWith("/officeDocument")) {
                        main = target.startsWith("/") ? target.substring(1) : target;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(source, "_rels/.rels", e);
        } finally {
            close(r);
        }
        return main;
    }

    private List<Block> parse(InputStream in, XMLInputFactory xml) throws FormReadException {
        XMLStreamReader r = null;
        try {
            r = xml.createXMLStreamReader(in);
            List<Block> blocks = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                refuseDtd(event, source, part);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (isW(r, "p")) {
                    blocks.add(new Block.Paragraph(0, paragraph(r)));
                } else if (isW(r, "tbl")) {
                    blocks.addAll(unwrap(table(r, 1)));
                } else if (isMc(r, "Fallback")) {
                    skip(r);
                }
            }
            return blocks;
        } catch (XMLStreamException e) {
            throw malformed(source, part, e);
        } finally {
            close(r);
        }
    }

    /** A table of one cell that frames nested tables is replaced by what its cell holds. */
    private static List<Block> unwrap(Parsed table) {
        if (table.rows.size() == 1 && table.rows.get(0).size() == 1 && !table.contents.get(0).get(0).stream()
                .filter(b -> b instanceof Block.Table).toList().isEmpty()) {
            return table.contents.get(0).get(0);
        }
        return List.of(new Block.Table(0, table.rows));
    }

    /** A table being read: its rows of cells, and each cell's content (paragraphs and nested tables). */
    private static final class Parsed {
        final List<List<Block.Cell>> rows = new ArrayList<>();
        final List<List<List<Block>>> contents = new ArrayList<>();
    }

    /** Reads the element at hand to its end; returns false when it only looked at its start. */
    @FunctionalInterface
    private interface Element {
        boolean read(XMLStreamReader r) throws XMLStreamException, FormReadException;
    }

    /**
     * Walks the current element to its end: each element that starts inside it is offered to {@code element}, and
     * one it does not read to its end is walked into, so wrappers (content controls, runs, custom XML) are read
     * through.
     */
    private void within(XMLStreamReader r, Element element) throws XMLStreamException, FormReadException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            refuseDtd(event, source, part);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT && !element.read(r)) {
                depth++;
            }
        }
    }

    /** Skips the current element to its end. */
    private boolean skip(XMLStreamReader r) throws XMLStreamException, FormReadException {
        within(r, e -> false);
        return true;
    }

    /** The text of a paragraph, read to its end. */
    private String paragraph(XMLStreamReader r) throws XMLStreamException, FormReadException {
        StringBuilder sb = new StringBuilder();
        within(r, e -> {
            boolean read = true;
            if (isW(e, "t")) {
                sb.append(e.getElementText());
            } else if (isW(e, "p")) {
                // a paragraph in a text box inside this one
                String inner = paragraph(e);
                sb.append(sb.length() > 0 ? "\n" : "").append(inner);
            } else if (isW(e, "tbl")) {
                String inner = flatten(table(e, 2));
                sb.append(sb.length() > 0 ? "\n" : "").append(inner);
            } else if (isW(e, "delText") || isW(e, "instrText") || isMc(e, "Fallback")) {
                skip(e);
            } else {
                sb.append(character(e));
                read = false;
            }
            checkLength(sb);
            return read;
        });
        return sb.toString();
    }

    /** What an empty run element shows: a tab, a line break, a hyphen; nothing for any other. */
    private static String character(XMLStreamReader r) {
        if (isW(r, "tab")) {
            return "\t";
        }
        if (isW(r, "br")) {
            String type = r.getAttributeValue(W, "type");
            return type == null || type.equals("textWrapping") ? "\n" : "";
        }
        if (isW(r, "cr")) {
            return "\n";
        }
        return isW(r, "noBreakHyphen") ? "-" : "";
    }

    /** A table, read to its end. */
    private Parsed table(XMLStreamReader r, int nesting) throws XMLStreamException, FormReadException {
        if (nesting > limits.maxNesting()) {
            throw new FormReadException(source, part, "tables are nested more than " + limits.maxNesting()
                    + " deep (WordLimits.maxNesting)");
        }
        if (++tables > limits.maxTables()) {
            throw new FormReadException(source, part, "the document has more than " + limits.maxTables()
                    + " tables (WordLimits.maxTables)");
        }
        Parsed table = new Parsed();
        within(r, e -> {
            if (isW(e, "tr")) {
                row(e, nesting, table);
                return true;
            }
            return (isW(e, "tblPr") || isW(e, "tblGrid") || isMc(e, "Fallback")) && skip(e);
        });
        return table;
    }

    /** A row, read to its end, added to the table. */
    private void row(XMLStreamReader r, int nesting, Parsed table) throws XMLStreamException, FormReadException {
        List<Block.Cell> row = new ArrayList<>();
        List<List<Block>> contents = new ArrayList<>();
        int[] column = {0};
        within(r, e -> {
            if (isW(e, "gridBefore")) {
                column[0] += number(e.getAttributeValue(W, "val"), 0);
                return false;
            }
            if (isW(e, "tc")) {
                List<Block> content = new ArrayList<>();
                Block.Cell cell = cell(e, column[0], nesting, content);
                if (cell == null && !row.isEmpty()) {
                    // a legacy hMerge continuation widens the cell before it
                    Block.Cell last = row.get(row.size() - 1);
                    row.set(row.size() - 1, new Block.Cell(last.column(), last.span() + 1, last.merge(), last.text()));
                    column[0]++;
                } else if (cell != null) {
                    row.add(cell);
                    contents.add(content);
                    column[0] += cell.span();
                }
                return true;
            }
            return (isW(e, "tblPrEx") || isMc(e, "Fallback")) && skip(e);
        });
        table.rows.add(row);
        table.contents.add(contents);
    }

    /** A cell, read to its end; null for a legacy {@code w:hMerge} continuation. */
    private Block.Cell cell(XMLStreamReader r, int column, int nesting, List<Block> content)
            throws XMLStreamException, FormReadException {
        if (++cells > limits.maxCells()) {
            throw new FormReadException(source, part, "the document has more than " + limits.maxCells()
                    + " table cells (WordLimits.maxCells)");
        }
        int[] span = {1};
        Block.Merge[] merge = {Block.Merge.NONE};
        boolean[] hContinue = {false};
        List<String> texts = new ArrayList<>();
        within(r, e -> {
            if (isW(e, "gridSpan")) {
                span[0] = Math.max(1, number(e.getAttributeValue(W, "val"), 1));
            } else if (isW(e, "vMerge")) {
                merge[0] = "restart".equals(e.getAttributeValue(W, "val")) ? Block.Merge.RESTART : Block.Merge.CONTINUE;
            } else if (isW(e, "hMerge")) {
                hContinue[0] = !"restart".equals(e.getAttributeValue(W, "val"));
            } else if (isW(e, "p")) {
                String text = paragraph(e);
                texts.add(text);
                content.add(new Block.Paragraph(0, text));
                return true;
            } else if (isW(e, "tbl")) {
                Parsed nested = table(e, nesting + 1);
                texts.add(flatten(nested));
                content.add(new Block.Table(0, nested.rows));
                return true;
            } else if (isMc(e, "Fallback")) {
                return skip(e);
            }
            return false;
        });
        String text = trimBlankLines(String.join("\n", texts));
        if (text.length() > limits.maxStringLength()) {
            throw new FormReadException(source, part, "a cell's text is longer than " + limits.maxStringLength()
                    + " characters (WordLimits.maxStringLength)");
        }
        return hContinue[0] ? null : new Block.Cell(column, span[0], merge[0], text);
    }

    /** A nested table's text: its rows on lines, a row's non-blank cells separated by a space. */
    static String flatten(Parsed table) {
        List<String> lines = new ArrayList<>();
        for (List<Block.Cell> row : table.rows) {
            List<String> texts = row.stream().filter(c -> c.merge() != Block.Merge.CONTINUE)
                    .map(Block.Cell::text).filter(t -> !t.isBlank()).toList();
            if (!texts.isEmpty()) {
                lines.add(String.join(" ", texts));
            }
        }
        return String.join("\n", lines);
    }

    /** A text without blank lines at its start and end. */
    static String trimBlankLines(String text) {
        int from = 0;
        int to = text.length();
        while (from < to) {
            int end = text.indexOf('\n', from);
            if (end < 0 || !text.substring(from, end).isBlank()) {
                break;
            }
            from = end + 1;
        }
        while (to > from) {
            int start = text.lastIndexOf('\n', to - 1);
            if (start < from || !text.substring(start + 1, to).isBlank()) {
                break;
            }
            to = start;
        }
        return text.substring(from, to);
    }

    private void checkLength(StringBuilder sb) throws FormReadException {
        if (sb.length() > limits.maxStringLength()) {
            throw new FormReadException(source, part, "a paragraph's text is longer than " + limits.maxStringLength()
                    + " characters (WordLimits.maxStringLength)");
        }
    }

    private static int number(String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Math.min(Integer.parseInt(value.trim()), 1000);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static boolean isW(XMLStreamReader r, String name) {
        return name.equals(r.getLocalName()) && W.equals(r.getNamespaceURI());
    }

    private static boolean isMc(XMLStreamReader r, String name) {
        return name.equals(r.getLocalName()) && MC.equals(r.getNamespaceURI());
    }

    private static void refuseDtd(int event, String source, String part) throws FormReadException {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new FormReadException(source, part, "the part declares a DTD (<!DOCTYPE); DTDs are refused (XXE)");
        }
    }

    /** The exception for XML that cannot be read: a limit the part's stream broke, or malformed XML. */
    private static FormReadException malformed(String source, String part, XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e;
        if (cause instanceof FormReadException) {
            return (FormReadException) cause;
        }
        String message = cause instanceof IOException ? "the .docx package is truncated or corrupt: " + cause.getMessage()
                : "the part is not well-formed XML: " + e.getMessage();
        return new FormReadException(source, part, message, e);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // the stream is in memory; nothing to release
            }
        }
    }
}
