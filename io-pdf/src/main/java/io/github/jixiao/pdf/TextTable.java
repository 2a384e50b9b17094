// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table rebuilt from the alignment of its text where no rules are drawn (无线表格): each line of text is a row;
 * within a line, runs of glyphs separated by a gap wider than a font size are the cells' texts; the columns are
 * the stretches of the page that such runs cover in the lines of two runs or more, a run that reaches over the
 * gap between two columns spans them (a merged cell). Without rules nothing says where a cell's text wraps or
 * which rows a cell spans, so a wrapped text is a row of its own and no vertical merge is known.
 */
final class TextTable {

    /** Without rules, a gap wider than this many font sizes separates two cells of a line. */
    private static final double RUN_GAP = 0.5;
    /** A run wider than this many times the median run spans columns. */
    private static final double WIDE = 2.5;

    private TextTable() {
    }

    /**
     * The page's text as one table, if its lines line up in two columns or more.
     *
     * @param page the page
     * @param maxStringLength the longest cell text
     * @return the table, or empty when the text makes no columns
     */
    static Optional<TablePart> find(PageScanner.Content page, int maxStringLength) {
        List<TextLines.Line> lines = TextLines.lines(page.glyphs());
        List<List<TextLines.Line>> runs = new ArrayList<>();
        List<double[]> covered = new ArrayList<>();
        for (TextLines.Line line : lines) {
            List<TextLines.Line> split = line.runs(RUN_GAP);
            runs.add(split);
            if (split.size() >= 2) {
                split.forEach(run -> covered.add(new double[] {run.left(), run.right()}));
            }
        }
        // a run much wider than most spans columns (a merged cell): it does not say where columns are
        double[] widths = covered.stream().mapToDouble(r -> r[1] - r[0]).sorted().toArray();
        double wide = widths.length == 0 ? 0 : WIDE * widths[widths.length / 2];
        covered.removeIf(r -> r[1] - r[0] > wide);
        double[] xs = columns(covered);
        if (xs.length < 3) {
            return Optional.empty();
        }
        double[] ys = new double[lines.size() + 1];
        ys[0] = lines.get(0).top();
        for (int i = 1; i < lines.size(); i++) {
            ys[i] = (lines.get(i - 1).bottom() + lines.get(i).top()) / 2;
        }
        ys[lines.size()] = lines.get(lines.size() - 1).bottom();
        for (int i = 1; i < ys.length; i++) {
            ys[i] = Math.max(ys[i], ys[i - 1]);
        }
        List<TablePart.Cell> cells = new ArrayList<>();
        for (int row = 0; row < runs.size(); row++) {
            TablePart.Cell open = null;
            for (TextLines.Line run : runs.get(row)) {
                // a centred text may stick out of its column a little: a fifth of its width (at most a character)
                double inset = Math.min(0.2 * (run.right() - run.left()), run.size());
                int first = Lattice.interval(xs, run.left() + inset);
                int last = Math.max(first, Lattice.interval(xs, run.right() - inset));
                if (open != null && open.lastColumn() >= first) {
                    open = new TablePart.Cell(row, open.column(), row, Math.max(last, open.lastColumn()),
                            open.text() + " " + run.text());
                    cells.set(cells.size() - 1, open);
                } else {
                    open = new TablePart.Cell(row, first, row, last, run.text());
                    cells.add(open);
                }
                if (open.text().length() > maxStringLength) {
                    throw new PdfLimitException("a cell's text is longer than " + maxStringLength
                            + " characters (PdfLimits.maxStringLength)");
                }
            }
        }
        cells.sort(Comparator.comparingInt(TablePart.Cell::row).thenComparingInt(TablePart.Cell::column));
        return Optional.of(TablePart.of(page.page(), xs, ys, List.copyOf(cells), false));
    }

    /** Column edges: the left of the first stretch the runs cover, the middle of each gap between stretches, the right of the last. */
    private static double[] columns(List<double[]> covered) {
        covered.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> stretches = new ArrayList<>();
        for (double[] range : covered) {
            double[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                stretches.add(range.clone());
            }
        }
        if (stretches.isEmpty()) {
            return new double[0];
        }
        double[] edges = new double[stretches.size() + 1];
        edges[0] = stretches.get(0)[0];
        for (int k = 1; k < stretches.size(); k++) {
            edges[k] = (stretches.get(k - 1)[1] + stretches.get(k)[0]) / 2;
        }
        edges[stretches.size()] = stretches.get(stretches.size() - 1)[1];
        return edges;
    }
}
