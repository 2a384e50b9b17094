// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: each seed and corpus form saved as .docx (and .doc) reads back to the same form as from its workbook —
 * the same project, funding amounts, every indicator's name, target and actual texts, weight and score — and its
 * values cite their Word cells.
 */
class WordFormsTest {

    static Stream<String> documents() {
        return SavedWorkbooksTest.documents();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void eachFormReadsBackAsFromItsWorkbook(String document) throws IOException {
        ExpectedForms.assertEachFormReadsBack(document, Documents.bytes(document));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueCitesItsWordCell(String document) throws IOException {
        ExpectedForms.assertValuesCite(document, Documents.bytes(document), "(表\\d+ )?r\\d+c\\d+|段落\\d+");
    }
}
