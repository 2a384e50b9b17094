// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.audit.FindingCode;
import io.github.jixiao.fixtures.ScoringGenerators;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The invariants of DESIGN §4 over generated forms and policies. */
class ScoringPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final Set<String> SCORE_CODES = Set.of(FindingCode.SCORE_MISMATCH.name(),
            FindingCode.SCORE_ABOVE_WEIGHT.name(), FindingCode.MET_TARGET_DEDUCTED.name(),
            FindingCode.EXECUTION_SCORE_MISMATCH.name(), FindingCode.TOTAL_MISMATCH.name(),
            FindingCode.GRADE_MISMATCH.name());

    @Test
    void pointsLieBetweenZeroAndTheWeight() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> {
                    ScoreCard card = Scorer.score(form, policy);
                    for (IndicatorScore score : card.indicators()) {
                        assertThat(score.points()).as(score.path()).isBetween(BigDecimal.ZERO, score.weight());
                    }
                    assertThat(card.execution().points()).isBetween(BigDecimal.ZERO, card.execution().weight());
                });
    }

    /** 实际 / 目标 at 6 decimals, half up, in normalized units; none for a zero target; whatever path computed it. */
    @Test
    void theRatioIsActualOverTargetToSixDecimals() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> {
                    for (IndicatorScore score : Scorer.score(form, policy).indicators()) {
                        if (!(score.indicator().target() instanceof Target.Quantitative)
                                || !(score.indicator().actual() instanceof Actual.Measured)
                                || score.rule() == Rule.UNASSESSABLE) {
                            continue;
                        }
                        Quantity goal = ((Target.Quantitative) score.indicator().target()).quantity();
                        Quantity measured = ((Actual.Measured) score.indicator().actual()).quantity();
                        // a side without a unit takes the other's
                        boolean oneSided = goal.unit().isNone() != measured.unit().isNone();
                        Unit assumed = goal.unit().isNone() ? measured.unit() : goal.unit();
                        BigDecimal t = oneSided ? goal.value().multiply(assumed.multiplier()) : goal.normalized();
                        BigDecimal a = oneSided ? measured.value().multiply(assumed.multiplier())
                                : measured.normalized();
                        if (t.signum() == 0) {
                            assertThat(score.ratio()).as(score.path()).isEmpty();
                        } else {
                            assertThat(score.ratio()).as(score.path())
                                    .contains(a.divide(t, 6, RoundingMode.HALF_UP));
                        }
                    }
                });
    }

    @Test
    void pointsLieInsideTheAllowedRange() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> {
                    for (IndicatorScore score : Scorer.score(form, policy).indicators()) {
                        assertThat(score.allowed().contains(score.points()))
                                .as("%s: %s in %s", score.path(), score.points(), score.allowed()).isTrue();
                    }
                });
    }

    @Test
    void totalIsExecutionPlusPointsAndAtMostTheWeights() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> {
                    ScoreCard card = Scorer.score(form, policy);
                    BigDecimal sum = card.execution().points();
                    BigDecimal weights = card.execution().weight();
                    for (IndicatorScore score : card.indicators()) {
                        sum = sum.add(score.points());
                        weights = weights.add(score.weight());
                    }
                    BigDecimal subtotals = card.execution().points();
                    for (Subtotal subtotal : card.categories()) {
                        subtotals = subtotals.add(subtotal.points());
                    }
                    assertThat(card.total()).isEqualByComparingTo(sum).isEqualByComparingTo(subtotals)
                            .isLessThanOrEqualTo(weights);
                    assertThat(card.weightTotal()).isEqualByComparingTo(weights);
                });
    }

    @Test
    void aBetterActualNeverScoresLess() {
        Gen<BigDecimal> values = ScoringGenerators.amounts();
        qt().withExamples(EXAMPLES)
                .forAll(ScoringGenerators.comparators().toOptionals(20), values,
                        values.zip(values, (a, b) -> List.of(a.min(b), a.max(b))),
                        ScoringGenerators.monotonePolicies())
                .checkAssert((comparator, target, actuals, policy) -> {
                    BigDecimal low = actuals.get(0);
                    BigDecimal high = actuals.get(1);
                    BigDecimal pointsLow = single(comparator, target, low, policy).points();
                    BigDecimal pointsHigh = single(comparator, target, high, policy).points();
                    boolean upIsBetter = comparator.map(Comparison::isPositive).orElse(true)
                            || comparator.get() == Comparison.EQUAL && target.signum() != 0;
                    if (upIsBetter) {
                        assertThat(pointsHigh).isGreaterThanOrEqualTo(pointsLow);
                    } else {
                        assertThat(pointsLow).isGreaterThanOrEqualTo(pointsHigh);
                    }
                });
    }

    @Test
    void aMetTargetScoresItsFullWeight() {
        qt().withExamples(EXAMPLES)
                .forAll(ScoringGenerators.comparators(), ScoringGenerators.amounts(), ScoringGenerators.amounts(),
                        ScoringGenerators.monotonePolicies())
                .checkAssert((comparator, target, slack, policy) -> {
                    BigDecimal actual;
                    switch (comparator) {
                        case AT_LEAST:
                        case MORE_THAN:
                            actual = target.add(slack).add(BigDecimal.ONE);
                            break;
                        case EQUAL:
                            actual = target;
                            break;
                        default:
                            actual = target.subtract(slack).max(BigDecimal.ZERO);
                            actual = comparator == Comparison.LESS_THAN && actual.compareTo(target) == 0
                                    ? BigDecimal.ZERO : actual;
                            break;
                    }
                    IndicatorScore score = single(Optional.of(comparator), target, actual, policy);
                    assertThat(score.isMet()).as(score.explanationEn()).isTrue();
                    assertThat(score.points()).isEqualByComparingTo(WEIGHT);
                });
    }

    @Test
    void scoresDoNotDependOnTheOrderOfIndicators() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> {
                    ScoreCard card = Scorer.score(form, policy);
                    ScoreCard reversed = Scorer.score(reversed(form), policy);
                    assertThat(reversed.total()).isEqualByComparingTo(card.total());
                    assertThat(reversed.grade()).isEqualTo(card.grade());
                    assertThat(pointsByPath(reversed)).isEqualTo(pointsByPath(card));
                });
    }

    @Test
    void scoringIsDeterministic() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> assertThat(Scorer.score(form, policy))
                        .isEqualTo(Scorer.score(form, policy)));
    }

    @Test
    void theGradeIsMonotoneInTheTotal() {
        qt().withExamples(EXAMPLES)
                .forAll(ScoringGenerators.policies(), ScoringGenerators.totals(), ScoringGenerators.totals())
                .checkAssert((policy, a, b) -> {
                    Grade ofLow = policy.grades().grade(a.min(b));
                    Grade ofHigh = policy.grades().grade(a.max(b));
                    // grades are declared best first
                    assertThat(ofHigh.ordinal()).isLessThanOrEqualTo(ofLow.ordinal());
                });
    }

    @Test
    void roundingNeverMovesAScoreByMoreThanOneUnitOfTheLastPlace() {
        Gen<BigDecimal> values = ScoringGenerators.amounts();
        qt().withExamples(EXAMPLES).forAll(values, values, ScoringGenerators.policies(), ScoringGenerators.forms())
                .checkAssert((target, actual, policy, form) -> {
                    RoundingPolicy rounding = policy.rounding();
                    IndicatorScore score = single(Optional.of(Comparison.AT_LEAST), target, actual, policy);
                    if (score.rule() == Rule.PROPORTIONAL_POSITIVE) {
                        BigDecimal exact = WEIGHT.multiply(actual).divide(target, MathContext.DECIMAL128);
                        assertThat(score.points().subtract(exact).abs()).isLessThan(rounding.scoreUnit());
                    }
                    ExecutionScore execution = Scorer.score(form, policy).execution();
                    BigDecimal budget = form.funding().total().orElseThrow().adjustedBudget().orElseThrow().yuan();
                    if (execution.rate().isPresent() && policy.denominator() == ScoringPolicy.Denominator.ADJUSTED_BUDGET) {
                        BigDecimal rate = form.funding().total().orElseThrow().executed().orElseThrow().yuan().divide(budget, MathContext.DECIMAL128)
                                .min(BigDecimal.ONE);
                        BigDecimal exact = execution.weight().multiply(rate);
                        BigDecimal rateMove = rounding.roundRateBeforeMultiply()
                                ? execution.weight().multiply(BigDecimal.ONE.movePointLeft(rounding.rateScale()))
                                : BigDecimal.ZERO;
                        assertThat(execution.points().subtract(exact).abs())
                                .isLessThanOrEqualTo(rounding.scoreUnit().add(rateMove));
                    }
                });
    }

    @Test
    void theAuditFindsNoScoreMismatchOnAFormReportingItsOwnCard() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.policies())
                .checkAssert((form, policy) -> {
                    SelfEvaluation reported = ScoringGenerators.reportedFrom(Scorer.score(form, policy));
                    AuditReport report = Audit.check(reported, policy);
                    assertThat(report.findings()).filteredOn(f -> SCORE_CODES.contains(f.code())).isEmpty();
                });
    }

    @Test
    void anyFormIsScoredAndAuditedWithoutException() {
        qt().withExamples(EXAMPLES).forAll(ScoringGenerators.forms(), ScoringGenerators.presets())
                .checkAssert((form, policy) -> {
                    AuditReport report = Audit.check(form, policy);
                    assertThat(report.card().indicators()).hasSize(form.indicators().leaves().size());
                    assertThat(report.findings()).allSatisfy(f -> {
                        assertThat(f.messageZh()).doesNotContain("{");
                        assertThat(f.messageEn()).doesNotContain("{");
                    });
                });
    }

    private static final BigDecimal WEIGHT = new BigDecimal("15.00");

    private static IndicatorScore single(Optional<Comparison> comparator, BigDecimal target, BigDecimal actual,
            ScoringPolicy policy) {
        Quantity goal = new Quantity(target, Unit.of("个"));
        Quantity done = new Quantity(actual, Unit.of("个"));
        Target t = new Target.Quantitative(comparator.map(Comparison::symbol).orElse("") + goal, comparator, goal);
        SelfEvaluation form = ScoringGenerators.singleRow("产出指标", "数量指标", t,
                new Actual.Measured(done.toString(), done), WEIGHT);
        return Scorer.score(form, policy).indicators().get(0);
    }

    private static SelfEvaluation reversed(SelfEvaluation form) {
        List<Category> categories = new ArrayList<>();
        for (Category category : form.indicators().categories()) {
            List<Subcategory> subs = new ArrayList<>();
            for (Subcategory sub : category.subcategories()) {
                List<io.github.jixiao.model.Indicator> rows = new ArrayList<>(sub.indicators());
                Collections.reverse(rows);
                subs.add(Subcategory.of(sub.label(), rows));
            }
            Collections.reverse(subs);
            categories.add(Category.of(category.label(), subs));
        }
        Collections.reverse(categories);
        return SelfEvaluation.builder().from(form).indicators(IndicatorTree.of(categories)).build();
    }

    private static Map<String, BigDecimal> pointsByPath(ScoreCard card) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (IndicatorScore score : card.indicators()) {
            // a path may repeat when two level-2 labels are equal: sum them
            points.merge(score.path() + "#" + score.indicator().name(), score.points().stripTrailingZeros(),
                    BigDecimal::add);
        }
        points.replaceAll((k, v) -> v.stripTrailingZeros());
        return points;
    }

}
