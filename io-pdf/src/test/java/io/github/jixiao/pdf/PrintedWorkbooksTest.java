package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.word.WorkbookTexts;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed and corpus workbook printed to PDF by LibreOffice reads back, row by row, as the texts its workbook
 * shows.
 */
class PrintedWorkbooksTest {

    static Stream<String> workbooks() {
        return Stream.concat(WorkbookTexts.SEEDS.stream(), WorkbookTexts.CORPUS.stream());
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void theGridsShowTheWorkbooksTexts(String name) throws IOException {
        WorkbookTexts.Comparison comparison = WorkbookTexts.compare(WorkbookTexts.of(name),
                WorkbookTexts.grids(Documents.grids(name + ".pdf")));
        System.out.println(name + ".pdf: " + comparison);
        assertThat(comparison.sameLetters()).as(comparison.toString()).isEqualTo(comparison.cells());
    }
}
