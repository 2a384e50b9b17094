// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.vocabulary.Term;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a table's header: each header cell's role (a {@link Term}, or none for a header the vocabulary
 * does not know) and the columns it spans, from its own to the next header's (a header merged over several
 * columns, or written over a value that sits one column to the right, still finds its values).
 */
final class Columns {

    private final List<Column> columns;
    /** The first column of each term: looked up for every cell of every row. */
    private final Map<Term, Optional<Column>> firsts = new EnumMap<>(Term.class);
    /** The columns without a role the reader uses: unknown headers and {@link Term#COLUMN_OTHER}. */
    private final List<Column> others;

    private Columns(List<Column> columns) {
        this.columns = List.copyOf(columns);
        List<Column> unread = new ArrayList<>();
        for (Column column : columns) {
            if (column.term != null) {
                firsts.putIfAbsent(column.term, Optional.of(column));
            }
            if (column.term == null || column.term == Term.COLUMN_OTHER) {
                unread.add(column);
            }
        }
        this.others = List.copyOf(unread);
    }

    /**
     * Columns from header cells in column order, each with its term (null when unknown); the last spans to
     * {@code right}.
     */
    static Columns of(List<GridCell> headers, List<Term> terms, int right) {
        List<Column> columns = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            int end = i + 1 < headers.size() ? headers.get(i + 1).column() : right;
            columns.add(new Column(headers.get(i).column(), end, terms.get(i), headers.get(i)));
        }
        return new Columns(columns);
    }

    List<Column> all() {
        return columns;
    }

    /** The columns whose cells are kept as a row's other values: unknown headers and other columns (备注). */
    List<Column> others() {
        return others;
    }

    /** The first column with a term. */
    Optional<Column> of(Term term) {
        return firsts.getOrDefault(term, Optional.empty());
    }

    boolean has(Term term) {
        return of(term).isPresent();
    }

    /** A row's cell under the first column with a term: the first non-blank cell of its span. */
    Optional<GridCell> cell(GridRow row, Term term) {
        Optional<Column> column = of(term);
        return column.isPresent() ? column.get().cell(row) : Optional.empty();
    }

    /**
     * One column of a header.
     *
     * @param start the header's column
     * @param end the first column after its span
     * @param term the role, or null when the header is not in the vocabulary
     * @param header the header cell
     */
    record Column(int start, int end, Term term, GridCell header) {

        /** The row's first non-blank cell in this column's span. */
        Optional<GridCell> cell(GridRow row) {
            List<GridCell> cells = row.cells();
            int first = firstFrom(cells, start);
            return first < cells.size() && cells.get(first).column() < end ? Optional.of(cells.get(first))
                    : Optional.empty();
        }

        /** The text of the row's cells in this column's span, joined by a line break; empty when blank. */
        String text(GridRow row) {
            List<GridCell> cells = row.cells();
            int first = firstFrom(cells, start);
            if (first == cells.size() || cells.get(first).column() >= end) {
                return "";
            }
            if (first + 1 == cells.size() || cells.get(first + 1).column() >= end) {
                return cells.get(first).text();
            }
            StringBuilder sb = new StringBuilder();
            for (int i = first; i < cells.size() && cells.get(i).column() < end; i++) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(cells.get(i).text());
            }
            return sb.toString();
        }

        /** The index of the first of a row's cells (in column order) at or right of a column, found by bisection. */
        private static int firstFrom(List<GridCell> cells, int column) {
            int low = 0;
            int high = cells.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cells.get(mid).column() < column) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
