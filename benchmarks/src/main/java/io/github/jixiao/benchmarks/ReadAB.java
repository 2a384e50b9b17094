// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of jixiao reading the same workbook in one JVM, alternating, by the reading thread's CPU time: the cost
 * of a change to the reader, measured under the same load. Each jar (a {@code benchmarks.jar} of each build) is
 * loaded in a class loader of its own, so the two keep their own classes and JIT profiles. Each round times 200
 * reads with each, in alternating order; the first quarter of the rounds is warm-up.
 *
 * <p>Run: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.jixiao.benchmarks.ReadAB before.jar
 * after.jar [workbook] [rounds]} (examples/forms/beijing.xlsx and 80 rounds by default).
 */
public final class ReadAB {

    private static final int READS_PER_ROUND = 200;

    private ReadAB() {
    }

    public static void main(String[] args) throws Exception {
        Reader before = new Reader(Path.of(args[0]));
        Reader after = new Reader(Path.of(args[1]));
        byte[] bytes = Files.readAllBytes(Path.of(args.length > 2 ? args[2] : "examples/forms/beijing.xlsx"));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 80;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        long beforeNanos = 0;
        long afterNanos = 0;
        for (int round = 0; round < rounds; round++) {
            Reader first = round % 2 == 0 ? before : after;
            long start = threads.getCurrentThreadCpuTime();
            first.read(bytes);
            long middle = threads.getCurrentThreadCpuTime();
            (first == before ? after : before).read(bytes);
            long end = threads.getCurrentThreadCpuTime();
            long beforeRound = first == before ? middle - start : end - middle;
            long afterRound = first == before ? end - middle : middle - start;
            if (round >= rounds / 4) {
                ratios.add((double) afterRound / beforeRound);
                beforeNanos += beforeRound;
                afterNanos += afterRound;
            }
        }
        Collections.sort(ratios);
        double reads = (double) ratios.size() * READS_PER_ROUND;
        System.out.printf("thread CPU per read: before %.3f ms, after %.3f ms: after/before %.3f (median round %.3f, "
                + "quartiles %.3f–%.3f)%n", beforeNanos / reads / 1e6, afterNanos / reads / 1e6,
                (double) afterNanos / beforeNanos, ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4),
                ratios.get(3 * ratios.size() / 4));
    }

    /** One build's {@code XlsxFormat}, reached by reflection in its own class loader. */
    private static final class Reader {
        private final Object format;
        private final Object options;
        private final Method read;

        Reader(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> formatClass = loader.loadClass("io.github.jixiao.xlsx.XlsxFormat");
            Class<?> optionsClass = loader.loadClass("io.github.jixiao.spi.ReadOptions");
            format = formatClass.getConstructor().newInstance();
            options = optionsClass.getMethod("strictReading").invoke(null);
            read = formatClass.getMethod("read", InputStream.class, optionsClass);
        }

        void read(byte[] bytes) throws Exception {
            for (int i = 0; i < READS_PER_ROUND; i++) {
                read.invoke(format, new ByteArrayInputStream(bytes), options);
            }
        }
    }
}
