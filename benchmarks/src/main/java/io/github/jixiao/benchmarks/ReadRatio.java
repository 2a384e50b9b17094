package io.github.jixiao.benchmarks;

import io.github.jixiao.xlsx.XlsxFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ratio of jixiao's read time to bare fastexcel-reader's, the two reads alternating in one JVM so that both see
 * the same machine: {@link XlsxReadBenchmark} measures them one after the other, and on a shared VM their ratio
 * then moves with the load. Each round times 200 reads of each; the first quarter of the rounds is warm-up.
 *
 * <p>Run from the repository root: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.jixiao.benchmarks.ReadRatio [rounds] [workbook]} (80 rounds and examples/forms/beijing.xlsx by default).
 */
public final class ReadRatio {

    private static final int READS_PER_ROUND = 200;

    private ReadRatio() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        byte[] bytes = Files.readAllBytes(Path.of(args.length > 1 ? args[1] : "examples/forms/beijing.xlsx"));
        XlsxFormat xlsx = new XlsxFormat();
        List<Double> ratios = new ArrayList<>();
        long jixiaoNanos = 0;
        long bareNanos = 0;
        long indicators = 0;
        long[] cells = new long[1];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < READS_PER_ROUND; i++) {
                indicators += XlsxReadBenchmark.readWithJixiao(xlsx, bytes).indicators().leaves().size();
            }
            long middle = System.nanoTime();
            for (int i = 0; i < READS_PER_ROUND; i++) {
                XlsxReadBenchmark.readEveryCell(bytes, value -> cells[0]++);
            }
            long end = System.nanoTime();
            if (round >= rounds / 4) {
                ratios.add((double) (middle - start) / (end - middle));
                jixiaoNanos += middle - start;
                bareNanos += end - middle;
            }
        }
        Collections.sort(ratios);
        double reads = (double) ratios.size() * READS_PER_ROUND;
        long allReads = (long) rounds * READS_PER_ROUND;
        System.out.printf("jixiao %.3f ms, bare fastexcel-reader %.3f ms per read: %.2f× (median round %.2f×, "
                + "rounds %.2f–%.2f×; per read %d indicators, %d cells)%n", jixiaoNanos / reads / 1e6,
                bareNanos / reads / 1e6, (double) jixiaoNanos / bareNanos, ratios.get(ratios.size() / 2), ratios.get(0),
                ratios.get(ratios.size() - 1), indicators / allReads, cells[0] / allReads);
    }
}
