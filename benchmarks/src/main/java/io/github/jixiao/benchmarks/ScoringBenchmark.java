// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.benchmarks;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.scoring.PolicyChoice;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
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
 * Throughput of scoring and of scoring plus the audit, for one 30-indicator form: the Beijing seed's first 30
 * rows (quantitative met and over-achieved, two deductions on met targets, cost rows) followed by every row of
 * Shanghai form 1 cut to fill 30 (proportional misses, qualitative bands). Target: ≥ 100,000 forms/s on one core
 * and ≤ 50 KB allocated per form ({@code -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private SelfEvaluation form;
    private ScoringPolicy policy;
    private ScoreCard card;

    @Setup
    public void setUp() {
        SelfEvaluation beijing = SeedForms.beijing();
        List<Category> categories = new ArrayList<>();
        int rows = 0;
        for (SelfEvaluation seed : List.of(beijing, SeedForms.form("shanghai-1"))) {
            for (Category category : seed.indicators().categories()) {
                List<Subcategory> subs = new ArrayList<>();
                for (Subcategory sub : category.subcategories()) {
                    List<Indicator> kept = new ArrayList<>();
                    for (Indicator row : sub.indicators()) {
                        if (rows < 30 && (seed != beijing || rows < 22)) {
                            kept.add(row);
                            rows++;
                        }
                    }
                    if (!kept.isEmpty()) {
                        subs.add(Subcategory.of(sub.label(), kept));
                    }
                }
                if (!subs.isEmpty()) {
                    categories.add(Category.of(category.label() + (seed == beijing ? "" : " "), subs));
                }
            }
        }
        form = SelfEvaluation.builder().from(beijing).indicators(IndicatorTree.of(categories)).build();
        if (form.indicators().leaves().size() != 30) {
            throw new IllegalStateException("expected 30 rows, got " + form.indicators().leaves().size());
        }
        policy = ScoringPolicy.national();
        card = Scorer.score(form, policy);
    }

    @Benchmark
    public ScoreCard score() {
        return Scorer.score(form, policy);
    }

    /** The audit alone, of a card scored once: what {@code scoreAndAudit} adds to {@code score}. */
    @Benchmark
    public AuditReport audit() {
        return Audit.check(card);
    }

    @Benchmark
    public AuditReport scoreAndAudit() {
        return Audit.check(form, policy);
    }

    /** Choosing the form's policy from what it shows ({@code --policy auto}), once per form, before scoring. */
    @Benchmark
    public PolicyChoice choose() {
        return PolicySelector.auto().choose(form);
    }

    /** The command line's main job per form under {@code --policy auto}: choose, score and audit. */
    @Benchmark
    public AuditReport chooseScoreAndAudit() {
        return Audit.check(form, PolicySelector.auto().choose(form).policy());
    }
}
