// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import java.util.List;

/**
 * What a Word document's body holds, in order, whatever the file format: paragraphs and tables (正文段落与表格).
 * Both .docx and .doc are read into blocks; {@link WordGrids} makes grids of them.
 */
sealed interface Block {

    /**
     * A paragraph outside tables.
     *
     * @param number its number among the body's paragraphs, from 1
     * @param text its text (line breaks as {@code \n})
     */
    record Paragraph(int number, String text) implements Block {
    }

    /**
     * A table.
     *
     * @param number its number among the document's tables, from 1 (nested tables are not counted)
     * @param rows its rows, each its cells left to right
     */
    record Table(int number, List<List<Cell>> rows) implements Block {
    }

    /** How a cell takes part in a vertical merge (vMerge). */
    enum Merge {
        /** Not merged with the cell above or below. */
        NONE,
        /** The first cell of a vertical merge: it holds the text. */
        RESTART,
        /** A cell continuing the vertical merge above it: its text is not shown. */
        CONTINUE
    }

    /**
     * A cell of a table.
     *
     * @param column its first column in the table's grid, from 0
     * @param span how many grid columns it spans (gridSpan)
     * @param merge its part in a vertical merge
     * @param text its text: paragraphs separated by {@code \n}, a nested table's rows by {@code \n} and its cells by
     *     a space
     */
    record Cell(int column, int span, Merge merge, String text) {
    }
}
