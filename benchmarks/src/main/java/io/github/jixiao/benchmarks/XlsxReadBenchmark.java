// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.xlsx.XlsxFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading one form workbook, all in the same run on the same bytes: jixiao reading it into a
 * {@link SelfEvaluation} (package check, grid, recogniser, notation parser); bare fastexcel-reader reading every
 * cell (the floor jixiao builds on); plain POI XSSF opening it and reading every cell as a string (the usual
 * alternative). And a batch of 10,000 single-form workbooks read into forms in a 256 MB heap.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar XlsxReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class XlsxReadBenchmark {

    /** The workbook, relative to the repository root: the Beijing sample, 35 indicators on the central template. */
    @Param({"examples/forms/beijing.xlsx"})
    public String workbook;

    private static final int BATCH = 10_000;
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final XlsxFormat xlsx = new XlsxFormat();
    private byte[] bytes;

    @Setup
    public void load() throws IOException {
        bytes = Files.readAllBytes(Path.of(workbook));
    }

    @Benchmark
    public SelfEvaluation jixiao() throws IOException {
        return readWithJixiao(xlsx, bytes);
    }

    @Benchmark
    public void fastexcelEveryCell(Blackhole sink) throws IOException {
        readEveryCell(bytes, sink::consume);
    }

    /** jixiao reading the first form of a workbook. */
    static SelfEvaluation readWithJixiao(XlsxFormat xlsx, byte[] bytes) throws IOException {
        return xlsx.read(new ByteArrayInputStream(bytes), ReadOptions.strictReading()).forms().get(0);
    }

    /** Bare fastexcel-reader reading every cell's value, number formats included, into {@code sink}. */
    static void readEveryCell(byte[] bytes, Consumer<Object> sink) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), WITH_FORMATS)) {
            for (Iterator<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().iterator(); sheets.hasNext(); ) {
                try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheets.next().openStream()) {
                    rows.forEach(row -> row.forEach(cell -> sink.accept(cell == null ? null : cell.getValue())));
                }
            }
        }
    }

    @Benchmark
    public void poiXssfEveryCellAsString(Blackhole sink) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sink.consume(formatter.formatCellValue(cell));
                    }
                }
            }
        }
    }

    /** 10,000 single-form workbooks read into 10,000 forms, all kept, in a 256 MB heap (see {@link Fork}). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public List<SelfEvaluation> batchOf10000() throws IOException {
        List<SelfEvaluation> forms = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            forms.add(xlsx.read(new ByteArrayInputStream(bytes), ReadOptions.strictReading()).forms().get(0));
        }
        return forms;
    }
}
