// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static io.github.jixiao.cli.JixiaoTest.jixiao;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.model.Origin;
import io.github.jixiao.pdf.AuditMarksRead;
import io.github.jixiao.pdf.AuditMarksRead.Mark;
import io.github.jixiao.pdf.PdfFormat;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.ReadOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on Word documents and PDFs: the corpus and seed forms saved as .docx and .doc and printed to
 * PDF (io-word's and io-pdf's test documents, made from the workbooks by LibreOffice) read as from their workbooks,
 * a folder mixing every format is audited whole, the audit is drawn on a PDF, and scanned, encrypted and hostile
 * files each get one line and exit 3.
 */
class WordAndPdfTest {

    static final Path CORPUS = Path.of("../io-xlsx/src/test/resources/corpus");
    static final Path WORD = Path.of("../io-word/src/test/resources/io/github/jixiao/word");
    static final Path PDF = Path.of("../io-pdf/src/test/resources/io/github/jixiao/pdf");
    static final String PUTUO = "04_putuo-tiyu-jiesuan";
    static final String TIANCHANG = "05_tianchang-shuihanzaihai";
    /** How long a refusal may take, however hostile the file. */
    static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void auditReadsAFolderMixingWorkbooksJsonWordAndPdf() throws IOException {
        Map<String, Path> files = Map.of(
                "a.xlsx", CORPUS.resolve("01_zhongjiang-shuibiaochi.xlsx"),
                "b.xls", CORPUS.resolve("02_yongde-yingyanggaishan.xls"),
                "c.docx", WORD.resolve("03_baoshan-chunjieweiwen.docx"),
                "d.doc", WORD.resolve(PUTUO + ".doc"),
                "e.pdf", PDF.resolve(TIANCHANG + ".pdf"),
                "f.json", JixiaoTest.FORMS.resolve("beijing.json"));
        Path folder = Files.createDirectories(dir.resolve("mixed/deep"));
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Files.copy(file.getValue(), folder.resolve(file.getKey()));
        }

        JixiaoTest.Run json = jixiao("audit", "--json", dir.resolve("mixed").toString());
        JixiaoTest.Run text = jixiao("audit", dir.resolve("mixed").toString());

        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.err()).isEmpty();
        List<String> sources = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        for (JsonNode form : json.json()) {
            sources.add(form.get("source").asText().replaceAll("[!#].*", ""));
            projects.add(form.get("project").asText());
        }
        assertThat(sources).containsExactly(Stream.of("a.xlsx", "b.xls", "c.docx", "d.doc", "e.pdf", "f.json")
                .map(name -> folder.resolve(name).toString()).toArray(String[]::new));
        List<String> expected = new ArrayList<>();
        for (String name : List.of("a.xlsx", "b.xls", "c.docx", "d.doc", "e.pdf", "f.json")) {
            expected.add(Formats.read(files.get(name), ReadOptions.lenientReading()).forms().get(0).project().name());
        }
        assertThat(projects).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("6 个文件，6 份自评表，0 个无法读取");
    }

    @Test
    void scoreAndExportTakeWordAndPdfToo() throws IOException {
        JixiaoTest.Run score = jixiao("score", WORD.resolve("beijing.docx").toString(), PDF.resolve("beijing.pdf")
                .toString(), WORD.resolve("beijing.doc").toString());
        Path tables = dir.resolve("tables");
        JixiaoTest.Run export = jixiao("export", "--out", tables.toString(), PDF.resolve("shenzhen.pdf").toString(),
                WORD.resolve("shenzhen.docx").toString());

        assertThat(score.exit()).as(score.err()).isZero();
        assertThat(score.out().lines().filter(l -> l.startsWith("总分")))
                .containsExactly("总分  自评 98  计算 100.00 优", "总分  自评 98  计算 100.00 优", "总分  自评 98  计算 100.00 优");
        assertThat(export.exit()).as(export.err()).isZero();
        // nine forms in each document; the second document's are duplicates of the first's, each a row naming it
        try (Reader in = Files.newBufferedReader(tables.resolve("forms.csv"))) {
            assertThat(CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords()).hasSize(9 + 9);
        }
    }

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        for (String corpus : List.of("01_zhongjiang-shuibiaochi", "02_yongde-yingyanggaishan",
                "03_baoshan-chunjieweiwen", PUTUO, TIANCHANG)) {
            Path workbook = CORPUS.resolve(corpus + ".xlsx");
            documents.add(Arguments.of(PDF.resolve(corpus + ".pdf"), workbook));
            documents.add(Arguments.of(WORD.resolve(corpus + ".docx"), workbook));
            documents.add(Arguments.of(WORD.resolve(corpus + ".doc"), workbook));
        }
        // shanghai.pdf is left out: two of its cells lose a space where a line wraps (io-pdf's README)
        for (String seed : List.of("beijing", "shenzhen")) {
            documents.add(Arguments.of(PDF.resolve(seed + ".pdf"), JixiaoTest.FORMS.resolve(seed + ".xlsx")));
            documents.add(Arguments.of(WORD.resolve(seed + ".docx"), JixiaoTest.FORMS.resolve(seed + ".xlsx")));
        }
        documents.add(Arguments.of(WORD.resolve("shanghai.docx"), JixiaoTest.FORMS.resolve("shanghai.xlsx")));
        documents.add(Arguments.of(WORD.resolve("beijing.doc"), JixiaoTest.FORMS.resolve("beijing.xlsx")));
        return documents.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void convertToJsonGivesTheFormsOfTheWorkbook(Path document, Path workbook) throws IOException {
        Path json = dir.resolve("forms.json");

        JixiaoTest.Run run = jixiao("convert", document.toString(), json.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Formats.read(json, ReadOptions.lenientReading()).forms())
                .isEqualTo(Formats.read(workbook, ReadOptions.lenientReading()).forms());
    }

    @Test
    void theAuditedPdfBoxesEveryCitedCellWithItsFindingsMessages() throws IOException {
        Path original = PDF.resolve(TIANCHANG + ".pdf");
        Path audited = dir.resolve("audited.pdf");

        JixiaoTest.Run run = jixiao("convert", "--audit", "--policy", "national", original.toString(),
                audited.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<Mark> marks = marks(audited);
        List<Finding> findings = findings(original, PolicySelector.fixed(ScoringPolicy.national()));
        assertThat(findings).hasSizeGreaterThan(20).allSatisfy(finding -> assertThat(finding.origin()).isPresent());
        for (Finding finding : findings) {
            String cell = WordAndPdfTest.cellText(original, finding.origin().orElseThrow());
            assertThat(marks).as(finding.code() + " at " + finding.origin().orElseThrow())
                    .anySatisfy(mark -> {
                        assertThat(mark.contents()).contains(finding.message(Language.CHINESE));
                        assertThat(letters(mark.text())).contains(letters(cell));
                    });
        }
        assertThat(marks).allSatisfy(mark -> assertThat(mark.contents())
                .matches("(\\[(错误|警告|提示) [A-Z0-9_]+] [^\\n]+\\n?)+"));
    }

    @Test
    void theAuditedPdfSpeaksEnglishOnRequestAndSaysWhatItCouldNotMark() throws IOException {
        Path original = PDF.resolve(PUTUO + ".pdf");
        Path audited = dir.resolve("audited.pdf");

        JixiaoTest.Run run = jixiao("convert", "--audit", "--lang", "en", original.toString(), audited.toString());
        JixiaoTest.Run unmarked = jixiao("convert", "--audit", PDF.resolve(TIANCHANG + ".pdf").toString(),
                dir.resolve("05.pdf").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        // the execution rate printed (86.19%) is not the one computed, and the policy was guessed from the 主管部门
        List<Mark> marks = marks(audited);
        assertThat(marks).extracting(Mark::text).map(String::strip)
                .containsExactlyInAnyOrder("86.19%", "上海市普陀区体育局");
        assertThat(marks).anySatisfy(mark -> assertThat(mark.contents())
                .startsWith("[ERROR EXECUTION_RATE_MISMATCH] "));
        assertThat(unmarked.exit()).isZero();
        // form 05 names no 主管部门: the policy guessed cites no cell, so it is said on standard error
        assertThat(unmarked.err()).isEqualTo("jixiao: " + PDF.resolve(TIANCHANG + ".pdf")
                + ": 未标在 PDF 上（未指向其中的单元格）：提示 POLICY_GUESSED 评分规则: 评分规则按表中信息推断为 national（依据：表中未见地区或模板特征，按国家规则）；"
                + "如有不同，请指定评分规则\n");
    }

    @Test
    void aPdfAuditedAsATemplateIsTheTemplateItsWorkbookGives() throws IOException {
        Path fromPdf = dir.resolve("from-pdf.xlsx");
        Path fromWorkbook = dir.resolve("from-workbook.xlsx");

        JixiaoTest.Run run = jixiao("convert", "--audit", PDF.resolve(PUTUO + ".pdf").toString(), fromPdf.toString());
        jixiao("convert", "--audit", CORPUS.resolve(PUTUO + ".xlsx").toString(), fromWorkbook.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Formats.read(fromPdf, ReadOptions.lenientReading()).forms()).isNotEmpty()
                .isEqualTo(Formats.read(fromWorkbook, ReadOptions.lenientReading()).forms());
    }

    @Test
    void anAuditedPdfOnlyFromAPdfAndOnlyWithAudit() {
        Path pdf = PDF.resolve(PUTUO + ".pdf");
        Path out = dir.resolve("out.pdf");
        JixiaoTest.Run fromWorkbook = jixiao("convert", "--audit", CORPUS.resolve(PUTUO + ".xlsx").toString(),
                out.toString());
        JixiaoTest.Run toJson = jixiao("convert", "--audit", pdf.toString(), dir.resolve("out.json").toString());
        JixiaoTest.Run withoutAudit = jixiao("convert", "--lang", "en", pdf.toString(), out.toString());

        for (JixiaoTest.Run run : List.of(fromWorkbook, toJson, withoutAudit)) {
            assertThat(run.exit()).isEqualTo(Jixiao.USAGE);
            assertThat(run.out()).isEmpty();
        }
        assertThat(fromWorkbook.err()).startsWith("OUT " + out + "：--audit 只为 PDF 写出审核后的 PDF；请以 .xlsx 命名，写出审核后的模板\n");
        assertThat(toJson.err()).startsWith("OUT " + dir.resolve("out.json")
                + "：--audit 写出的是模板（.xlsx）或审核后的 PDF（.pdf），请以 .xlsx 或 .pdf 命名\n");
        assertThat(withoutAudit.err()).startsWith("OUT " + out + ": .pdf is read only; write .xlsx or .json\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void scannedEncryptedAndHostileFilesGetOneLineEachAndExitThreeInBoundedTime() throws IOException {
        Path scanned = Files.write(dir.resolve("scanned.pdf"), scannedPdf());
        Path encrypted = Files.write(dir.resolve("encrypted.pdf"), encrypted(Files.readAllBytes(PDF.resolve(PUTUO
                + ".pdf"))));
        Path bomb = Files.write(dir.resolve("bomb.docx"), zipBomb());
        Files.copy(PDF.resolve(PUTUO + ".pdf"), dir.resolve("good.pdf"));
        Map<Path, String> reasons = Map.of(
                scanned, "no text layer: scanned PDF, OCR is not supported",
                encrypted, "encrypted PDF: it opens only with a password; save or print it without one",
                bomb, "word/document.xml: the part inflates more than 100 times its compressed size "
                        + "(WordLimits.maxCompressionRatio): a zip bomb?");

        for (Map.Entry<Path, String> file : reasons.entrySet()) {
            for (String command : List.of("score", "audit", "convert")) {
                List<String> args = new ArrayList<>(List.of(command, "--lang", "en", file.getKey().toString()));
                if (command.equals("convert")) {
                    args.add(dir.resolve("out.json").toString());
                }
                JixiaoTest.Run run = assertTimeoutPreemptively(BOUND, () -> jixiao(args.toArray(String[]::new)));
                assertThat(run.exit()).as(command + " " + file.getKey()).isEqualTo(Jixiao.UNREADABLE);
                assertThat(run.err()).as(command).isEqualTo("jixiao: " + file.getKey() + ": " + file.getValue()
                        + "\n");
            }
        }
        JixiaoTest.Run folder = assertTimeoutPreemptively(BOUND, () -> jixiao("audit", "--json", dir.toString()));
        assertThat(folder.exit()).isEqualTo(Jixiao.UNREADABLE);
        assertThat(folder.json()).extracting(form -> form.get("project").asText())
                .containsExactly("普陀体育中心与委托运营方结算费用");
        assertThat(folder.err().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("jixiao: " + dir));
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    /** The square annotations of a PDF, with the text inside each. */
    static List<Mark> marks(Path pdf) throws IOException {
        return AuditMarksRead.of(Files.readAllBytes(pdf));
    }

    /** Every finding of every form of a file, as the command line evaluates it. */
    static List<Finding> findings(Path file, PolicySelector policy) {
        Outcome outcome = new Evaluator(policy, ReadOptions.lenientReading()).evaluate(file);
        assertThat(outcome.problems()).isEmpty();
        return outcome.forms().stream().map(Evaluation::findings).flatMap(List::stream).toList();
    }

    /** The text of the cell of a PDF that an origin cites; empty for a blank cell. */
    static String cellText(Path pdf, Origin origin) throws IOException {
        for (Grid grid : new PdfFormat().grids(new ByteArrayInputStream(Files.readAllBytes(pdf)), "")) {
            int columns = grid.rows().stream().flatMap(row -> row.cells().stream()).mapToInt(GridCell::column).max()
                    .orElse(0) + 1;
            for (int r = 0; r <= grid.rows().get(grid.rows().size() - 1).index(); r++) {
                for (int c = 0; c < columns; c++) {
                    Origin at = grid.origin(r, c);
                    if (at.part().equals(origin.part()) && at.place().equals(origin.place())) {
                        return grid.cell(r, c).map(GridCell::text).orElse("");
                    }
                }
            }
        }
        throw new AssertionError("no cell at " + origin);
    }

    /** The letters and digits of a text: what a box must hold whatever the line breaks and spaces. */
    static String letters(String text) {
        return text.replaceAll("[\\s\\p{Z}]", "");
    }

    /** A PDF of one page showing an image and no text: a scan. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, new BufferedImage(200, 100,
                        BufferedImage.TYPE_INT_RGB)), 50, 500, 400, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF that opens only with a password. */
    static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A .docx of a few KiB whose document part inflates to 20 MiB: one cell of one letter repeated. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            OutputStream part = zip;
            part.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] letters = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) {
                part.write(letters);
            }
            part.write("</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>".getBytes(
                    StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
