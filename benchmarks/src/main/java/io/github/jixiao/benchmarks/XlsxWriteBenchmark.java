// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.xlsx.TemplateWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the standard-template writer, in forms per second: one form per workbook (the Beijing seed,
 * 30 indicators: the cost of a form plus a workbook), and the 16 seed forms in one workbook of 16 sheets.
 * The bytes go to a stream that counts and drops them, so the figure is the writer's, not the disk's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class XlsxWriteBenchmark {

    private static final int SEEDS = 16;

    private List<SelfEvaluation> beijing;
    private List<SelfEvaluation> seeds;

    @Setup
    public void setUp() {
        beijing = List.of(SeedForms.beijing());
        seeds = SeedForms.all();
        if (seeds.size() != SEEDS) {
            throw new IllegalStateException("expected " + SEEDS + " seed forms, found " + seeds.size());
        }
    }

    @Benchmark
    public long oneFormPerWorkbook() throws IOException {
        CountingStream out = new CountingStream();
        TemplateWriter.standard().write(beijing, out);
        return out.count;
    }

    @Benchmark
    @OperationsPerInvocation(SEEDS)
    public long sixteenSeedsInOneWorkbook() throws IOException {
        CountingStream out = new CountingStream();
        TemplateWriter.standard().write(seeds, out);
        return out.count;
    }

    /** Counts the bytes written and drops them. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
