// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into text (文字行): glyphs on one baseline make a line, read left to right, with a space where the gap
 * between two glyphs is wider than a quarter of the font size; the lines of one cell are joined into the cell's
 * text, a line that was wrapped by the cell's width without a break (the next line's first word would not have fit
 * on it) joined to the next, a line that ends short of the edge followed by a line break ({@code \n}).
 */
final class TextLines {

    /** A gap wider than this many font sizes ends a run of text: outside ruled cells, the text of one cell. */
    private static final double RUN_GAP = 1.0;
    /** A gap wider than this many font sizes between two glyphs of a line is a space. */
    private static final double SPACE = 0.25;
    /** Glyphs whose baselines differ by less than this many font sizes stand on one line. */
    private static final double SAME_LINE = 0.4;
    /** How much narrower than its cell a wrapped line may stay (points): cells keep a small margin. */
    private static final double MARGIN = 4.0;

    /** Opening brackets and quotes: a line may not end with one. */
    private static final String OPENING = "(（《“‘[【〔";

    private TextLines() {
    }

    /** A line of glyphs, left to right, and its box. */
    record Line(List<Glyph> glyphs, double left, double right, double top, double bottom, double size) {

        /** The line's text, with spaces where the glyphs leave a gap. */
        String text() {
            StringBuilder sb = new StringBuilder();
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if (previous != null && !previous.isSpace() && !glyph.isSpace()
                        && glyph.left() - previous.right() > SPACE * Math.min(glyph.size(), previous.size())) {
                    sb.append(' ');
                }
                sb.append(glyph.text());
                previous = glyph;
            }
            return sb.toString();
        }

        /** The width of the line's first word: a run of Latin letters, digits and their punctuation, or one CJK character. */
        double firstWordWidth() {
            // an opening bracket never ends a line: it wraps with the word after it
            int from = OPENING.contains(glyphs.get(0).text()) && glyphs.size() > 1 ? 1 : 0;
            Glyph first = glyphs.get(from);
            double right = first.right();
            if (isWordCharacter(first.text())) {
                for (Glyph glyph : glyphs.subList(from, glyphs.size())) {
                    if (!isWordCharacter(glyph.text()) || glyph.left() - right > SPACE * glyph.size()) {
                        break;
                    }
                    right = glyph.right();
                }
            }
            return right - glyphs.get(0).left();
        }

        /**
         * The line cut where a gap is wider than a font size: the texts of the cells of a table without rules, or
         * of a line of label and value (单位名称 保山市退役军人事务局).
         */
        List<Line> runs() {
            return runs(RUN_GAP);
        }

        /** The line cut where a gap is wider than {@code gap} font sizes. */
        List<Line> runs(double gap) {
            List<Line> runs = new ArrayList<>();
            List<Glyph> run = new ArrayList<>();
            for (Glyph glyph : glyphs) {
                if (!run.isEmpty() && glyph.left() - run.get(run.size() - 1).right() > gap * glyph.size()) {
                    if (run.stream().anyMatch(g -> !g.isSpace())) {
                        runs.add(line(run));
                    }
                    run = new ArrayList<>();
                }
                run.add(glyph);
            }
            if (!run.isEmpty() && run.stream().anyMatch(g -> !g.isSpace())) {
                runs.add(line(run));
            }
            return runs;
        }

        /** Whether the line holds a space between words. */
        boolean hasSpace() {
            return text().trim().indexOf(' ') >= 0;
        }
    }

    /**
     * The glyphs in lines, top to bottom, each left to right; a glyph printed twice over itself (a bold effect)
     * counts once.
     *
     * @param glyphs the glyphs, in any order
     * @return the lines, never null
     */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && Math.abs(glyph.baseline() - baseline) > SAME_LINE * glyph.size()) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = glyph.baseline();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::left));
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double size = 0;
        for (Glyph glyph : glyphs) {
            if (!kept.isEmpty()) {
                Glyph last = kept.get(kept.size() - 1);
                if (last.text().equals(glyph.text()) && Math.abs(last.left() - glyph.left()) < 0.2 * glyph.size()) {
                    continue;
                }
            }
            kept.add(glyph);
            left = Math.min(left, glyph.left());
            right = Math.max(right, glyph.right());
            top = Math.min(top, glyph.top());
            bottom = Math.max(bottom, glyph.bottom());
            size = Math.max(size, glyph.size());
        }
        // spaces at either end show nothing
        int from = 0;
        int to = kept.size();
        while (from < to && kept.get(from).isSpace()) {
            from++;
        }
        while (to > from && kept.get(to - 1).isSpace()) {
            to--;
        }
        List<Glyph> shown = from < to ? kept.subList(from, to) : kept;
        return new Line(List.copyOf(shown), shown.get(0).left(), shown.get(shown.size() - 1).right(), top, bottom,
                size);
    }

    /**
     * The text of a cell: its lines, a wrapped line joined to the next (with a space between two words of a script
     * that separates words, with nothing otherwise), any other line ended by {@code \n}.
     *
     * @param lines the cell's lines, top to bottom
     * @param width the cell's width
     * @return the text, never null
     */
    static String cellText(List<Line> lines, double width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            sb.append(line.text());
            if (i + 1 < lines.size()) {
                Line next = lines.get(i + 1);
                if (!wraps(line, next, width)) {
                    sb.append('\n');
                } else if (line.hasSpace() && (isWordCharacter(last(line.text()))
                        && isWordCharacter(next.text().substring(0, 1)) || ",;:!?".contains(last(line.text())))) {
                    // the wrap took the place of a space: between two words, or after a comma in text that
                    // writes ", "
                    sb.append(' ');
                }
            }
        }
        return sb.toString();
    }

    /**
     * Whether a line was wrapped into the next by the width it had: the next line's first word would not have fit
     * after it.
     *
     * @param line a line
     * @param next the line below it
     * @param width the width the line had, from its cell's left edge
     * @return true if wrapped, false if the text breaks the line there
     */
    static boolean wraps(Line line, Line next, double width) {
        return line.right() - line.left() + SPACE * line.size() + next.firstWordWidth() > width - MARGIN;
    }

    private static String last(String text) {
        return text.isEmpty() ? "" : text.substring(text.length() - 1);
    }

    /**
     * Characters of scripts that separate words with spaces (Latin letters, digits, their punctuation such as
     * {@code (B/A)}): a line breaks only between such words, while it may break after any CJK character.
     */
    private static boolean isWordCharacter(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char ch = text.charAt(0);
        return ch < 0x2E80 && !Character.isWhitespace(ch);
    }
}
