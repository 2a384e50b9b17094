// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The tables of one page (页面表格): the ruled tables ({@link Lattice}), each with the lines of text printed just
 * above it when one of them looks like a title (its captions: 附件1, 项目支出绩效自评表, （2023年度）, 单位名称 …) and
 * the lines just below it (its notes: 注：…); on a page with text but no ruled table, one table rebuilt from the
 * alignment of its text ({@link TextTable}).
 */
final class PageTables {

    /** Lines of a caption or notes block are at most this many font sizes apart, and from the table. */
    private static final double GAP = 2.5;

    private PageTables() {
    }

    /**
     * The tables of a page, top to bottom.
     *
     * @param page the page's content
     * @param maxStringLength the longest cell text
     * @return the tables, never null
     */
    static List<TablePart> read(PageScanner.Content page, int maxStringLength) {
        Lattice.Result ruled = Lattice.find(page, maxStringLength);
        if (ruled.parts().isEmpty()) {
            return TextTable.find(page, maxStringLength).map(List::of).orElse(List.of());
        }
        List<TextLines.Line> loose = TextLines.lines(ruled.loose());
        List<TablePart> parts = ruled.parts();
        List<List<TextLines.Line>> captions = new ArrayList<>();
        Set<TextLines.Line> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < parts.size(); i++) {
            double above = i == 0 ? -Double.MAX_VALUE : parts.get(i - 1).bottom();
            List<TextLines.Line> block = block(parts.get(i), loose, above, true, taken);
            if (block.stream().noneMatch(line -> isTitle(line.text()))) {
                block = List.of();
            }
            taken.addAll(block);
            captions.add(block);
        }
        List<TablePart> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            double below = i + 1 == parts.size() ? Double.MAX_VALUE : parts.get(i + 1).top();
            List<TextLines.Line> notes = block(parts.get(i), loose, below, false, taken);
            out.add(parts.get(i).withText(rows(captions.get(i), parts.get(i)), rows(notes, parts.get(i))));
        }
        return out;
    }

    /**
     * The lines that stand one above the other, each within {@link #GAP} font sizes of the next, going up from the
     * table's top (or down from its bottom) but not past {@code limit} nor a line taken as another table's caption,
     * over the table's width; top to bottom.
     */
    private static List<TextLines.Line> block(TablePart part, List<TextLines.Line> loose, double limit, boolean up,
            Set<TextLines.Line> taken) {
        List<TextLines.Line> candidates = new ArrayList<>();
        for (TextLines.Line line : loose) {
            boolean side = up ? line.bottom() <= part.top() + 2 && line.top() >= limit - 2
                    : line.top() >= part.bottom() - 2 && line.bottom() <= limit + 2;
            if (side && line.right() > part.left() && line.left() < part.right()) {
                candidates.add(line);
            }
        }
        Comparator<TextLines.Line> outwards = Comparator.comparingDouble(TextLines.Line::top);
        candidates.sort(up ? outwards.reversed() : outwards);
        List<TextLines.Line> block = new ArrayList<>();
        double edge = up ? part.top() : part.bottom();
        for (TextLines.Line line : candidates) {
            double gap = up ? edge - line.bottom() : line.top() - edge;
            if (gap > GAP * line.size() || taken.contains(line)) {
                break;
            }
            block.add(line);
            edge = up ? line.top() : line.bottom();
        }
        if (up) {
            Collections.reverse(block);
        }
        return block;
    }

    /**
     * Lines as rows: a line of one run that was wrapped into the next (a long 注 in a cell as wide as the table) is
     * one row with the next.
     */
    private static List<TablePart.TextRow> rows(List<TextLines.Line> lines, TablePart part) {
        List<TablePart.TextRow> rows = new ArrayList<>();
        List<TextLines.Line> paragraph = new ArrayList<>();
        for (TextLines.Line line : lines) {
            if (!paragraph.isEmpty()) {
                TextLines.Line last = paragraph.get(paragraph.size() - 1);
                if (last.runs().size() != 1 || line.runs().size() != 1
                        || !TextLines.wraps(last, line, part.right() - last.left())) {
                    rows.add(TablePart.TextRow.of(paragraph, part.right() - paragraph.get(0).left()));
                    paragraph = new ArrayList<>();
                }
            }
            paragraph.add(line);
        }
        if (!paragraph.isEmpty()) {
            rows.add(TablePart.TextRow.of(paragraph, part.right() - paragraph.get(0).left()));
        }
        return rows;
    }

    /** Whether a line looks like a form's title: 项目支出绩效自评表, 绩效目标表, 绩效运行监控表. */
    static boolean isTitle(String text) {
        return text.contains("自评表") || text.contains("绩效");
    }
}
