// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for a terminal, aligned by display width: CJK ideographs, kana, hangul and full-width
 * forms take two columns, combining marks and format characters none, everything else one (East Asian
 * ambiguous characters such as {@code ≥} or {@code ×} count as narrow, as in most terminals). Cells wider than
 * their column's limit are cut with {@code …}. Colour codes are applied after padding, so they never disturb
 * the alignment.
 *
 * <p>Instances are mutable and not thread-safe: build one table, print it, drop it.
 */
final class Table {

    /** How a column is aligned. */
    enum Align { LEFT, RIGHT }

    /** A column: its header, alignment and widest allowed width (in terminal columns). */
    record Column(String header, Align align, int maxWidth) {
        Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
        }
    }

    /** A cell: its text, control characters escaped ({@link Terminals#safe}), and the style it is printed in. */
    record Cell(String text, Style style) {
        Cell {
            text = Terminals.safe(Objects.requireNonNull(text, "text"));
            Objects.requireNonNull(style, "style");
        }
    }

    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row of plain cells. */
    Table row(String... cells) {
        List<Cell> row = new ArrayList<>(cells.length);
        for (String text : cells) {
            row.add(new Cell(text, Style.PLAIN));
        }
        return row(row);
    }

    /** Adds a row of styled cells; there must be one per column. */
    Table row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells; the table has "
                    + columns.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * Renders the table: a header, a rule, the rows; lines end with {@code \n} and carry no trailing blanks.
     *
     * @param colours the palette, {@link Colours#NONE} for plain text
     */
    String render(Colours colours) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            Column column = columns.get(c);
            int width = width(column.header());
            for (List<Cell> row : rows) {
                width = Math.max(width, width(row.get(c).text()));
            }
            widths[c] = Math.min(width, Math.max(column.maxWidth(), width(column.header())));
        }
        StringBuilder out = new StringBuilder();
        List<Cell> header = new ArrayList<>();
        for (Column column : columns) {
            header.add(new Cell(column.header(), Style.HEADER));
        }
        line(out, header, widths, colours);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : GAP).append("─".repeat(widths[c]));
        }
        out.append(colours.paint(Style.DIM, rule.toString())).append('\n');
        for (List<Cell> row : rows) {
            line(out, row, widths, colours);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<Cell> cells, int[] widths, Colours colours) {
        StringBuilder line = new StringBuilder();
        int pendingBlanks = 0;
        for (int c = 0; c < widths.length; c++) {
            Cell cell = cells.get(c);
            String text = fit(cell.text(), widths[c]);
            int padding = widths[c] - width(text);
            if (c > 0) {
                pendingBlanks += GAP.length();
            }
            if (columns.get(c).align() == Align.RIGHT) {
                pendingBlanks += padding;
                padding = 0;
            }
            if (!text.isEmpty()) {
                line.append(" ".repeat(pendingBlanks)).append(colours.paint(cell.style(), text));
                pendingBlanks = 0;
            }
            pendingBlanks += padding;
        }
        out.append(line).append('\n');
    }

    /**
     * The text cut to {@code width} columns, ending in {@code …} when cut; line breaks become spaces, other control
     * characters escapes ({@link Terminals#safe}).
     */
    static String fit(String text, int width) {
        String flat = Terminals.safe(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
        if (width(flat) <= width) {
            return flat;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            int w = width(cp);
            if (used + w > width - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return cut.append('…').toString();
    }

    /** The number of terminal columns the text takes. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += width(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The number of terminal columns one code point takes: 0, 1 or 2. */
    static int width(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return 0;
        }
        if (cp < 0x1100) {
            return isZeroWidth(cp) ? 0 : 1;
        }
        if (isWide(cp)) {
            return 2;
        }
        return isZeroWidth(cp) ? 0 : 1;
    }

    private static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B;
    }

    /** East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, grouped by block. */
    private static boolean isWide(int cp) {
        return cp <= 0x115F                                   // Hangul Jamo leading consonants
                || cp >= 0x2E80 && cp <= 0x303E               // CJK radicals, Kangxi, CJK symbols (。、「」)
                || cp >= 0x3041 && cp <= 0x33FF               // kana, bopomofo, hangul compatibility, CJK compatibility
                || cp >= 0x3400 && cp <= 0x4DBF               // CJK extension A
                || cp >= 0x4E00 && cp <= 0x9FFF               // CJK unified ideographs
                || cp >= 0xA000 && cp <= 0xA4CF               // Yi
                || cp >= 0xA960 && cp <= 0xA97F               // Hangul Jamo extended A
                || cp >= 0xAC00 && cp <= 0xD7A3               // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF               // CJK compatibility ideographs
                || cp >= 0xFE10 && cp <= 0xFE19               // vertical forms
                || cp >= 0xFE30 && cp <= 0xFE6F               // CJK compatibility forms, small forms
                || cp >= 0xFF00 && cp <= 0xFF60               // full-width ASCII (（），％：)
                || cp >= 0xFFE0 && cp <= 0xFFE6               // full-width signs (￥)
                || cp >= 0x1F300 && cp <= 0x1F64F             // pictographs, emoticons
                || cp >= 0x1F900 && cp <= 0x1F9FF             // supplemental pictographs
                || cp >= 0x20000 && cp <= 0x3FFFD;            // CJK extensions B and later
    }
}
