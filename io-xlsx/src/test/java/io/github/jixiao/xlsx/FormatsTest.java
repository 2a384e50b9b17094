// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.spi.FormFormat;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void bothFormatsAreFoundByServiceLoaderAndByExtension() {
        assertThat(FormFormat.available()).extracting(FormFormat::name).contains("xlsx", "xls");
        assertThat(FormFormat.forFileName("自评表.XLSX")).get().isInstanceOf(XlsxFormat.class);
        assertThat(FormFormat.forFileName("自评表.xls")).get().isInstanceOf(XlsFormat.class);
        assertThat(FormFormat.forFileName("自评表.xlsm")).get().isInstanceOf(XlsxFormat.class);
        assertThat(FormFormat.forFileName("自评表.ET")).get().isInstanceOf(XlsFormat.class);
        assertThat(new XlsxFormat().fileExtensions()).as("written as the first").startsWith("xlsx");
    }

    @Test
    void xlsIsReadOnly() {
        XlsFormat xls = new XlsFormat();

        assertThat(xls.canWrite()).isFalse();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> xls.write(List.of(), new ByteArrayOutputStream()));
    }

    @Test
    void limitsAreOverridableAndCheckedWhenBuilt() {
        XlsxLimits limits = XlsxLimits.defaults().withMaxRows(10).withMaxFileBytes(1024);

        assertThat(XlsxFormat.withLimits(limits).limits()).isEqualTo(limits);
        assertThat(limits.maxRows()).isEqualTo(10);
        assertThat(limits.maxCells()).isEqualTo(XlsxLimits.defaults().maxCells());
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> XlsxLimits.defaults().withMaxCells(0))
                .withMessage("maxCells is 0; it must be > 0");
    }
}
