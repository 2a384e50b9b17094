package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/** Every entry of a written workbook is dated 1980-01-01 00:00, so readers need not invent a date. */
class ZipDatesTest {

    @Test
    void theTemplateAndTheSummaryAreDated() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        List<SelfEvaluation> forms = List.of(SeedForms.beijing(), SeedForms.form("shanghai-1"));
        new XlsxFormat().write(forms, template);
        assertDated(template.toByteArray());
        assertThat(new XlsxFormat().read(new ByteArrayInputStream(template.toByteArray()),
                ReadOptions.strictReading()).forms()).isEqualTo(forms);
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        SummaryWriter.write(List.of(Audit.check(SeedForms.beijing(), ScoringPolicy.national())), summary);
        assertDated(summary.toByteArray());
    }

    @Test
    void aPackageWithoutAnEndRecordIsLeftAsItIs() {
        byte[] bytes = "PK\u0003\u0004 not a whole zip".getBytes(StandardCharsets.ISO_8859_1);
        byte[] copy = bytes.clone();
        ZipDates.date(copy, copy.length);
        assertThat(copy).isEqualTo(bytes);
    }

    private static void assertDated(byte[] bytes) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            assertThat(entries).hasSizeGreaterThan(5).allSatisfy(entry -> {
                assertThat(LocalDateTime.ofInstant(entry.getLastModifiedTime().toInstant(),
                        ZoneId.systemDefault())).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
                // commons-compress adds NTFS and Unix time fields only for a date it cannot keep in DOS form
                assertThat(entry.getExtraFields()).isEmpty();
            });
        }
    }
}
