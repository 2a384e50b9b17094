// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables rebuilt from the rules drawn on a page (有线表格): rules that touch make one table; the distinct x of its
 * vertical rules and y of its horizontal rules make its finest grid; two neighbouring grid cells with no rule
 * between them are one cell (a merged cell, 合并单元格); each glyph belongs to the cell its middle falls in.
 */
final class Lattice {

    /** Coordinates closer than this (points) are one: a rule drawn twice, a double border. */
    static final double SNAP = 2.0;
    /** Collinear rules with a gap up to this (points) are one rule. */
    private static final double JOIN = 2.0;
    /** A horizontal and a vertical rule closer than this (points) touch. */
    private static final double TOUCH = 2.0;

    private Lattice() {
    }

    /**
     * What the rules of a page make.
     *
     * @param parts the tables, top to bottom
     * @param loose the glyphs in no table
     */
    record Result(List<TablePart> parts, List<Glyph> loose) {
    }

    /**
     * Finds the ruled tables of a page.
     *
     * @param page the page's content
     * @param maxStringLength the longest cell text
     * @return the tables and the glyphs outside them, never null
     * @throws PdfLimitException if a cell's text is longer than the limit
     */
    static Result find(PageScanner.Content page, int maxStringLength) {
        List<Ruling> horizontal = merge(page.rulings(), true);
        List<Ruling> vertical = merge(page.rulings(), false);
        int[] parent = new int[horizontal.size() + vertical.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < horizontal.size(); i++) {
            Ruling h = horizontal.get(i);
            for (int j = 0; j < vertical.size(); j++) {
                Ruling v = vertical.get(j);
                if (v.at() >= h.from() - TOUCH && v.at() <= h.to() + TOUCH && h.at() >= v.from() - TOUCH
                        && h.at() <= v.to() + TOUCH) {
                    union(parent, i, horizontal.size() + j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            Ruling rule = i < horizontal.size() ? horizontal.get(i) : vertical.get(i - horizontal.size());
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rule);
        }
        List<Mesh> grids = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            Mesh grid = Mesh.of(group);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble((Mesh g) -> g.ys[0]).thenComparingDouble(g -> g.xs[0]));
        List<Glyph> loose = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            boolean placed = false;
            for (Mesh grid : grids) {
                if (grid.place(glyph)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                loose.add(glyph);
            }
        }
        List<TablePart> parts = new ArrayList<>();
        for (Mesh grid : grids) {
            parts.add(grid.part(page.page(), maxStringLength));
        }
        return new Result(parts, loose);
    }

    /** The rules of one direction with collinear pieces joined, by position then start. */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>();
        for (Ruling rule : rulings) {
            if (rule.horizontal() == horizontal) {
                sorted.add(rule);
            }
        }
        sorted.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> merged = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).at() - sorted.get(i - 1).at() > SNAP) {
                List<Ruling> line = new ArrayList<>(sorted.subList(start, i));
                double at = line.stream().mapToDouble(Ruling::at).average().orElse(0);
                line.sort(Comparator.comparingDouble(Ruling::from));
                double from = line.get(0).from();
                double to = line.get(0).to();
                for (Ruling piece : line.subList(1, line.size())) {
                    if (piece.from() > to + JOIN) {
                        merged.add(new Ruling(horizontal, at, from, to));
                        from = piece.from();
                    }
                    to = Math.max(to, piece.to());
                }
                merged.add(new Ruling(horizontal, at, from, to));
                start = i;
            }
        }
        return merged;
    }

    /** Sorted values with those closer than {@link #SNAP} replaced by their mean. */
    static double[] cluster(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[sorted.length];
        int n = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > SNAP) {
                double sum = 0;
                for (int k = start; k < i; k++) {
                    sum += sorted[k];
                }
                out[n++] = sum / (i - start);
                start = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The index of the interval of {@code edges} holding a value, clamped to the first and last. */
    static int interval(double[] edges, double value) {
        int index = Arrays.binarySearch(edges, value);
        int at = index >= 0 ? index : -index - 2;
        return Math.max(0, Math.min(edges.length - 2, at));
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** One table's finest grid, its cells (as groups of grid cells) and the glyphs placed in them. */
    private static final class Mesh {
        private final double[] xs;
        private final double[] ys;
        /** For each grid cell (row × columns + column), the index of its cell. */
        private final int[] cellOf;
        /** Each cell's first row, first column, last row, last column. */
        private final List<int[]> cells;
        private final List<List<Glyph>> glyphs;

        private Mesh(double[] xs, double[] ys, int[] cellOf, List<int[]> cells) {
            this.xs = xs;
            this.ys = ys;
            this.cellOf = cellOf;
            this.cells = cells;
            this.glyphs = new ArrayList<>();
        }

        /** The grid of a group of touching rules, or null when they make no table of two cells or more. */
        static Mesh of(List<Ruling> group) {
            List<Ruling> horizontal = group.stream().filter(Ruling::horizontal).toList();
            List<Ruling> vertical = group.stream().filter(r -> !r.horizontal()).toList();
            if (horizontal.size() < 2 || vertical.size() < 2) {
                return null;
            }
            double[] xs = cluster(vertical.stream().mapToDouble(Ruling::at).toArray());
            double[] ys = cluster(horizontal.stream().mapToDouble(Ruling::at).toArray());
            int rows = ys.length - 1;
            int columns = xs.length - 1;
            if (rows < 1 || columns < 1 || rows * columns < 2) {
                return null;
            }
            int[] parent = new int[rows * columns];
            Arrays.setAll(parent, i -> i);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (c + 1 < columns && !covered(vertical, xs[c + 1], ys[r], ys[r + 1])) {
                        union(parent, r * columns + c, r * columns + c + 1);
                    }
                    if (r + 1 < rows && !covered(horizontal, ys[r + 1], xs[c], xs[c + 1])) {
                        union(parent, r * columns + c, (r + 1) * columns + c);
                    }
                }
            }
            return new Mesh(xs, ys, new int[rows * columns], new ArrayList<>()).cells(parent, rows, columns);
        }

        /** The cells: each group of joined grid cells that makes a rectangle; other groups split back. */
        private Mesh cells(int[] parent, int rows, int columns) {
            Map<Integer, int[]> boxes = new HashMap<>();
            Map<Integer, Integer> counts = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                int root = find(parent, i);
                int r = i / columns;
                int c = i % columns;
                int[] box = boxes.computeIfAbsent(root, k -> new int[] {r, c, r, c});
                box[0] = Math.min(box[0], r);
                box[1] = Math.min(box[1], c);
                box[2] = Math.max(box[2], r);
                box[3] = Math.max(box[3], c);
                counts.merge(root, 1, Integer::sum);
            }
            Map<Integer, Integer> index = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                int root = find(parent, i);
                int[] box = boxes.get(root);
                boolean rectangle = counts.get(root) == (box[2] - box[0] + 1) * (box[3] - box[1] + 1);
                int key = rectangle ? root : -1 - i;
                Integer cell = index.get(key);
                if (cell == null) {
                    cell = cells.size();
                    index.put(key, cell);
                    int r = i / columns;
                    int c = i % columns;
                    cells.add(rectangle ? box : new int[] {r, c, r, c});
                    glyphs.add(new ArrayList<>());
                }
                cellOf[i] = cell;
            }
            return this;
        }

        /** Whether rules of the group cover the edge at {@code at} from {@code from} to {@code to}. */
        private static boolean covered(List<Ruling> rules, double at, double from, double to) {
            double slack = Math.min(2.0, (to - from) / 4);
            for (Ruling rule : rules) {
                if (Math.abs(rule.at() - at) <= SNAP && rule.from() <= from + slack && rule.to() >= to - slack) {
                    return true;
                }
            }
            return false;
        }

        /** Places a glyph in its cell if its middle is inside the table. @return true if placed */
        boolean place(Glyph glyph) {
            double x = glyph.centreX();
            double y = glyph.centreY();
            if (x < xs[0] - 1 || x > xs[xs.length - 1] + 1 || y < ys[0] - 1 || y > ys[ys.length - 1] + 1) {
                return false;
            }
            int r = interval(ys, y);
            int c = interval(xs, x);
            glyphs.get(cellOf[r * (xs.length - 1) + c]).add(glyph);
            return true;
        }

        TablePart part(int page, int maxStringLength) {
            List<TablePart.Cell> out = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                int[] box = cells.get(i);
                List<Glyph> in = glyphs.get(i);
                String text = in.isEmpty() ? ""
                        : TextLines.cellText(TextLines.lines(in), xs[box[3] + 1] - xs[box[1]]);
                if (text.length() > maxStringLength) {
                    throw new PdfLimitException("a cell's text is longer than " + maxStringLength
                            + " characters (PdfLimits.maxStringLength)");
                }
                out.add(new TablePart.Cell(box[0], box[1], box[2], box[3], text));
            }
            out.sort(Comparator.comparingInt(TablePart.Cell::row).thenComparingInt(TablePart.Cell::column));
            return TablePart.of(page, xs, ys, List.copyOf(out), true);
        }
    }
}
