// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import io.github.jixiao.xlsx.XlsxFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * <p>Each half of a round is timed twice: by the wall clock, and by the CPU time of the reading thread, which other
 * processes on a loaded machine do not inflate (it leaves out the collector's own threads, so it undercounts what
 * allocation costs). On a quiet machine the two ratios agree; on a loaded one, quote the CPU-time ratio.
 *
 * <p>Run from the repository root: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.jixiao.benchmarks.ReadRatio [rounds] [workbook]} (80 rounds and examples/forms/beijing.xlsx by default).
 */
public final class ReadRatio {

    private static final int READS_PER_ROUND = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReadRatio() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        byte[] bytes = Files.readAllBytes(Path.of(args.length > 1 ? args[1] : "examples/forms/beijing.xlsx"));
        XlsxFormat xlsx = new XlsxFormat();
        Times wall = new Times();
        Times cpu = new Times();
        long indicators = 0;
        long[] cells = new long[1];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < READS_PER_ROUND; i++) {
                indicators += XlsxReadBenchmark.readWithJixiao(xlsx, bytes).indicators().leaves().size();
            }
            long middle = System.nanoTime();
            long middleCpu = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < READS_PER_ROUND; i++) {
                XlsxReadBenchmark.readEveryCell(bytes, value -> cells[0]++);
            }
            long end = System.nanoTime();
            long endCpu = THREADS.getCurrentThreadCpuTime();
            if (round >= rounds / 4) {
                wall.add(middle - start, end - middle);
                cpu.add(middleCpu - startCpu, endCpu - middleCpu);
            }
        }
        long allReads = (long) rounds * READS_PER_ROUND;
        System.out.printf("wall: %s%nthread CPU: %s%nper read %d indicators, %d cells%n", wall, cpu,
                indicators / allReads, cells[0] / allReads);
    }

    /** The measured rounds of one clock: totals of each read and the ratio of each round. */
    private static final class Times {
        private final List<Double> ratios = new ArrayList<>();
        private long jixiaoNanos;
        private long bareNanos;

        void add(long jixiao, long bare) {
            ratios.add((double) jixiao / bare);
            jixiaoNanos += jixiao;
            bareNanos += bare;
        }

        @Override
        public String toString() {
            List<Double> sorted = new ArrayList<>(ratios);
            Collections.sort(sorted);
            double reads = (double) sorted.size() * READS_PER_ROUND;
            return String.format("jixiao %.3f ms, bare fastexcel-reader %.3f ms per read: %.2f× (median round %.2f×, "
                    + "rounds %.2f–%.2f×)", jixiaoNanos / reads / 1e6, bareNanos / reads / 1e6,
                    (double) jixiaoNanos / bareNanos, sorted.get(sorted.size() / 2), sorted.get(0),
                    sorted.get(sorted.size() - 1));
        }
    }
}
