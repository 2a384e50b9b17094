// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jixiao.layout.Grid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Any Word table, with any spans and vertical merges, reads back as a grid of the same cells and merges. */
class WordTablePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    @Test
    void aWordTableReadsBackWithItsCellsAndMerges() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomTables.Table table = RandomTables.of(seed);
            Grid grid = grids(RandomTables.docxBody(table));
            assertThat(RandomTables.texts(grid)).containsExactlyElementsOf(table.texts());
            assertThat(grid.merges()).containsExactlyInAnyOrderElementsOf(table.merges());
        });
    }

    private static Grid grids(String body) {
        try {
            return Documents.grids("t.docx", Docx.body(body)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
