// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed and corpus workbook saved as .docx and .doc by LibreOffice (through Calc's HTML export and Writer)
 * reads back, row by row, as the texts its workbook shows.
 */
class SavedWorkbooksTest {

    static Stream<String> documents() {
        return Stream.concat(WorkbookTexts.SEEDS.stream(), WorkbookTexts.CORPUS.stream())
                .flatMap(name -> Stream.of(name + ".docx", name + ".doc"))
                .filter(name -> !name.equals("shanghai.doc") && !name.equals("shenzhen.doc"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theGridsShowTheWorkbooksTexts(String document) throws IOException {
        String workbook = document.substring(0, document.lastIndexOf('.'));
        WorkbookTexts.Comparison comparison = WorkbookTexts.compare(WorkbookTexts.of(workbook),
                WorkbookTexts.grids(Documents.grids(document)));
        System.out.println(document + ": " + comparison);
        assertThat(comparison.sameLetters()).as(comparison.toString()).isEqualTo(comparison.cells());
    }
}
