package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.word.ExpectedForms;
import io.github.jixiao.word.WorkbookTexts;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: each seed and corpus form printed to PDF reads back to the same form as from its workbook —
 * the same project, funding amounts, every indicator's name, target and actual texts, weight and score.
 */
@Disabled("needs the layout recogniser")
class PdfFormsTest {

    static Stream<String> documents() {
        return PrintedWorkbooksTest.workbooks().map(name -> name + ".pdf");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void eachFormReadsBackAsFromItsWorkbook(String document) throws IOException {
        String workbook = document.substring(0, document.lastIndexOf('.'));
        List<ExpectedForms.Form> expected = WorkbookTexts.SEEDS.contains(workbook) ? ExpectedForms.seeds(workbook)
                : List.of(ExpectedForms.corpus().get(workbook));
        FormFormat format = FormFormat.forFileName(document).orElseThrow();

        List<SelfEvaluation> forms = format.read(new ByteArrayInputStream(Documents.bytes(document)),
                ReadOptions.defaults().withSourceName(document)).forms();

        assertThat(forms).hasSameSizeAs(expected);
        for (int i = 0; i < forms.size(); i++) {
            ExpectedForms.assertReadsAs(forms.get(i), expected.get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueCitesItsWordCell(String document) throws IOException {
        FormFormat format = FormFormat.forFileName(document).orElseThrow();
        SelfEvaluation form = format.read(new ByteArrayInputStream(Documents.bytes(document)),
                ReadOptions.defaults().withSourceName(document)).forms().get(0);

        assertThat(form.project().origins().values()).allSatisfy(origin -> {
            assertThat(origin.document()).isEqualTo(document);
            assertThat(origin.place()).matches("第\\d+页 (r\\d+|表题\\d+|表注\\d+)c\\d+");
        });
    }
}
