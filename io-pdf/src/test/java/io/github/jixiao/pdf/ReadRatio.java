// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The ratios of {@link ReadBenchmark}'s reads, measured interleaved in one JVM (test scope; not run by the build):
 * each read runs in turn for a short slice, many rounds, so that load from other processes on a shared machine
 * falls on all of them alike; prints each read's mean time and its ratio to the baseline (PDFBox text extraction
 * for PDF grids, POI XWPF for Word grids, the workbook's read for whole reads to forms).
 *
 * <pre>java -Xmx512m -XX:+UseSerialGC -cp io-pdf/target/test-classes:io-pdf/target/classes:$(cat cp.txt) io.github.jixiao.pdf.ReadRatio</pre>
 */
public final class ReadRatio {

    private static final long SLICE_NANOS = 200_000_000L;

    private ReadRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        for (String form : new String[] {"04_putuo-tiyu-jiesuan", "beijing"}) {
            ReadBenchmark bench = new ReadBenchmark();
            bench.form = form;
            bench.read();
            Map<String, Callable<Object>> reads = new LinkedHashMap<>();
            reads.put("pdfBoxTextStripper", bench::pdfBoxTextStripper);
            reads.put("pdfGrids", bench::pdfGrids);
            reads.put("docxPoiXwpf", bench::docxPoiXwpf);
            reads.put("docxGrids", bench::docxGrids);
            reads.put("docGrids", bench::docGrids);
            reads.put("xlsxForms", bench::xlsxForms);
            reads.put("pdfForms", bench::pdfForms);
            reads.put("docxForms", bench::docxForms);
            Map<String, long[]> totals = new LinkedHashMap<>();
            reads.keySet().forEach(k -> totals.put(k, new long[2]));
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Callable<Object>> read : reads.entrySet()) {
                    long start = System.nanoTime();
                    long ops = 0;
                    while (System.nanoTime() - start < SLICE_NANOS) {
                        read.getValue().call();
                        ops++;
                    }
                    if (round >= rounds / 5) {
                        totals.get(read.getKey())[0] += System.nanoTime() - start;
                        totals.get(read.getKey())[1] += ops;
                    }
                }
            }
            for (Map.Entry<String, long[]> total : totals.entrySet()) {
                String read = total.getKey();
                String baseline = read.endsWith("Forms") ? "xlsxForms"
                        : read.startsWith("pdf") ? "pdfBoxTextStripper" : "docxPoiXwpf";
                double ms = mean(total.getValue());
                System.out.printf("%-24s %-20s %8.3f ms/read %7.0f reads/s  %.2f × %s%n", form, read, ms, 1000 / ms,
                        ms / mean(totals.get(baseline)), baseline);
            }
        }
    }

    private static double mean(long[] total) {
        return total[0] / 1e6 / total[1];
    }
}
