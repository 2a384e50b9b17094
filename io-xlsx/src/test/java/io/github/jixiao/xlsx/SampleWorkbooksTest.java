// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample workbooks in {@code examples/forms/}: the 16 seed forms laid out as their sources are (Beijing on
 * the central template; Shenzhen's nine one below another in one sheet, in 元; Shanghai's six one per sheet with
 * 评分等级 rows), and Beijing as .xls. Each reads back into forms equal to the fixtures.
 *
 * <p>The files are committed; run with {@code -Djixiao.writeSamples=true} to regenerate them from the fixtures.
 */
class SampleWorkbooksTest {

    static final Path FORMS = Path.of("..", "examples", "forms");

    @BeforeAll
    static void writeSamplesWhenAsked() throws IOException {
        if (Boolean.getBoolean("jixiao.writeSamples")) {
            Files.createDirectories(FORMS);
            for (Sample sample : Sample.values()) {
                Files.write(FORMS.resolve(sample.file), sample.build());
            }
        }
    }

    static Stream<Arguments> samples() {
        return Stream.of(Sample.values()).map(s -> Arguments.of(s, s.expected()));
    }

    static Stream<Arguments> xlsxSamples() {
        return Stream.of(Sample.values()).filter(s -> s.file.endsWith(".xlsx")).map(s -> Arguments.of(s, s.expected()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsEachSampleBackIntoTheFixtures(Sample sample, List<SelfEvaluation> expected) throws IOException {
        ReadResult result;
        try (InputStream in = Files.newInputStream(FORMS.resolve(sample.file))) {
            result = sample.format().read(in, ReadOptions.strictReading().withSourceName(sample.file));
        }
        assertThat(result.forms()).containsExactlyElementsOf(expected);
        assertThat(result.allFindings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(result.entries().get(0).location()).hasToString(sample.file + "!" + sample.firstLocation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theCommittedSampleIsWhatTheGeneratorWrites(Sample sample, List<SelfEvaluation> expected) throws IOException {
        ReadResult fresh = sample.format().read(new ByteArrayInputStream(sample.build()));
        assertThat(fresh.forms()).containsExactlyElementsOf(expected);
    }

    /**
     * Each .xlsx sample saved as Strict Open XML (ISO/IEC 29500 Strict, a choice in Excel's Save As), where every
     * namespace is another: the same forms, without a finding more.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("xlsxSamples")
    void aStrictOpenXmlCopyReadsAsTheSample(Sample sample, List<SelfEvaluation> expected) throws IOException {
        ReadResult transitional;
        try (InputStream in = Files.newInputStream(FORMS.resolve(sample.file))) {
            transitional = sample.format().read(in);
        }
        ReadResult strict = sample.format().read(new ByteArrayInputStream(strict(Files.readAllBytes(
                FORMS.resolve(sample.file)))));

        assertThat(strict.forms()).containsExactlyElementsOf(expected);
        assertThat(strict.allFindings()).isEqualTo(transitional.allFindings());
    }

    /** A package with the transitional namespaces of every part replaced by the Strict ones. */
    private static byte[] strict(byte[] xlsx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String part = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships");
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** A stream that does not know its length (a socket) or says less than it holds is read whole all the same. */
    @ParameterizedTest(name = "available() = {0}")
    @ValueSource(ints = {0, 1, 100})
    void aStreamIsReadWholeWhateverItSaysIsAvailable(int available) throws IOException {
        byte[] bytes = Files.readAllBytes(FORMS.resolve(Sample.BEIJING.file));
        InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int available() {
                return available;
            }
        };
        assertThat(new XlsxFormat().read(in, ReadOptions.strictReading()).forms())
                .containsExactly(SeedForms.beijing());
    }

    /** The sample files, each laid out as its source. */
    enum Sample {
        BEIJING("beijing.xlsx", "Sheet1!A1") {
            @Override
            byte[] build() {
                return FormSheets.xlsx().sheet("Sheet1", FormSheets.Layout.CENTRAL, expected()).bytes();
            }

            @Override
            List<SelfEvaluation> expected() {
                return List.of(SeedForms.beijing());
            }
        },
        BEIJING_XLS("beijing.xls", "Sheet1!A1") {
            @Override
            byte[] build() {
                return FormSheets.xls().sheet("Sheet1", FormSheets.Layout.CENTRAL, expected()).bytes();
            }

            @Override
            List<SelfEvaluation> expected() {
                return List.of(SeedForms.beijing());
            }

            @Override
            FormFormat format() {
                return new XlsFormat();
            }
        },
        SHENZHEN("shenzhen.xlsx", "Sheet1!A1") {
            @Override
            byte[] build() {
                return FormSheets.xlsx().sheet("Sheet1", FormSheets.Layout.SHENZHEN, expected()).bytes();
            }

            @Override
            List<SelfEvaluation> expected() {
                return SeedForms.shenzhen();
            }
        },
        SHANGHAI("shanghai.xlsx", "表1!A1") {
            @Override
            byte[] build() {
                FormSheets sheets = FormSheets.xlsx();
                List<SelfEvaluation> forms = expected();
                for (int i = 0; i < forms.size(); i++) {
                    sheets.sheet("表" + (i + 1), FormSheets.Layout.SHANGHAI, List.of(forms.get(i)));
                }
                return sheets.bytes();
            }

            @Override
            List<SelfEvaluation> expected() {
                return SeedForms.shanghai();
            }
        };

        final String file;
        final String firstLocation;

        Sample(String file, String firstLocation) {
            this.file = file;
            this.firstLocation = firstLocation;
        }

        abstract byte[] build();

        abstract List<SelfEvaluation> expected();

        FormFormat format() {
            return new XlsxFormat();
        }
    }
}
