// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet seen as a grid of styled cells: writes text (always as text, never as a formula), numbers
 * with a format that shows their scale, and formulas; merges ranges; remembers how wide each column's
 * content is so the columns can be fitted at the end.
 *
 * <p>Styles come from {@link Styles}; fastexcel keeps one copy of each distinct style in the workbook, so
 * cells share styles however many there are. A cell's styles are noted as it is written and given to fastexcel
 * by {@link #applyStyles()}, once per rectangle of cells styled alike rather than once per cell: each of
 * fastexcel's style calls builds and hashes a font, a border and a style, which was a third of writing a form.
 */
final class Grid {

    /** Excel's own limit on a cell's text. */
    static final int MAX_TEXT = 32_767;

    private final Worksheet sheet;
    private final double[] minWidths;
    private final double[] maxWidths;
    private final double[] widths;
    /** The styles noted and not yet applied, per row: each column's chain of styles, null where none. */
    private final TreeMap<Integer, Styling[]> pending = new TreeMap<>();
    /** One instance of each distinct chain, so that chains compare by identity. */
    private final Map<Styling, Styling> chains = new HashMap<>();

    Grid(Worksheet sheet, double[] minWidths, double[] maxWidths) {
        this.sheet = sheet;
        this.minWidths = minWidths.clone();
        this.maxWidths = maxWidths.clone();
        this.widths = minWidths.clone();
    }

    Worksheet sheet() {
        return sheet;
    }

    /**
     * Writes text as a text cell. fastexcel stores it as a shared string, so text such as {@code =1+1},
     * {@code +86}, {@code -} or {@code @x} stays text and is never read as a formula. Characters XML cannot hold
     * are written with Excel's reversible escape ({@link OoxmlEscapes}), never dropped. Empty text leaves the cell
     * blank.
     */
    void text(int row, int col, String text, Styles.Kind kind) {
        value(row, col, text);
        style(row, col, row, col, kind, null);
    }

    /**
     * Writes text as an inline string: stored in the cell itself, not in the workbook's table of shared strings,
     * which fastexcel keeps in memory until the workbook is finished. For text that seldom repeats (a finding's
     * cell, its message) in sheets of many rows. Text all the same, never a formula.
     */
    void inlineText(int row, int col, String text, Styles.Kind kind) {
        checkLength(row, col, text);
        if (!text.isEmpty()) {
            sheet.inlineString(row, col, OoxmlEscapes.encode(text));
            fit(col, Grid.displayWidth(text));
        }
        style(row, col, row, col, kind, null);
    }

    private void checkLength(int row, int col, String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Text of " + text.length() + " characters at " + Grid.a1(row, col)
                    + " exceeds Excel's limit of " + MAX_TEXT);
        }
    }

    private void value(int row, int col, String text) {
        checkLength(row, col, text);
        if (!text.isEmpty()) {
            sheet.value(row, col, OoxmlEscapes.encode(text));
            fit(col, Grid.displayWidth(text));
        }
    }

    /**
     * Writes a cell comment, cut to Excel's limit on a cell with an ellipsis where it was cut, its characters
     * escaped as in a text cell.
     */
    void comment(int row, int col, String text) {
        sheet.comment(row, col, OoxmlEscapes.encode(clip(text)));
    }

    /** Text cut to Excel's limit on a cell, with an ellipsis where it was cut. */
    static String clip(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1;
        return text.substring(0, end) + "…";
    }

    /** Writes a number exactly as given, formatted to show its scale ({@code 303.50}, {@code 306.432444}). */
    void number(int row, int col, BigDecimal number, Styles.Kind kind) {
        sheet.value(row, col, number);
        fit(col, number.toPlainString().length() + 2);
        style(row, col, row, col, kind, Styles.decimal(Math.max(0, number.scale())));
    }

    /** Writes a number with the given number format, such as {@link Styles#PERCENT}. */
    void number(int row, int col, BigDecimal number, Styles.Kind kind, String format) {
        sheet.value(row, col, number);
        style(row, col, row, col, kind, format);
    }

    /** Writes a formula (without the leading {@code =}) with the given number format. */
    void formula(int row, int col, String formula, Styles.Kind kind, String format) {
        sheet.formula(row, col, formula);
        style(row, col, row, col, kind, format);
    }

    /** Styles an empty cell, so that the table's borders stay closed. */
    void blank(int row, int col, Styles.Kind kind) {
        style(row, col, row, col, kind, null);
    }

    /** Merges a range and styles every cell of it (borders of merged cells are drawn from each cell). */
    void merge(int top, int left, int bottom, int right, Styles.Kind kind) {
        if (top != bottom || left != right) {
            sheet.range(top, left, bottom, right).merge();
        }
        style(top, left, bottom, right, kind, null);
    }

    /** Writes text into a merged range. */
    void mergedText(int top, int left, int bottom, int right, String text, Styles.Kind kind) {
        value(top, left, text);
        merge(top, left, bottom, right, kind);
    }

    /** Sets a row's height to fit {@code lines} lines of text. */
    void lines(int row, int lines) {
        if (lines > 1) {
            sheet.rowHeight(row, Math.min(Worksheet.MAX_ROW_HEIGHT, 15.0 * lines));
        }
    }

    /** How many lines the text takes in a column range as wide as the given columns, wrapped. */
    int linesIn(String text, int left, int right) {
        double width = 0;
        for (int col = left; col <= right; col++) {
            width += maxWidths[col];
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(Grid.displayWidth(line) / Math.max(1, width - 1)));
        }
        return lines;
    }

    /** Prints the sheet landscape on A4, one page wide and as many pages long as it takes. */
    private void printOnePageWide() {
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    /**
     * Notes a style for every cell of a range: the kind, and the number format when not null. A cell styled twice
     * gets both, the second over the first, as fastexcel merges them.
     */
    private void style(int top, int left, int bottom, int right, Styles.Kind kind, String format) {
        for (int row = top; row <= bottom; row++) {
            Styling[] cells = pending.get(row);
            if (cells == null || cells.length <= right) {
                cells = cells == null ? new Styling[right + 1] : Arrays.copyOf(cells, right + 1);
                pending.put(row, cells);
            }
            for (int col = left; col <= right; col++) {
                Styling chain = new Styling(cells[col], kind, format);
                cells[col] = chains.computeIfAbsent(chain, c -> c);
            }
        }
    }

    /**
     * Gives fastexcel the styles noted so far: cells side by side with the same chain of styles make a run, and
     * runs with the same columns and chain in consecutive rows a rectangle, styled in one call per style.
     */
    void applyStyles() {
        List<Block> open = new ArrayList<>();
        for (Map.Entry<Integer, Styling[]> entry : pending.entrySet()) {
            int row = entry.getKey();
            Styling[] cells = entry.getValue();
            List<Block> next = new ArrayList<>();
            int col = 0;
            while (col < cells.length) {
                Styling chain = cells[col];
                int end = col;
                while (end + 1 < cells.length && cells[end + 1] == chain) {
                    end++;
                }
                if (chain != null) {
                    Block block = new Block(row, col, end, chain);
                    for (int i = 0; i < open.size(); i++) {
                        if (open.get(i).continuesAs(row, col, end, chain)) {
                            block = open.remove(i);
                            block.bottom = row;
                            break;
                        }
                    }
                    next.add(block);
                }
                col = end + 1;
            }
            open.forEach(this::apply);
            open = next;
        }
        open.forEach(this::apply);
        pending.clear();
    }

    private void apply(Block block) {
        block.chain.applyTo(sheet.range(block.top, block.left, block.bottom, block.right));
    }

    /** Applies the styles noted, fits the columns and sets the sheet to print one page wide: the sheet is done. */
    void finish() {
        applyStyles();
        fitColumns();
        printOnePageWide();
    }

    /** Sets every column to the width of its widest content, within its minimum and maximum. */
    private void fitColumns() {
        for (int col = 0; col < widths.length; col++) {
            sheet.width(col, Math.min(maxWidths[col], widths[col]));
        }
    }

    private void fit(int col, double width) {
        if (col < widths.length) {
            widths[col] = Math.max(widths[col], Math.max(minWidths[col], width));
        }
    }

    /**
     * The width of text in Excel's column units: a CJK or full-width character counts two, any other one.
     * For text with line breaks, the widest line.
     */
    static double displayWidth(String text) {
        double widest = 0;
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                widest = Math.max(widest, width);
                width = 0;
            } else {
                width += c >= 0x2E80 ? 2 : 1;
            }
        }
        return Math.max(widest, width) + 1;
    }

    /** The A1 reference of a cell, for example {@code D12} for row 11, column 3 (both 0-based). */
    static String a1(int row, int col) {
        return column(col) + (row + 1);
    }

    /** The letters of a column, 0-based: {@code A}, {@code Z}, {@code AA}. */
    static String column(int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** A rectangle of cells with the same chain of styles, growing downwards row by row. */
    private static final class Block {
        final int top;
        final int left;
        final int right;
        final Styling chain;
        int bottom;

        Block(int row, int left, int right, Styling chain) {
            this.top = row;
            this.bottom = row;
            this.left = left;
            this.right = right;
            this.chain = chain;
        }

        /** Whether the run of {@code row} from {@code left} to {@code right} extends this block downwards. */
        boolean continuesAs(int row, int left, int right, Styling chain) {
            return this.chain == chain && this.left == left && this.right == right && bottom == row - 1;
        }
    }

    /** The styles of a cell in the order given: a kind and, when not null, a number format, after the previous. */
    private record Styling(Styling previous, Styles.Kind kind, String format) {

        void applyTo(Range range) {
            if (previous != null) {
                previous.applyTo(range);
            }
            if (format == null) {
                kind.apply(range);
            } else {
                kind.applyFormat(range, format);
            }
        }
    }
}
