// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.json.JsonFormat;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Write + read of one 30-indicator form: jixiao's {@code json} format (streaming, lossless, validated,
 * pretty-printed) beside plain Jackson data-binding of an equivalent tree of records (pretty-printed, decimals as
 * JSON numbers, no validation), both into one reused buffer. Run with {@code -prof gc} for the allocation per
 * round trip ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

    private static final JsonFormat FORMAT = new JsonFormat();

    private final Buffer buffer = new Buffer();
    private List<SelfEvaluation> forms;
    private PlainForm plain;
    private ObjectWriter plainWriter;
    private ObjectReader plainReader;

    @Setup
    public void setUp() throws IOException {
        forms = List.of(thirtyIndicatorForm());
        plain = PlainForm.of(forms.get(0));
        ObjectMapper mapper = new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        plainWriter = mapper.writerWithDefaultPrettyPrinter();
        plainReader = mapper.readerFor(PlainForm.class);
        if (!plainReader.readValue(plainWriter.writeValueAsBytes(plain)).equals(plain)
                || !jixiaoRoundTrip().equals(forms)) {
            throw new IllegalStateException("a round trip lost something");
        }
    }

    @Benchmark
    public List<SelfEvaluation> jixiaoRoundTrip() throws IOException {
        buffer.reset();
        FORMAT.write(forms, buffer);
        return FORMAT.read(buffer.input()).forms();
    }

    @Benchmark
    public PlainForm plainJacksonRoundTrip() throws IOException {
        buffer.reset();
        plainWriter.writeValue(buffer, plain);
        return plainReader.readValue(buffer.input());
    }

    /** One output buffer for all round trips, read back without copying, so that only the JSON work allocates. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(64 * 1024);
        }

        ByteArrayInputStream input() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }

    /** The Beijing seed's header and funding with the first 30 indicators of the seed forms, in three categories. */
    static SelfEvaluation thirtyIndicatorForm() {
        List<Indicator> indicators = new ArrayList<>();
        for (SelfEvaluation seed : SeedForms.all()) {
            for (IndicatorTree.Leaf leaf : seed.indicators().leaves()) {
                if (indicators.size() < 30) {
                    Indicator i = leaf.indicator();
                    indicators.add(Indicator.builder().from(i).name(i.name() + " " + indicators.size()).build());
                }
            }
        }
        List<Category> categories = List.of(
                Category.of("产出指标", List.of(Subcategory.of("数量指标", indicators.subList(0, 10)),
                        Subcategory.of("质量指标", indicators.subList(10, 15)))),
                Category.of("效益指标", List.of(Subcategory.of("社会效益指标", indicators.subList(15, 25)))),
                Category.of("满意度指标", List.of(Subcategory.of("服务对象满意度指标", indicators.subList(25, 30)))));
        return SelfEvaluation.builder().from(SeedForms.beijing()).indicators(IndicatorTree.of(categories)).build();
    }

    /** Plain records of the same shape, for plain Jackson data-binding. */
    public record PlainForm(String title, Integer year, PlainProject project, PlainFunding funding, PlainGoal goal,
            List<PlainCategory> indicators, BigDecimal reportedWeightTotal, BigDecimal reportedTotal,
            String reportedGrade) {
        static PlainForm of(SelfEvaluation f) {
            return new PlainForm(f.title().orElse(null), f.year().map(java.time.Year::getValue).orElse(null),
                    new PlainProject(f.project().name(), f.project().code().orElse(null),
                            f.project().department().orElse(null), f.project().implementingUnit().orElse(null),
                            f.project().lead().orElse(null),
                            f.project().phone().orElse(null), f.project().amount().map(PlainAmount::of).orElse(null)),
                    new PlainFunding(f.funding().unit().symbol(), f.funding().weight().orElse(null),
                            f.funding().reportedScore().orElse(null),
                            f.funding().total().map(PlainSource::of).orElse(null),
                            f.funding().sources().stream().map(PlainSource::of).toList()),
                    new PlainGoal(f.goal().expected(), f.goal().actual()),
                    f.indicators().categories().stream().map(PlainCategory::of).toList(),
                    f.reportedWeightTotal().orElse(null), f.reportedTotal().orElse(null),
                    f.reportedGrade().orElse(null));
        }
    }

    /** 项目. */
    public record PlainProject(String name, String code, String department, String implementingUnit, String lead,
            String phone, PlainAmount amount) {
    }

    /** 金额. */
    public record PlainAmount(BigDecimal amount, String currency, String unit) {
        static PlainAmount of(Amount a) {
            return new PlainAmount(a.number(), "CNY", a.unit().symbol());
        }
    }

    /** 项目资金. */
    public record PlainFunding(String unit, BigDecimal weight, BigDecimal reportedScore, PlainSource total,
            List<PlainSource> sources) {
    }

    /** 资金来源. */
    public record PlainSource(String label, String kind, PlainAmount initialBudget, PlainAmount adjustedBudget,
            PlainAmount executed, PlainQuantity reportedRate) {
        static PlainSource of(FundingSource s) {
            return new PlainSource(s.label(), s.kind().name(), s.initialBudget().map(PlainAmount::of).orElse(null),
                    s.adjustedBudget().map(PlainAmount::of).orElse(null), s.executed().map(PlainAmount::of).orElse(null),
                    s.reportedRate().map(PlainQuantity::of).orElse(null));
        }
    }

    /** 年度总体目标. */
    public record PlainGoal(String expected, String actual) {
    }

    /** 一级指标. */
    public record PlainCategory(String label, String kind, List<PlainSubcategory> subcategories) {
        static PlainCategory of(Category c) {
            return new PlainCategory(c.label(), c.kind().name(), c.subcategories().stream()
                    .map(s -> new PlainSubcategory(s.label(), s.kind().name(),
                            s.indicators().stream().map(PlainIndicator::of).toList())).toList());
        }
    }

    /** 二级指标. */
    public record PlainSubcategory(String label, String kind, List<PlainIndicator> indicators) {
    }

    /** 三级指标. */
    public record PlainIndicator(String name, PlainValue target, PlainValue actual, BigDecimal weight,
            BigDecimal reportedScore, String deviationNote) {
        static PlainIndicator of(Indicator i) {
            return new PlainIndicator(i.name(), PlainValue.of(i.target()), PlainValue.of(i.actual()),
                    i.weight().orElse(null),
                    i.reportedScore().orElse(null), i.deviationNote());
        }
    }

    /** 年度指标值 or 实际完成值: text, kind and the parsed fields. */
    public record PlainValue(String text, String kind, String comparator, PlainQuantity quantity, String date,
            String precision, String level) {
        static PlainValue of(Target t) {
            if (t instanceof Target.Quantitative q) {
                return new PlainValue(t.text(), "quantitative", q.comparator().map(Enum::name).orElse(null),
                        PlainQuantity.of(q.quantity()), null, null, null);
            } else if (t instanceof Target.Deadline d) {
                return new PlainValue(t.text(), "deadline", null, null, d.due().toString(), d.precision().name(),
                        null);
            }
            return new PlainValue(t.text(), t.getClass().getSimpleName(), null, null, null, null, null);
        }

        static PlainValue of(Actual a) {
            if (a instanceof Actual.Measured m) {
                return new PlainValue(a.text(), "measured", null, PlainQuantity.of(m.quantity()), null, null, null);
            } else if (a instanceof Actual.Achievement l) {
                return new PlainValue(a.text(), "achievement", null, null, null, null, l.level().name());
            }
            return new PlainValue(a.text(), a.getClass().getSimpleName(), null, null, null, null, null);
        }
    }

    /** 数值. */
    public record PlainQuantity(BigDecimal value, String unit) {
        static PlainQuantity of(Quantity q) {
            return new PlainQuantity(q.value(), q.unit().symbol());
        }
    }
}
