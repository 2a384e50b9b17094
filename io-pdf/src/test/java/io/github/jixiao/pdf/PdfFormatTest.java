// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.spi.FormFormat;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF format is found by extension through ServiceLoader, and is read only. */
class PdfFormatTest {

    @Test
    void pdfIsFoundByItsExtension() {
        assertThat(FormFormat.forFileName("2022年部门决算.PDF")).get().isInstanceOf(PdfFormat.class);
        assertThat(new PdfFormat().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void itIsReadOnly() {
        assertThat(new PdfFormat().canWrite()).isFalse();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> new PdfFormat().write(List.of(), new ByteArrayOutputStream()))
                .withMessage("The pdf format is read only; write xlsx or json instead");
    }

    @Test
    void limitsMustBePositive() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> PdfLimits.defaults().withMaxPages(-1))
                .withMessage("maxPages is -1; it must be > 0");
        assertThat(PdfFormat.withLimits(PdfLimits.defaults().withMaxPages(5)).limits().maxPages()).isEqualTo(5);
    }
}
