// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * {@link ZipDirectory} reads a package's entries as commons-compress, a well-kept zip library, reads them: same
 * names, methods, sizes and data offsets, or no reading at all (the package is then left to commons-compress).
 */
class ZipDirectoryTest {

    private static final Path FORMS = Path.of("..", "examples", "forms");
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    @Test
    void everySampleWorkbookIsReadAsCommonsCompressReadsIt() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(FORMS)) {
            samples = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        for (Path sample : samples) {
            byte[] bytes = Files.readAllBytes(sample);
            assertThat(fast(bytes)).as(sample.toString()).contains(commonsCompress(bytes));
        }
    }

    @Test
    void aWrittenTemplateIsReadAsCommonsCompressReadsIt() throws IOException {
        byte[] bytes = template();
        assertThat(fast(bytes).orElseThrow()).hasSizeGreaterThan(5).isEqualTo(commonsCompress(bytes));
    }

    @Test
    void bytesBeforeTheFirstLocalHeaderShiftEveryOffset() throws IOException {
        byte[] bytes = template();
        byte[] prefixed = new byte[bytes.length + 1000];
        Arrays.fill(prefixed, 0, 1000, (byte) 'x');
        System.arraycopy(bytes, 0, prefixed, 1000, bytes.length);

        List<Entry> entries = fast(prefixed).orElseThrow();
        assertThat(entries).isEqualTo(commonsCompress(prefixed));
        assertThat(entries.get(0).dataOffset()).isEqualTo(fast(bytes).orElseThrow().get(0).dataOffset() + 1000);
    }

    @Test
    void readingStopsOneEntryPastTheLimit() throws IOException {
        byte[] bytes = template();
        assertThat(ZipDirectory.read(bytes, bytes.length, 2).orElseThrow()).hasSize(3);
    }

    @Test
    void aPackageInZip64FormIsLeftToCommonsCompressAndStillRead() throws IOException {
        byte[] zip64 = repack(Files.readAllBytes(FORMS.resolve("beijing.xlsx")), Zip64Mode.Always);
        assertThat(fast(zip64)).isEmpty();

        SelfEvaluation form = new XlsxFormat().read(new ByteArrayInputStream(zip64), ReadOptions.strictReading())
                .forms().get(0);
        assertThat(form).isEqualTo(SeedForms.beijing());
    }

    @Test
    void zip64FieldsWithoutTheZip64EndRecordAreLeftToCommonsCompress() throws IOException {
        byte[] original = repack(template(), Zip64Mode.Always);
        byte[] zip64 = original.clone();
        // the end record made to point at the directory itself, and the Zip64 locator's signature wiped
        int end = zip64.length - 22;
        int locator = end - 20;
        int zip64End = (int) int64(zip64, locator + 8);
        long directoryLength = int64(zip64, zip64End + 40) + (end - zip64End);
        long directory = int64(zip64, zip64End + 48);
        for (int i = 0; i < 4; i++) {
            zip64[end + 12 + i] = (byte) (directoryLength >>> 8 * i);
            zip64[end + 16 + i] = (byte) (directory >>> 8 * i);
            zip64[locator + i] = 0;
        }
        assertThat(commonsCompress(zip64)).hasSizeGreaterThan(5).isEqualTo(commonsCompress(original));

        assertThat(fast(zip64)).isEmpty();
    }

    /**
     * A name not in UTF-8 with its Unicode path in an extra field, which commons-compress reads the name from: in
     * both headers, only in the local header, only in the directory record. Each is left to commons-compress.
     */
    @Test
    void aPackageWithUnicodePathFieldsIsLeftToCommonsCompress() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding("GBK");
            zip.setUseLanguageEncodingFlag(false);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.ALWAYS);
            zip.putArchiveEntry(new ZipArchiveEntry("附件/说明.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        byte[] both = out.toByteArray();
        int nameLength = "附件/说明.xml".getBytes("GBK").length;
        int end = both.length - 22;
        int directory = uint16(both, end + 16) | uint16(both, end + 18) << 16;
        byte[] localOnly = withFirstExtraId(both, directory + 46 + nameLength, 0x9999);
        byte[] directoryOnly = withFirstExtraId(both, 30 + nameLength, 0x9999);

        for (byte[] bytes : List.of(both, localOnly, directoryOnly)) {
            assertThat(commonsCompress(bytes)).extracting(Entry::name).containsExactly("附件/说明.xml");
            assertThat(fast(bytes)).isEmpty();
        }
    }

    @Test
    void theEndRecordIsFoundBehindTheLongestComment() throws IOException {
        byte[] bytes = template();
        byte[] commented = Arrays.copyOf(bytes, bytes.length + 0xFFFF);
        Arrays.fill(commented, bytes.length, commented.length, (byte) 'c');
        commented[bytes.length - 2] = (byte) 0xFF;
        commented[bytes.length - 1] = (byte) 0xFF;

        assertThat(fast(commented).orElseThrow()).isEqualTo(commonsCompress(commented)).isEqualTo(fast(bytes).get());
    }

    @Test
    void aDirectoryRecordRunningToTheEndOfTheFileIsRefused() throws IOException {
        byte[] bytes = template();
        List<ZipDirectory.Entry> entries = ZipDirectory.read(bytes, bytes.length, 100).orElseThrow();
        int last = entries.get(entries.size() - 1).record();
        int recordEnd = last + 46 + uint16(bytes, last + 28) + uint16(bytes, last + 30) + uint16(bytes, last + 32);
        int comment = uint16(bytes, last + 32) + bytes.length - recordEnd;
        bytes[last + 32] = (byte) comment;
        bytes[last + 33] = (byte) (comment >>> 8);

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> commonsCompress(bytes));
        assertThatExceptionOfType(ZipException.class).isThrownBy(() -> fast(bytes)).withMessageContaining("ends inside");
    }

    @Test
    void aFileWithoutAnEndRecordIsNoZip() {
        byte[] bytes = "PK\u0003\u0004 not a whole zip".getBytes(StandardCharsets.ISO_8859_1);

        assertThatExceptionOfType(ZipException.class).isThrownBy(() -> ZipDirectory.read(bytes, bytes.length, 10))
                .withMessageContaining("end of central directory");
    }

    @Test
    void extraFieldsOtherThanZip64AndUnicodePathsAreStepped() throws IOException {
        byte[] stamped = repack(template(), Zip64Mode.Never);

        assertThat(fast(stamped).orElseThrow()).isEqualTo(commonsCompress(stamped));
        // a local header is 30 bytes, then the name, then the extra field, then the data
        assertThat(ZipDirectory.read(stamped, stamped.length, 100).orElseThrow()).allSatisfy(entry -> assertThat(
                entry.dataOffset() - entry.localHeader() - 30 - entry.name().length()).isPositive());
    }

    /**
     * A corrupted package that commons-compress opens is read with the same entries or left to it; one that
     * ZipDirectory refuses, commons-compress refuses too. The packages: the template, the template after 1,000 other
     * bytes, and the template with a time-stamp extra field on every entry; the corruption: a byte, a short or an
     * int set to a random or a boundary value, half the time in the central directory and the end record, and in
     * half the packages the end cut off.
     */
    @Test
    void aCorruptedPackageIsReadAsCommonsCompressReadsItOrRefusedByBoth() throws IOException {
        byte[] template = template();
        byte[] prefixed = new byte[template.length + 1000];
        System.arraycopy(template, 0, prefixed, 1000, template.length);
        List<byte[]> packages = List.of(template, prefixed, repack(template, Zip64Mode.Never));
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 4 * packages.size() - 1),
                integers().between(0, 1 << 20), integers().between(0, 1 << 20), integers().all()
                        .mix(integers().between(-2, 2))
                        .mix(Generate.pick(List.of(0xFFFF, 0xFFFFFFFF, 0x7FFF_FFFF, 0x8000_0000))))
                .checkAssert((kind, where, cut, value) -> {
                    byte[] bytes = packages.get(kind % packages.size());
                    int shape = kind / packages.size();
                    int directory = directoryStart(bytes);
                    int at = where % 2 == 0 ? where / 2 % bytes.length
                            : directory + where / 2 % (bytes.length - directory);
                    byte[] corrupt = Arrays.copyOf(bytes, cut % 2 == 0 ? bytes.length : 1 + cut / 2 % bytes.length);
                    int width = shape == 3 ? 4 : shape;
                    for (int i = 0; i < width && at + i < corrupt.length; i++) {
                        corrupt[at + i] = (byte) (value >>> 8 * i);
                    }
                    assertReadAlike(corrupt);
                });
    }

    private static void assertReadAlike(byte[] corrupt) {
        Optional<List<Entry>> fast;
        try {
            fast = fast(corrupt);
        } catch (ZipException e) {
            assertThatExceptionOfType(IOException.class).as(e.getMessage()).isThrownBy(() -> commonsCompress(corrupt));
            return;
        }
        List<Entry> reference;
        try {
            reference = commonsCompress(corrupt);
        } catch (IOException e) {
            assertThat(fast).as("refused by commons-compress: " + e.getCause()).isEmpty();
            return;
        }
        fast.ifPresent(entries -> assertThat(entries).isEqualTo(reference));
    }

    /** The package with the id of the extra field at {@code at} changed. */
    private static byte[] withFirstExtraId(byte[] bytes, int at, int id) {
        assertThat(uint16(bytes, at)).isEqualTo(0x7075);
        byte[] changed = bytes.clone();
        changed[at] = (byte) id;
        changed[at + 1] = (byte) (id >>> 8);
        return changed;
    }

    private static long int64(byte[] bytes, int at) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int directoryStart(byte[] bytes) {
        try {
            return ZipDirectory.read(bytes, bytes.length, 100).orElseThrow().get(0).record();
        } catch (ZipException e) {
            throw new AssertionError(e);
        }
    }

    /** What the guard uses of an entry. */
    private record Entry(String name, int method, long compressedSize, long size, long dataOffset) {
    }

    private static Optional<List<Entry>> fast(byte[] bytes) throws ZipException {
        return ZipDirectory.read(bytes, bytes.length, Integer.MAX_VALUE - 1).map(entries -> entries.stream()
                .map(e -> new Entry(e.name(), e.method(), e.compressedSize(), e.size(), e.dataOffset())).toList());
    }

    private static List<Entry> commonsCompress(byte[] bytes) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<Entry> entries = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                entries.add(new Entry(e.getName(), e.getMethod(), e.getCompressedSize(), e.getSize(),
                        e.getDataOffset()));
            }
            return entries;
        }
    }

    private static byte[] template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxFormat().write(List.of(SeedForms.beijing()), out);
        return out.toByteArray();
    }

    /** The package's entries written again by commons-compress in the given Zip64 mode, each with a time stamp. */
    private static byte[] repack(byte[] bytes, Zip64Mode mode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setUseZip64(mode);
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                X5455_ExtendedTimestamp stamp = new X5455_ExtendedTimestamp();
                stamp.setModifyJavaTime(new Date(0));
                copy.addExtraField(stamp);
                zip.putArchiveEntry(copy);
                in.getInputStream(entry).transferTo(zip);
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }
}
