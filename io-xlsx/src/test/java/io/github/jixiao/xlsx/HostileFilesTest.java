// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static io.github.jixiao.xlsx.RawXlsx.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files: each is refused with a {@link FormReadException} that names the file and the reason,
 * before it can exhaust memory or time (the limits are {@link XlsxLimits}).
 */
class HostileFilesTest {

    private static final String FILE = "hostile.xlsx";
    private static final FormFormat XLSX = new XlsxFormat();
    private static final String XXE_SHEET = "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>read &xxe;</t></is></c></row></sheetData></worksheet>";

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() {
        byte[] bomb = RawXlsx.withSheetData(out -> {
            byte[] rows = utf8("<row/>".repeat(100_000));
            for (int i = 0; i < 100; i++) {
                out.write(rows);
            }
        }).bytes();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefused(() -> read(bomb), "zip bomb", "maxCompressionRatio");
    }

    @Test
    void aPackageInflatingBeyondTheLimitIsRefused() throws IOException {
        byte[] sample = sample("beijing.xlsx");
        FormFormat tight = XlsxFormat.withLimits(XlsxLimits.defaults().withMaxUncompressedBytes(10_000));

        assertRefused(() -> tight.read(new ByteArrayInputStream(sample), named()), "maxUncompressedBytes");
    }

    @Test
    void aPackageWithTooManyEntriesIsRefused() {
        RawXlsx xlsx = RawXlsx.withSheetData(RawXlsx.text(""));
        for (int i = 0; i < 20; i++) {
            xlsx.with("docProps/extra" + i + ".xml", RawXlsx.text("<x/>"));
        }
        FormFormat tight = XlsxFormat.withLimits(XlsxLimits.defaults().withMaxEntries(10));

        assertRefused(() -> tight.read(new ByteArrayInputStream(xlsx.bytes()), named()), "maxEntries");
    }

    @Test
    void anXxePayloadInASheetPartIsRefused() {
        byte[] xxe = RawXlsx.withSheet(RawXlsx.text(XXE_SHEET)).bytes();

        assertRefused(() -> read(xxe), "DTD", "XXE");
    }

    @Test
    void anXxePayloadIsRefusedInAPackageTooLargeToSkipTheInflation() {
        byte[] noise = new byte[32 * 1024];
        new Random(7).nextBytes(noise);
        byte[] xxe = RawXlsx.withSheet(RawXlsx.text(XXE_SHEET)).with("docProps/noise.bin", out -> out.write(noise))
                .bytes();
        assertThat((long) xxe.length * PackageGuard.MAX_DEFLATE_RATIO).isGreaterThan(PackageGuard.SMALL_PACKAGE_BYTES);

        assertRefused(() -> read(xxe), "DTD", "XXE");
    }

    /**
     * Every part the reader parses is checked for a DTD once inflated, wherever the package keeps it: a sheet
     * stored under another name, or the shared strings, is refused as a sheet under xl/worksheets/ is, and the secret
     * is never read.
     */
    @Test
    void aDtdInASheetStoredUnderAnotherNameIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-42");
        String sheet = XXE_SHEET.replace("file:///etc/passwd", secret.toUri().toString());
        byte[] renamed = RawXlsx.withSheetData(RawXlsx.text(""))
                .with("xl/data/form.xml", RawXlsx.text(sheet))
                .with("xl/_rels/workbook.xml.rels", RawXlsx.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/worksheet\" Target=\"data/form.xml\"/></Relationships>"))
                .bytes();

        assertRefused(() -> read(renamed), "at xl/data/form.xml", "DTD", "XXE");
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(renamed))
                .withMessageNotContaining("SECRET");
    }

    @Test
    void aDtdInTheSharedStringsIsRefused() {
        byte[] xxe = RawXlsx.withSheetData(RawXlsx.text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .withSharedStrings("项目名称")
                .with("xl/sharedStrings.xml", RawXlsx.text("<?xml version=\"1.0\"?>"
                        + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<si><t>&xxe;</t></si></sst>"))
                .bytes();

        assertRefused(() -> read(xxe), "at xl/sharedStrings.xml", "DTD", "XXE");
    }

    @Test
    void aDtdAfterALongPrologIsRefused() {
        byte[] xxe = RawXlsx.withSheet(RawXlsx.text("<?xml version=\"1.0\"?>"
                + "<!--" + " comment ".repeat(10_000) + "-->" + XXE_SHEET.substring(XXE_SHEET.indexOf("<!DOCTYPE"))))
                .bytes();

        assertRefused(() -> read(xxe), "DTD", "XXE");
    }

    @Test
    void aDtdAfterTheRootElementIsRefusedAsMalformed() {
        byte[] late = RawXlsx.withSheet(RawXlsx.text("<?xml version=\"1.0\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + " ".repeat(4096)
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sheetData>"
                + "<row r=\"1\">" + RawXlsx.inlineString("A1", "&xxe;") + "</row></sheetData></worksheet>")).bytes();

        assertRefused(() -> read(late), "cannot be read");
    }

    /**
     * Damage the reader can repair is a finding at its cell (see {@code DamagedCellsTest}); a sheet that is not XML
     * at all cannot be read around, and is refused naming its part.
     */
    @Test
    void aSheetThatIsNotWellFormedXmlIsRefusedNamingItsPart() {
        byte[] broken = RawXlsx.withSheetData(RawXlsx.text("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")).bytes();

        assertRefused(() -> read(broken), "at xl/worksheets/sheet1.xml", "cannot be read");
    }

    @Test
    void randomBytesAreNotAWorkbook() {
        byte[] noise = new byte[4096];
        new Random(20231122L).nextBytes(noise);

        assertRefused(() -> read(noise), "not a workbook");
    }

    @Test
    void anEmptyFileIsNotAWorkbook() {
        assertRefused(() -> read(new byte[0]), "empty");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] sample = sample("beijing.xlsx");
        byte[] truncated = Arrays.copyOf(sample, sample.length / 2);

        assertRefused(() -> read(truncated), "truncated or corrupt");
    }

    @Test
    void aTruncatedXlsIsRefused() throws IOException {
        byte[] sample = sample("beijing.xls");
        byte[] truncated = Arrays.copyOf(sample, sample.length / 2);

        assertRefused(() -> new XlsFormat().read(new ByteArrayInputStream(truncated), named()), "corrupt");
    }

    @Test
    void anEncryptedWorkbookIsRefusedAsEncrypted() throws Exception {
        byte[] sample = sample("beijing.xlsx");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("jixiao");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(sample);
            }
            fs.writeFilesystem(encrypted);
        }

        assertRefused(() -> read(encrypted.toByteArray()), "encrypted workbook");
    }

    @Test
    void anXlsRenamedXlsxIsReadAsXlsAndSaysSo() throws IOException {
        ReadResult result = read(sample("beijing.xls"));

        assertThat(result.forms()).containsExactly(SeedForms.beijing());
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("READ_XLS_AS_XLSX");
            assertThat(f.location()).isEqualTo(FILE);
        });
    }

    @Test
    void anXlsxRenamedXlsIsReadAsXlsxAndSaysSo() throws IOException {
        ReadResult result = new XlsFormat().read(new ByteArrayInputStream(sample("beijing.xlsx")), named());

        assertThat(result.forms()).containsExactly(SeedForms.beijing());
        assertThat(result.findings()).extracting(f -> f.code()).containsExactly("READ_XLSX_AS_XLS");
    }

    /** The styles part is optional: a package without one (as some exporters write it) is read, every number General. */
    @Test
    void aPackageWithoutStylesIsRead() throws IOException {
        byte[] bare = RawXlsx.withSheetData(RawXlsx.text("<row r=\"1\">" + RawXlsx.inlineString("A1", "项目支出绩效自评表")
                + "</row><row r=\"2\">" + RawXlsx.inlineString("A2", "项目名称") + RawXlsx.inlineString("B2", "道路养护")
                + "</row><row r=\"3\">" + RawXlsx.inlineString("A3", "项目资金（万元）")
                + RawXlsx.inlineString("C3", "全年预算数") + RawXlsx.inlineString("D3", "全年执行数") + "</row><row r=\"4\">"
                + RawXlsx.inlineString("B4", "年度资金总额") + "<c r=\"C4\" s=\"3\"><v>100</v></c>"
                + "<c r=\"D4\" s=\"1\"><v>90.5</v></c></row>")).without("xl/styles.xml").bytes();

        ReadResult result = XLSX.read(new ByteArrayInputStream(bare), ReadOptions.defaults().withSourceName(FILE));

        assertThat(result.forms()).singleElement().satisfies(f -> {
            assertThat(f.project().name()).isEqualTo("道路养护");
            assertThat(f.funding().total().orElseThrow().executed())
                    .hasValueSatisfying(amount -> assertThat(amount).hasToString("90.5万元"));
        });
    }

    /** WPS 表格 saves .et files as .xls or .xlsx workbooks: each is read by what it holds, and says so. */
    @Test
    void anEtFileIsReadByWhatItHolds() throws IOException {
        ReadOptions et = ReadOptions.strictReading().withSourceName("自评表.et");
        ReadResult xlsx = new XlsFormat().read(new ByteArrayInputStream(sample("beijing.xlsx")), et);
        ReadResult xls = new XlsFormat().read(new ByteArrayInputStream(sample("beijing.xls")), et);

        assertThat(xlsx.forms()).containsExactly(SeedForms.beijing());
        assertThat(xlsx.findings()).singleElement().satisfies(f -> assertThat(f.messageEn())
                .isEqualTo("the file is named .et but holds an .xlsx package; it is read as .xlsx"));
        assertThat(xls.forms()).containsExactly(SeedForms.beijing());
        assertThat(xls.findings()).isEmpty();
    }

    @Test
    void aSheetOfAMillionRowsIsRefusedWhileStreaming() {
        byte[] rows = RawXlsx.withSheetData(out -> {
            for (int r = 1; r <= 1_048_576; r++) {
                out.write(utf8("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>"));
            }
        }).bytes();

        assertRefused(() -> read(rows), "row 100001", "maxRows");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingItAll() {
        long limit = XlsxLimits.defaults().maxFileBytes();
        CountingZeros endless = new CountingZeros(limit * 4);

        assertRefused(() -> XLSX.read(endless, named()), "larger than the limit", "maxFileBytes");
        assertThat(endless.served).isLessThan(limit + 1024 * 1024);
    }

    @Test
    void aCellLongerThanTheStringLimitIsRefusedAtItsCell() {
        byte[] longCell = RawXlsx.withSheetData(RawXlsx.text(
                "<row r=\"3\">" + RawXlsx.inlineString("B3", "长".repeat(40_000)) + "</row>")).bytes();

        assertRefused(() -> read(longCell), "Sheet1!B3", "maxStringLength");
    }

    @Test
    void aWorkbookWithoutAFormSaysSo() {
        byte[] noForm = RawXlsx.withSheetData(RawXlsx.text(
                "<row r=\"1\">" + RawXlsx.inlineString("A1", "hello") + "</row>")).bytes();

        assertRefused(() -> read(noForm), "no form found");
    }

    private static void assertRefused(ThrowingCallable read, String... reasons) {
        assertThatExceptionOfType(FormReadException.class).isThrownBy(read).satisfies(e -> {
            assertThat(e.source()).isEqualTo(FILE);
            assertThat(e.getMessage()).startsWith(FILE).contains(reasons);
        });
    }

    private static ReadResult read(byte[] bytes) throws IOException {
        return XLSX.read(new ByteArrayInputStream(bytes), named());
    }

    private static ReadOptions named() {
        return ReadOptions.strictReading().withSourceName(FILE);
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SampleWorkbooksTest.FORMS.resolve(name));
    }

    /** A stream of zeros that counts what it served. */
    private static final class CountingZeros extends InputStream {
        private final long size;
        private long served;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (int) (served++ & 0) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            Arrays.fill(b, off, off + n, (byte) 0);
            served += n;
            return n;
        }
    }
}
