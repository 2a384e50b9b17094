// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Target;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing cost of the notation parser: a typical target and actual, and hostile texts of growing length,
 * to show that time grows linearly with the text (each step of the reader moves forward).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NotationBenchmark {

    /** Length of the hostile text. */
    @Param({"100", "1000", "10000"})
    public int length;

    private String digits;
    private String comparatorsAndUnits;
    private String prose;

    @Setup
    public void setUp() {
        digits = "≥" + "9".repeat(length);
        comparatorsAndUnits = "≥1" + "万".repeat(length - 2);
        prose = "有效提升".repeat(length / 4);
    }

    @Benchmark
    public Target typicalTarget() {
        return Target.parse("≥120.00(万条/月)");
    }

    @Benchmark
    public Actual typicalActual() {
        return Actual.parse("90.00(万条/月)");
    }

    @Benchmark
    public Target longDigitRun() {
        return Target.parse(digits);
    }

    @Benchmark
    public Target longUnit() {
        return Target.parse(comparatorsAndUnits);
    }

    @Benchmark
    public Target longProse() {
        return Target.parse(prose);
    }
}
