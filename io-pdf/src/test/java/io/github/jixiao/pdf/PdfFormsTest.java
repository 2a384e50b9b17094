// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.word.ExpectedForms;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: each seed and corpus form printed to PDF reads back to the same form as from its workbook —
 * the same project, funding amounts, every indicator's name, target and actual texts, weight and score — and its
 * values cite their page, row and column.
 */
class PdfFormsTest {

    static Stream<String> documents() {
        return PrintedWorkbooksTest.workbooks().map(name -> name + ".pdf");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void eachFormReadsBackAsFromItsWorkbook(String document) throws IOException {
        ExpectedForms.assertEachFormReadsBack(document, Documents.bytes(document));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueCitesItsPageRowAndColumn(String document) throws IOException {
        ExpectedForms.assertValuesCite(document, Documents.bytes(document), "第\\d+页 (r\\d+|表题\\d+|表注\\d+)c\\d+");
    }
}
