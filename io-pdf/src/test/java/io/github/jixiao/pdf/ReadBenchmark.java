// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import io.github.jixiao.layout.Grid;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import io.github.jixiao.word.DocFormat;
import io.github.jixiao.word.DocxFormat;
import io.github.jixiao.word.WorkbookTexts;
import io.github.jixiao.xlsx.XlsxFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading speed of one form document (JMH, test scope; not run by the build). PDF: jixiao's grids against plain
 * PDFBox text extraction ({@code PDFTextStripper}) of the same file. Word: jixiao's streaming .docx read against
 * POI XWPF reading the same tables' texts, and the .doc read (POI HWPF). Forms: the whole read (grids, recogniser,
 * forms) of the PDF and of the .docx against that of the workbook they were printed from. Run from the repository's
 * root (the workbooks are found in {@code examples/forms} and {@code io-xlsx/src/test/resources/corpus}) after
 * {@code mvn -pl io-word,io-pdf -am verify}:
 *
 * <pre>java -cp io-pdf/target/test-classes:io-pdf/target/classes:$(cat cp.txt) org.openjdk.jmh.Main ReadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC"})
public class ReadBenchmark {

    /** The form: a one-page corpus form, and the two-page Beijing seed. */
    @Param({"04_putuo-tiyu-jiesuan", "beijing"})
    public String form;

    private byte[] pdf;
    private byte[] docx;
    private byte[] doc;
    private byte[] xlsx;

    @Setup
    public void read() throws IOException {
        pdf = WorkbookTexts.resource(ReadBenchmark.class, form + ".pdf");
        docx = WorkbookTexts.resource(DocxFormat.class, form + ".docx");
        doc = WorkbookTexts.resource(DocxFormat.class, form + ".doc");
        Path workbook = Stream.of("examples/forms", "io-xlsx/src/test/resources/corpus")
                .map(folder -> Path.of(folder, form + ".xlsx")).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IOException(form + ".xlsx not found: run from the repository's root"));
        xlsx = Files.readAllBytes(workbook);
    }

    @Benchmark
    public ReadResult pdfForms() throws IOException {
        return new PdfFormat().read(new ByteArrayInputStream(pdf), ReadOptions.defaults().withSourceName(form));
    }

    @Benchmark
    public ReadResult docxForms() throws IOException {
        return new DocxFormat().read(new ByteArrayInputStream(docx), ReadOptions.defaults().withSourceName(form));
    }

    @Benchmark
    public ReadResult xlsxForms() throws IOException {
        return new XlsxFormat().read(new ByteArrayInputStream(xlsx), ReadOptions.defaults().withSourceName(form));
    }

    @Benchmark
    public List<Grid> pdfGrids() throws IOException {
        return new PdfFormat().grids(new ByteArrayInputStream(pdf), "");
    }

    @Benchmark
    public String pdfBoxTextStripper() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Benchmark
    public List<Grid> docxGrids() throws IOException {
        return new DocxFormat().grids(new ByteArrayInputStream(docx), "");
    }

    @Benchmark
    public int docxPoiXwpf() throws IOException {
        int characters = 0;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        characters += cell.getText().length();
                    }
                }
            }
        }
        return characters;
    }

    @Benchmark
    public List<Grid> docGrids() throws IOException {
        return new DocFormat().grids(new ByteArrayInputStream(doc), "");
    }
}
