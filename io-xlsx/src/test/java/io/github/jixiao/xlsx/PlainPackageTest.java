// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Origin;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

/** Every workbook jixiao writes is a plain zip file that {@link ZipInputStream} reads, and the same every time. */
class PlainPackageTest {

    @FunctionalInterface
    interface Writing {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    static Stream<Arguments> workbooks() {
        List<Evaluation> reports = SeedForms.all().stream()
                .map(form -> Evaluation.of(new Origin("seeds.xlsx", "", ""), Audit.check(form, ScoringPolicy.national())))
                .toList();
        return Stream.of(
                Arguments.of("the template", (Writing) out -> TemplateWriter.standard().write(SeedForms.all(), out)),
                Arguments.of("the audited template", (Writing) out -> TemplateWriter.writeAudited(reports, out)),
                Arguments.of("the summary", (Writing) out -> SummaryWriter.write(reports, out)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsWithZipInputStreamAsWithAZipFile(String name, Writing writing) throws IOException {
        byte[] bytes = write(writing);
        Map<String, byte[]> streamed = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getSize()).as("the size of %s is in its local header", entry.getName()).isPositive();
                assertThat(entry.getCompressedSize()).isPositive();
                streamed.put(entry.getName(), zip.readAllBytes());
            }
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            assertThat(streamed.keySet()).containsExactlyElementsOf(entries.stream().map(ZipArchiveEntry::getName).toList());
            for (ZipArchiveEntry entry : entries) {
                assertThat(streamed.get(entry.getName())).isEqualTo(zip.getInputStream(entry).readAllBytes());
                assertThat(LocalDateTime.ofInstant(entry.getLastModifiedTime().toInstant(), ZoneId.systemDefault()))
                        .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
                // no Zip64 fields; and commons-compress adds NTFS and Unix times only for a date it cannot keep in
                // DOS form
                assertThat(entry.getExtraFields()).isEmpty();
                assertThat(entry.getGeneralPurposeBit().usesDataDescriptor()).isFalse();
            }
        }
        assertThat(new String(streamed.get("docProps/core.xml"), StandardCharsets.UTF_8))
                .contains(">" + PlainPackage.FIXED_TIME + "</dcterms:created>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void isTheSameBytesEveryTime(String name, Writing writing) throws IOException {
        byte[] first = write(writing);
        for (int run = 0; run < 3; run++) {
            assertThat(write(writing)).isEqualTo(first);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void mergedRangesAreInTheOrderOfTheirTopLeftCells(String name, Writing writing) throws IOException {
        byte[] bytes = write(writing);
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    List<Long> corners = topLeftCorners(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    assertThat(corners).isSorted();
                }
            }
        }
    }

    @Test
    void sortsMergeCellsInPlace() {
        String sheet = "<sheetData/><mergeCells><mergeCell ref=\"B10:C11\"/><mergeCell ref=\"AA2:AB2\"/>"
                + "<mergeCell ref=\"B2:I2\"/><mergeCell ref=\"A1:I1\"/></mergeCells><pageMargins/>";
        byte[] bytes = sheet.getBytes(StandardCharsets.US_ASCII);
        PlainPackage.sortMergeCells(bytes, bytes.length);
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("<sheetData/><mergeCells>"
                + "<mergeCell ref=\"A1:I1\"/><mergeCell ref=\"B2:I2\"/><mergeCell ref=\"AA2:AB2\"/>"
                + "<mergeCell ref=\"B10:C11\"/></mergeCells><pageMargins/>");
    }

    @Test
    void whatFastexcelWritesGivesTheSamePackageHoweverItArrives() {
        byte[] fastexcel = fastexcelPackage();
        byte[] whole = repack(List.of(fastexcel));
        qt().withExamples(Math.max(20, Integer.getInteger("QT_EXAMPLES", 1000) / 20))
                .forAll(Generate.range(1, 5000), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((largest, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    List<byte[]> chunks = new ArrayList<>();
                    for (int at = 0; at < fastexcel.length; ) {
                        int length = Math.min(fastexcel.length - at, 1 + random.nextInt(largest));
                        chunks.add(java.util.Arrays.copyOfRange(fastexcel, at, at + length));
                        at += length;
                    }
                    assertThat(repack(chunks)).isEqualTo(whole);
                });
    }

    @Test
    void refusesMoreEntriesThanAZipFileHoldsWithoutZip64() throws IOException {
        PlainPackage plain = new PlainPackage();
        Deflater deflater = new Deflater(Deflater.NO_COMPRESSION, true);
        for (int i = 0; i <= PlainPackage.MAX_ENTRIES; i++) {
            byte[] name = ("e" + i).getBytes(StandardCharsets.US_ASCII);
            plain.write(le(0x04034b50, 4));
            plain.write(new byte[22]);
            plain.write(le(name.length, 2));
            plain.write(le(0, 2));
            plain.write(name);
            deflater.reset();
            deflater.setInput(name);
            deflater.finish();
            byte[] data = new byte[64];
            plain.write(data, 0, deflater.deflate(data));
            plain.write(le(0x08074b50, 4));
            plain.write(new byte[12]);
            plain.write(le(name.length, 8));
        }
        deflater.end();
        plain.write(le(0x02014b50, 4));
        assertThatExceptionOfType(ZipException.class).isThrownBy(() -> plain.writeTo(new ByteArrayOutputStream()))
                .withMessageContaining("65536 parts; a workbook holds at most 65535");
    }

    private static byte[] le(long value, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (value >> 8 * i);
        }
        return bytes;
    }

    /** What fastexcel writes for a small workbook, uncompressed, before the package is made plain. */
    private static byte[] fastexcelPackage() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(raw, TemplateWriter.APPLICATION, null);
            workbook.setCompressionLevel(Deflater.NO_COMPRESSION);
            FormSheet.write(workbook.newWorksheet("1"), SeedForms.beijing(), ExecutionFormula.of(ScoringPolicy.national()),
                    false);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raw.toByteArray();
    }

    private static byte[] repack(List<byte[]> chunks) {
        PlainPackage plain = new PlainPackage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (byte[] chunk : chunks) {
                plain.write(chunk);
            }
            plain.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Long> topLeftCorners(String sheet) {
        List<Long> corners = new ArrayList<>();
        Matcher ref = Pattern.compile("<mergeCell ref=\"([A-Z]+)([0-9]+):").matcher(sheet);
        while (ref.find()) {
            long column = 0;
            for (char c : ref.group(1).toCharArray()) {
                column = column * 26 + c - 'A' + 1;
            }
            corners.add(Long.parseLong(ref.group(2)) << 16 | column);
        }
        return corners;
    }

    private static byte[] write(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.write(out);
        return out.toByteArray();
    }
}
