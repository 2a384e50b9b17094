// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreNote;
import io.github.jixiao.scoring.ScoreRange;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.vocabulary.Vocabulary;
import io.github.jixiao.vocabulary.WhiteSpace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of level-3 indicators: reported against computed scores, the scorer's notes, and the cost rows. */
final class IndicatorChecks {

    /** A money unit named in an indicator's name: 档案整理成本（万元）. */
    /** Words of an indicator's name that make its cost one per person, household, unit or time. */
    private static final Pattern PER_UNIT = Pattern.compile("人均|户均|亩均|次均|生均|平均|每|单位成本|单价|单位造价");
    private static final Pattern NAMED_UNIT = Pattern.compile("[（(](亿元|万元|千元|元)[)）]");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private IndicatorChecks() {
    }

    /** The checks of one row, whose printed 得分 is {@code reported}. */
    static void check(IndicatorScore score, Optional<BigDecimal> reported, ScoringPolicy policy, List<Finding> out) {
        Indicator indicator = score.indicator();
        notes(score, policy, out);
        if (!score.isWeighted()) {
            return; // reported once, as WEIGHT_MISSING: without a weight there is nothing to compare
        }
        BigDecimal weight = score.weight();
        Origin scoreCell = cell(indicator, Field.SCORE);
        if (reported.isEmpty()) {
            if (weight.signum() > 0 && score.rule() != Rule.NOT_APPLICABLE) {
                out.add(Messages.finding(FindingCode.REPORTED_SCORE_MISSING, score.path(), scoreCell, null,
                        score.points(), weight));
            }
            return;
        }
        BigDecimal r = reported.get();
        int versusWeight = r.compareTo(weight);
        boolean above = versusWeight > 0;
        boolean outside = !score.allowed().accepts(r, policy.scoreTolerance());
        boolean deducted = versusWeight < 0 && weight.subtract(r).compareTo(policy.scoreTolerance()) > 0;
        boolean unexplained = deducted && hasNoReason(indicator.deviationNote());
        if (!above && !outside && !unexplained) {
            return;
        }
        ScoreRange allowed = score.allowed();
        if (above) {
            out.add(Messages.finding(FindingCode.SCORE_ABOVE_WEIGHT, score.path(), scoreCell, r, allowed, r, weight));
        } else if (outside) {
            FindingCode code = score.isMet() ? FindingCode.MET_TARGET_DEDUCTED : FindingCode.SCORE_MISMATCH;
            out.add(Messages.finding(code, score.path(), scoreCell, r, allowed, r, allowed, score.explanation()));
        }
        if (unexplained) {
            out.add(Messages.finding(FindingCode.DEDUCTION_WITHOUT_REASON, score.path(),
                    indicator.origin(Field.NOTE).orElse(scoreCell), r, allowed, r, weight));
        }
    }

    /** The scorer's notes, as findings, each at the cell it concerns. */
    private static void notes(IndicatorScore score, ScoringPolicy policy, List<Finding> out) {
        if (score.notes().isEmpty()) {
            return;
        }
        Indicator indicator = score.indicator();
        String location = score.path();
        String target = indicator.target().text();
        String actual = indicator.actual().text();
        Origin targetCell = cell(indicator, Field.TARGET);
        Origin actualCell = cell(indicator, Field.ACTUAL);
        Origin weightCell = cell(indicator, Field.WEIGHT);
        for (ScoreNote note : score.notes()) {
            switch (note) {
                case BOUND_ACTUAL:
                    out.add(Messages.finding(FindingCode.ACTUAL_REPEATS_TARGET, location, actualCell, actual, null,
                            actual));
                    break;
                case OVER_ACHIEVED:
                    if (score.notes().contains(ScoreNote.IMPLAUSIBLE_DEVIATION)) {
                        break; // the warning below says more about the same row
                    }
                    String deviation = score.ratio().get().subtract(BigDecimal.ONE).movePointRight(2)
                            .setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
                    out.add(Messages.finding(FindingCode.OVER_ACHIEVEMENT, location, actualCell, actual, target,
                            actual, target, deviation));
                    break;
                case IMPLAUSIBLE_DEVIATION:
                    out.add(Messages.finding(FindingCode.IMPLAUSIBLE_DEVIATION, location, actualCell, actual,
                            score.ratio().get(), actual, target, score.ratio().get().setScale(2, RoundingMode.HALF_UP)));
                    break;
                case UNIT_MISMATCH:
                    out.add(Messages.finding(FindingCode.UNIT_MISMATCH, location, actualCell, actual, null, target,
                            actual));
                    break;
                case UNIT_ASSUMED:
                    out.add(Messages.finding(FindingCode.UNIT_ASSUMED, location, actualCell, actual, null, target,
                            actual));
                    break;
                case YEAR_ASSUMED:
                    out.add(Messages.finding(FindingCode.YEAR_ASSUMED, location, targetCell, target, null, target,
                            actual));
                    break;
                case BARE_TARGET:
                    String reading = policy.bareTarget() == ScoringPolicy.BareTarget.BY_CATEGORY
                            && isCost(score.leaf()) ? "≤" : "=";
                    out.add(Messages.finding(FindingCode.BARE_TARGET, location, targetCell, target, null, target,
                            reading));
                    break;
                case UNPARSED_TARGET:
                    out.add(Messages.finding(FindingCode.UNASSESSABLE, location, targetCell, target, null, target,
                            actual));
                    break;
                case UNUSABLE_ACTUAL:
                    out.add(Messages.finding(FindingCode.UNASSESSABLE, location, actualCell, actual, null, target,
                            actual));
                    break;
                case NOT_APPLICABLE_WITH_WEIGHT:
                    out.add(Messages.finding(FindingCode.NOT_APPLICABLE_WITH_WEIGHT, location, weightCell,
                            score.weight(), null, target, score.weight()));
                    break;
                case ZERO_WEIGHT:
                    out.add(Messages.finding(FindingCode.ZERO_WEIGHT, location, weightCell, "0", null));
                    break;
                case WEIGHT_MISSING:
                    out.add(Messages.finding(indicator.reportedScore().isPresent() ? FindingCode.WEIGHT_MISSING
                            : FindingCode.ROW_WITHOUT_POINTS, location, weightCell, null, null));
                    break;
                case WEIGHT_DERIVED:
                    out.add(Messages.finding(FindingCode.WEIGHT_DERIVED, location,
                            score.leaf().category().origin(Field.LABEL).orElse(weightCell), null, score.weight(),
                            score.leaf().category().label(), score.weight()));
                    break;
                case NO_EVIDENCE:
                    out.add(Messages.finding(FindingCode.NO_EVIDENCE, location, targetCell, null, score.points(),
                            score.allowed()));
                    break;
                case TARGET_MISSING:
                    out.add(Messages.finding(FindingCode.TARGET_MISSING, location, targetCell, null, null));
                    break;
                case ACTUAL_MISSING:
                    out.add(Messages.finding(FindingCode.ACTUAL_MISSING, location, actualCell, null, null));
                    break;
                case ACTUAL_READ_AS_ZERO:
                    out.add(Messages.finding(FindingCode.ACTUAL_READ_AS_ZERO, location, actualCell, actual, "0",
                            actual, target));
                    break;
                case ACTUAL_NAMES_CHANGE:
                    out.add(Messages.finding(FindingCode.ACTUAL_NAMES_CHANGE, location, actualCell, actual, null,
                            actual, target));
                    break;
                case ACTUAL_AS_COMPLETION:
                    out.add(Messages.finding(FindingCode.ACTUAL_AS_COMPLETION, location, actualCell, actual, null,
                            actual, target));
                    break;
                default:
                    break;
            }
        }
    }

    /** The cell of a row's field, else of its name; null when the form was not read from cells. */
    static Origin cell(Indicator indicator, Field field) {
        return indicator.origin(field).or(() -> indicator.origin(Field.NAME)).orElse(null);
    }

    /** A note that gives no reason: blank, a placeholder of the vocabulary (无, /, —) or 无偏差. */
    private static boolean hasNoReason(String note) {
        return WhiteSpace.isAll(note) || Vocabulary.defaults().isPlaceholder(note)
                || WhiteSpace.removeFrom(note).equals("无偏差");
    }

    /**
     * The cost rows (成本指标) against the funding: each money target at most the budget (the larger of 年初预算数
     * and 全年预算数: targets are set against the initial budget, and a cut during the year does not make them
     * wrong), and the money actuals matching 全年执行数 to the precision they are written in — their sum, or one
     * row alone (a 项目总成本 row beside its parts, as in the Beijing seed).
     */
    static void checkCosts(List<IndicatorScore> scores, Optional<FundingSource> line, List<Finding> out) {
        if (line.isEmpty() || line.get().adjustedBudget().isEmpty() || line.get().executed().isEmpty()) {
            return;
        }
        FundingSource total = line.get();
        BigDecimal budget = null;
        BigDecimal executed = null;
        BigDecimal actualSum = BigDecimal.ZERO;
        BigDecimal halfUnit = BigDecimal.ZERO;
        boolean oneRowMatches = false;
        String firstCost = null;
        Origin firstCell = null;
        for (IndicatorScore score : scores) {
            IndicatorTree.Leaf leaf = score.leaf();
            if (!isCost(leaf)) {
                continue;
            }
            if (budget == null) {
                budget = total.adjustedBudget().get().yuan();
                if (total.initialBudget().isPresent()) {
                    budget = budget.max(total.initialBudget().get().yuan());
                }
                executed = total.executed().get().yuan();
            }
            Indicator indicator = leaf.indicator();
            if (indicator.target() instanceof Target.Quantitative) {
                Quantity q = ((Target.Quantitative) indicator.target()).quantity();
                BigDecimal perUnit = yuanPer(q, indicator.name());
                BigDecimal target = perUnit == null ? null : q.value().multiply(perUnit);
                if (target != null && target.compareTo(budget) > 0) {
                    out.add(Messages.finding(FindingCode.COST_TARGET_ABOVE_BUDGET, leaf.path(),
                            cell(indicator, Field.TARGET),
                            indicator.target().text(), plain(budget), plain(target), plain(budget)));
                }
            }
            if (indicator.actual() instanceof Actual.Measured) {
                Quantity actual = ((Actual.Measured) indicator.actual()).quantity();
                BigDecimal perUnit = yuanPer(actual, indicator.name());
                if (perUnit != null) {
                    BigDecimal yuan = actual.value().multiply(perUnit);
                    // the actual is written to some precision: 87.1 (万元) stands for 870,500 to 871,500 元
                    BigDecimal half = actual.value().ulp().multiply(perUnit).multiply(HALF);
                    oneRowMatches |= yuan.subtract(executed).abs().compareTo(half) <= 0;
                    actualSum = actualSum.add(yuan);
                    halfUnit = halfUnit.add(half);
                    if (firstCost == null) {
                        firstCost = leaf.path();
                        firstCell = cell(indicator, Field.ACTUAL);
                    }
                }
            }
        }
        if (firstCost != null && !oneRowMatches && actualSum.subtract(executed).abs().compareTo(halfUnit) > 0) {
            String sum = plain(actualSum);
            String shownExecuted = plain(executed);
            out.add(Messages.finding(FindingCode.COST_ACTUAL_MISMATCH, firstCost, firstCell, sum, shownExecuted, sum,
                    shownExecuted));
        }
    }

    /**
     * How many yuan one unit of a quantity is, when it is money spent in all: its unit is 元, 万元 …, or it has none
     * and the indicator's name names one (档案整理成本（万元）); null when it is not money, or money per person or
     * per unit (人均, 每, 单价: {@link #PER_UNIT}).
     */
    private static BigDecimal yuanPer(Quantity q, String name) {
        if (PER_UNIT.matcher(name).find()) {
            return null; // 人均培训成本, 单位造价: a cost per person or per unit, not part of what was spent in all
        }
        if (q.unit().base().equals("元")) {
            return q.unit().multiplier();
        }
        if (q.unit().isNone() && name.indexOf('元') >= 0) {
            Matcher m = NAMED_UNIT.matcher(name);
            if (m.find()) {
                return Unit.of(m.group(1)).multiplier();
            }
        }
        return null;
    }

    static boolean isCost(IndicatorTree.Leaf leaf) {
        return leaf.subcategory().kind().isCost() || leaf.category().kind() == CategoryKind.COST;
    }

    private static String plain(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
