// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word document's blocks as grids (Word 表格网格): one grid per table, or per run of tables that make one form.
 *
 * <p><b>Joining.</b> A form is often typed as several tables — the header in one, the funding block or the
 * indicator table in the next — with a line such as {@code （金额单位：元）} between them. A table joins the grid of
 * the table before it when at most {@value #JOIN_PARAGRAPHS} paragraphs stand between them, each of at most
 * {@value #SHORT} characters and none looking like a title (自评表, 绩效), and the table does not itself begin with
 * a title row; the paragraphs between become one-cell rows of the grid. Otherwise the table begins a new grid.
 *
 * <p><b>Captions and notes.</b> The paragraphs right above a grid's first table (those after the last blank
 * paragraph, at most {@value #BLOCK_PARAGRAPHS}) become one-cell rows at the grid's top when one of them looks like a
 * title (附件1, 项目支出绩效自评表, （2023年度）); the paragraphs right below its last table (up to the first blank
 * paragraph, at most {@value #BLOCK_PARAGRAPHS}) become rows at its bottom (注：…).
 *
 * <p><b>Cells.</b> Each cell stands at its grid column; {@code gridSpan} and vertical merges are {@link CellRange}
 * merges with the text in the top-left cell; a one-cell paragraph row spans the grid's width.
 *
 * <p><b>Addresses.</b> A grid is named after its tables ({@code 表2}, or {@code 表2-3} when joined); a cell is cited
 * by its row and column in its Word table, {@code r5c3} (with the table in front, {@code 表3 r1c2}, in a joined
 * grid), a paragraph row by its number among the body's paragraphs, {@code 段落12}.
 */
final class WordGrids {

    /** The most paragraphs between two tables that still make one grid. */
    static final int JOIN_PARAGRAPHS = 3;
    /** The longest paragraph, in characters, that may stand between two tables of one grid. */
    static final int SHORT = 40;
    /** The most paragraphs taken as a grid's captions or notes. */
    static final int BLOCK_PARAGRAPHS = 5;

    private WordGrids() {
    }

    /**
     * The grids of a document's blocks.
     *
     * @param document the document's name, not null
     * @param blocks the body's paragraphs and tables, in order, numbered
     * @return the grids, in document order, never null
     */
    static List<Grid> grids(String document, List<Block> blocks) {
        List<Grid> grids = new ArrayList<>();
        List<Block> group = new ArrayList<>();
        List<Block.Paragraph> between = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                between.add(paragraph);
                continue;
            }
            Block.Table table = (Block.Table) block;
            List<Block.Paragraph> texts = between.stream().filter(p -> !p.text().isBlank()).toList();
            if (!group.isEmpty() && joins(texts, table)) {
                group.addAll(texts);
            } else {
                if (!group.isEmpty()) {
                    group.addAll(notes(between));
                    grids.add(grid(document, group));
                }
                group = new ArrayList<>(captions(between));
            }
            group.add(table);
            between = new ArrayList<>();
        }
        if (!group.isEmpty()) {
            group.addAll(notes(between));
            grids.add(grid(document, group));
        }
        return grids;
    }

    /** Whether a table continues the grid before it, given the paragraphs with text between them. */
    private static boolean joins(List<Block.Paragraph> between, Block.Table table) {
        return between.size() <= JOIN_PARAGRAPHS
                && between.stream().allMatch(p -> p.text().codePointCount(0, p.text().length()) <= SHORT
                        && !isTitle(p.text()))
                && !beginsWithTitle(table);
    }

    private static boolean beginsWithTitle(Block.Table table) {
        if (table.rows().isEmpty()) {
            return false;
        }
        List<Block.Cell> first = table.rows().get(0).stream().filter(c -> !c.text().isBlank()).toList();
        return first.size() == 1 && isTitle(first.get(0).text());
    }

    /** The paragraphs after the last blank one, when one of them looks like a title. */
    private static List<Block.Paragraph> captions(List<Block.Paragraph> paragraphs) {
        int start = paragraphs.size();
        while (start > 0 && !paragraphs.get(start - 1).text().isBlank()
                && paragraphs.size() - start < BLOCK_PARAGRAPHS) {
            start--;
        }
        List<Block.Paragraph> block = paragraphs.subList(start, paragraphs.size());
        return block.stream().anyMatch(p -> isTitle(p.text())) ? List.copyOf(block) : List.of();
    }

    /** The paragraphs before the first blank one. */
    private static List<Block.Paragraph> notes(List<Block.Paragraph> paragraphs) {
        List<Block.Paragraph> block = new ArrayList<>();
        for (Block.Paragraph paragraph : paragraphs) {
            if (paragraph.text().isBlank() || block.size() == BLOCK_PARAGRAPHS || isTitle(paragraph.text())) {
                break;
            }
            block.add(paragraph);
        }
        return block;
    }

    /** Whether a text looks like a form's title: 项目支出绩效自评表, 绩效目标表, 绩效运行监控表. */
    static boolean isTitle(String text) {
        return text.contains("自评表") || text.contains("绩效");
    }

    /** One grid of paragraphs and tables stacked. */
    private static Grid grid(String document, List<Block> group) {
        List<Block.Table> tables = group.stream().filter(b -> b instanceof Block.Table)
                .map(b -> (Block.Table) b).toList();
        int first = tables.get(0).number();
        int last = tables.get(tables.size() - 1).number();
        boolean joined = tables.size() > 1;
        int columns = 1;
        for (Block.Table table : tables) {
            for (List<Block.Cell> row : table.rows()) {
                for (Block.Cell cell : row) {
                    columns = Math.max(columns, cell.column() + cell.span());
                }
            }
        }
        Grid.Builder grid = Grid.builder(document, first == last ? "表" + first : "表" + first + "-" + last);
        List<String> labels = new ArrayList<>();
        int row = 0;
        for (Block block : group) {
            if (block instanceof Block.Paragraph paragraph) {
                grid.text(row, 0, paragraph.text());
                if (columns > 1) {
                    grid.merge(new CellRange(row, 0, row, columns - 1));
                }
                labels.add("段落" + paragraph.number());
                row++;
                continue;
            }
            Block.Table table = (Block.Table) block;
            cells(grid, table, row);
            for (int r = 0; r < table.rows().size(); r++) {
                labels.add((joined ? "表" + table.number() + " " : "") + "r" + (r + 1));
            }
            row += table.rows().size();
        }
        return grid.addressing(new WordAddressing(labels.toArray(new String[0]))).build();
    }

    /** A table's cells and merges at rows from {@code top}. */
    private static void cells(Grid.Builder grid, Block.Table table, int top) {
        // the open vertical merge at each column: first row, span, last row
        Map<Integer, int[]> open = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (Block.Cell cell : table.rows().get(r)) {
                int row = top + r;
                if (cell.merge() == Block.Merge.CONTINUE && open.containsKey(cell.column())) {
                    open.get(cell.column())[2] = row;
                    continue;
                }
                close(grid, open.remove(cell.column()), cell.column());
                grid.text(row, cell.column(), cell.text());
                if (cell.merge() == Block.Merge.RESTART) {
                    open.put(cell.column(), new int[] {row, cell.span(), row});
                } else if (cell.span() > 1) {
                    grid.merge(new CellRange(row, cell.column(), row, cell.column() + cell.span() - 1));
                }
            }
        }
        for (var entry : open.entrySet()) {
            close(grid, entry.getValue(), entry.getKey());
        }
    }

    private static void close(Grid.Builder grid, int[] merge, int column) {
        if (merge != null && (merge[2] > merge[0] || merge[1] > 1)) {
            grid.merge(new CellRange(merge[0], column, merge[2], column + merge[1] - 1));
        }
    }

    /** Addresses of a Word grid's cells: the table row (or paragraph) and the column. */
    private static final class WordAddressing implements Addressing {
        private final String[] labels;

        WordAddressing(String[] labels) {
            this.labels = labels;
        }

        @Override
        public String address(int row, int column) {
            if (row < 0 || row >= labels.length) {
                return ROW_COLUMN.address(row, column);
            }
            String label = labels[row];
            return label.startsWith("段落") ? label : label + "c" + (column + 1);
        }
    }
}
