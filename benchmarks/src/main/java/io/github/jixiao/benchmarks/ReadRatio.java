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
 * then moves with the load. Each round times 200 reads of each, after a warm-up of its own rounds.
 *
 * <p>The warm-up is long because jixiao's code takes long to reach its steady state on a small machine: on the
 * 2-core VM, blocks of 4,000 reads each gave 2.37, 1.69, 1.53, 1.48 and then 1.46–1.47 for every block from the
 * 20,000th read on, while bare fastexcel-reader was steady from the 8,000th (its code is a fraction of jixiao's, and
 * the compiler has one core). A warm-up of 4,000 reads, as this class had, measured the compiler as much as the read.
 * The ratio of the warm-up's last rounds is printed beside the measured one: where the two differ, warm up longer.
 *
 * <p>Each half of a round is timed twice: by the wall clock, and by the CPU time of the reading thread, which other
 * processes on a loaded machine do not inflate (it leaves out the collector's own threads, so it undercounts what
 * allocation costs). On a quiet machine the two ratios agree; on a loaded one, quote the CPU-time ratio.
 *
 * <p>Run from the repository root: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.jixiao.benchmarks.ReadRatio [rounds] [workbook] [warm-up rounds]} (60 measured rounds,
 * examples/forms/beijing.xlsx and 100 warm-up rounds, 20,000 reads of each, by default).
 */
public final class ReadRatio {

    private static final int READS_PER_ROUND = 200;
    private static final int LAST_WARM_UP_ROUNDS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReadRatio() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        byte[] bytes = Files.readAllBytes(Path.of(args.length > 1 ? args[1] : "examples/forms/beijing.xlsx"));
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        XlsxFormat xlsx = new XlsxFormat();
        Times lastWarmUp = new Times();
        Times wall = new Times();
        Times cpu = new Times();
        long indicators = 0;
        long[] cells = new long[1];
        for (int round = 0; round < warmUp + rounds; round++) {
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
            if (round >= warmUp) {
                wall.add(middle - start, end - middle);
                cpu.add(middleCpu - startCpu, endCpu - middleCpu);
            } else if (round >= warmUp - LAST_WARM_UP_ROUNDS) {
                lastWarmUp.add(middleCpu - startCpu, endCpu - middleCpu);
            }
        }
        long allReads = (long) (warmUp + rounds) * READS_PER_ROUND;
        System.out.printf("wall: %s%nthread CPU: %s%nwarm-up (%d reads of each), its last %d rounds, thread CPU: %s%n"
                + "per read %d indicators, %d cells%n", wall, cpu, warmUp * READS_PER_ROUND, LAST_WARM_UP_ROUNDS,
                lastWarmUp, indicators / allReads, cells[0] / allReads);
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
            if (ratios.isEmpty()) {
                return "no rounds";
            }
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
