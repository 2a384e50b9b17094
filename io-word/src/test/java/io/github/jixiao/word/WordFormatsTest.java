// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.spi.FormFormat;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Word formats are found by extension through ServiceLoader, and are read only. */
class WordFormatsTest {

    @Test
    void docxAndDocAreFoundByTheirExtensions() {
        assertThat(FormFormat.forFileName("自评表.DOCX")).get().isInstanceOf(DocxFormat.class);
        assertThat(FormFormat.forFileName("自评表.doc")).get().isInstanceOf(DocFormat.class);
        assertThat(FormFormat.available()).extracting(FormFormat::name).contains("docx", "doc");
    }

    @Test
    void theyAreReadOnly() {
        for (FormFormat format : List.of(new DocxFormat(), new DocFormat())) {
            assertThat(format.canWrite()).isFalse();
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> format.write(List.of(), new ByteArrayOutputStream()));
        }
        assertThat(new DocxFormat().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new DocFormat().mediaType()).isEqualTo("application/msword");
    }

    @Test
    void limitsMustBePositive() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> WordLimits.defaults().withMaxCells(0))
                .withMessage("maxCells is 0; it must be > 0");
        assertThat(DocxFormat.withLimits(WordLimits.defaults().withMaxTables(5)).limits().maxTables()).isEqualTo(5);
    }
}
