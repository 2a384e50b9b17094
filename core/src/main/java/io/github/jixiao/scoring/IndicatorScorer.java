package io.github.jixiao.scoring;

import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparator;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one level-3 indicator under a policy. Stateless apart from the policy; one instance per
 * {@link Scorer#score} call.
 */
final class IndicatorScorer {

    private static final int RATIO_SCALE = 6;

    private final ScoringPolicy policy;
    private final RoundingPolicy rounding;

    IndicatorScorer(ScoringPolicy policy) {
        this.policy = policy;
        this.rounding = policy.rounding();
    }

    IndicatorScore score(IndicatorTree.Leaf leaf) {
        Indicator indicator = leaf.indicator();
        BigDecimal w = indicator.weight();
        Set<ScoreNote> notes = EnumSet.noneOf(ScoreNote.class);
        Target target = indicator.target();
        Actual actual = indicator.actual();
        if (target instanceof Target.NotApplicable) {
            if (w.signum() > 0) {
                notes.add(ScoreNote.NOT_APPLICABLE_WITH_WEIGHT);
            }
            return single(leaf, zero(), Rule.NOT_APPLICABLE, Optional.empty(), notes,
                    "不适用（" + target.text() + "），不计分", "not applicable (" + target.text() + "): no points");
        }
        if (w.signum() == 0) {
            notes.add(ScoreNote.ZERO_WEIGHT);
        }
        if (target instanceof Target.Unparsed) {
            notes.add(ScoreNote.UNPARSED_TARGET);
            return unassessable(leaf, notes, "指标值无法解析", "the target cannot be read");
        }
        if (actual instanceof Actual.Achievement) {
            AchievementLevel level = ((Actual.Achievement) actual).level();
            return band(leaf, level, Rule.QUALITATIVE_BAND, notes, "", "");
        }
        if (target instanceof Target.Qualitative) {
            if (actual instanceof Actual.Described && sameText(target.text(), actual.text())) {
                return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND, notes, "实际完成值与指标值相同，",
                        "the actual repeats the target, ");
            }
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, notes, "实际完成值「" + actual.text() + "」无法对应定性指标",
                    "the actual '" + actual.text() + "' does not say how far a qualitative target was achieved");
        }
        if (target instanceof Target.Deadline) {
            if (actual instanceof Actual.OnDate) {
                return deadline(leaf, (Target.Deadline) target, (Actual.OnDate) actual, notes);
            }
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, notes, "实际完成值「" + actual.text() + "」不是日期",
                    "the actual '" + actual.text() + "' is not a date");
        }
        Quantity measured;
        if (actual instanceof Actual.Measured) {
            measured = ((Actual.Measured) actual).quantity();
        } else if (actual instanceof Actual.Bound) {
            measured = ((Actual.Bound) actual).quantity();
            notes.add(ScoreNote.BOUND_ACTUAL);
        } else {
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, notes, "实际完成值「" + actual.text() + "」不是数值",
                    "the actual '" + actual.text() + "' is not a number");
        }
        return quantitative(leaf, (Target.Quantitative) target, measured, notes);
    }

    private IndicatorScore quantitative(IndicatorTree.Leaf leaf, Target.Quantitative target, Quantity measured,
            Set<ScoreNote> notes) {
        Quantity goal = target.quantity();
        Unit tu = goal.unit();
        Unit au = measured.unit();
        BigDecimal t;
        BigDecimal a;
        String noteZh = "";
        String noteEn = "";
        if (tu.isNone() == au.isNone()) {
            if (!tu.isCompatibleWith(au)) {
                notes.add(ScoreNote.UNIT_MISMATCH);
                return unassessable(leaf, notes, "单位「" + tu + "」与「" + au + "」不可比",
                        "units '" + tu + "' and '" + au + "' cannot be compared");
            }
            t = goal.normalized();
            a = measured.normalized();
        } else {
            Unit assumed = tu.isNone() ? au : tu;
            notes.add(ScoreNote.UNIT_ASSUMED);
            t = goal.value().multiply(assumed.multiplier());
            a = measured.value().multiply(assumed.multiplier());
            noteZh = "（一方缺少单位，按「" + assumed + "」计）";
            noteEn = " (one side has no unit; read as '" + assumed + "')";
        }
        Comparator comparator;
        if (target.comparator().isPresent()) {
            comparator = target.comparator().get();
        } else {
            notes.add(ScoreNote.BARE_TARGET);
            comparator = policy.bareTarget() == ScoringPolicy.BareTarget.BY_CATEGORY && isCost(leaf)
                    ? Comparator.AT_MOST : Comparator.EQUAL;
            noteZh += "（指标值无比较符，按「" + comparator.symbol() + "」计）";
            noteEn += " (the target has no comparator; read as '" + comparator.symbol() + "')";
        }
        Direction direction = direction(comparator, t, tu.isNone() ? au : tu);
        Optional<BigDecimal> ratio = t.signum() == 0 ? Optional.empty()
                : Optional.of(a.divide(t, RATIO_SCALE, RoundingMode.HALF_UP));
        ratio.ifPresent(r -> {
            if (r.compareTo(policy.implausibleFactor()) >= 0
                    || direction == Direction.POSITIVE && r.multiply(policy.implausibleFactor()).compareTo(
                            BigDecimal.ONE) <= 0) {
                notes.add(ScoreNote.IMPLAUSIBLE_DEVIATION);
            }
        });
        boolean sameUnit = tu.equals(au);
        String shownT = sameUnit ? goal.value().toPlainString() : plain(t);
        String shownA = sameUnit ? measured.value().toPlainString() : plain(a);
        String w = leaf.indicator().weight().toPlainString();
        if (isMet(direction, comparator, a, t)) {
            return met(leaf, target, measured, ratio, direction, notes, noteZh, noteEn);
        }
        if (t.signum() <= 0) {
            return zeroTarget(leaf, ratio, notes, shownT, noteZh, noteEn);
        }
        boolean positive = direction == Direction.POSITIVE || direction == Direction.EXACT && a.compareTo(t) < 0;
        BigDecimal weight = leaf.indicator().weight();
        BigDecimal points;
        Rule rule;
        String formula;
        if (positive) {
            // a negative actual against a positive target scores 0, not less
            points = weight.multiply(a.max(BigDecimal.ZERO)).divide(t, rounding.scoreScale(), rounding.scoreMode());
            rule = Rule.PROPORTIONAL_POSITIVE;
            formula = shownA + " / " + shownT + " × " + w + " = " + points.toPlainString();
        } else {
            points = weight.multiply(t).divide(a, rounding.scoreScale(), rounding.scoreMode());
            rule = Rule.PROPORTIONAL_REVERSE;
            formula = shownT + " / " + shownA + " × " + w + " = " + points.toPlainString();
        }
        // rounding up (UP, CEILING) must not lift a missed target above its weight
        points = points.min(weight);
        return single(leaf, points, rule, ratio, notes,
                (positive ? "未达成，按比例：" : "未达成（反向指标），按比例：") + formula + noteZh,
                (positive ? "not met, proportional: " : "not met (reverse target), proportional: ") + formula
                        + noteEn);
    }

    private IndicatorScore met(IndicatorTree.Leaf leaf, Target.Quantitative target, Quantity measured,
            Optional<BigDecimal> ratio, Direction direction, Set<ScoreNote> notes, String noteZh, String noteEn) {
        String versus = measured + " / " + target.canonicalText();
        boolean over = direction == Direction.POSITIVE && ratio.isPresent()
                && ratio.get().subtract(BigDecimal.ONE).compareTo(policy.overAchievementThreshold()) > 0;
        if (over) {
            notes.add(ScoreNote.OVER_ACHIEVED);
            String deviation = plain(ratio.get().subtract(BigDecimal.ONE).movePointRight(2)
                    .setScale(1, RoundingMode.HALF_UP)) + "%";
            if (policy.overAchievement() == ScoringPolicy.OverAchievement.DEDUCT) {
                return single(leaf, zero(), Rule.OVER_ACHIEVEMENT_DEDUCTED, ratio, notes,
                        "超额 " + deviation + "，超过偏离度阈值，不计分（" + versus + "）" + noteZh,
                        "exceeded by " + deviation + ", beyond the deviation threshold: 0 points (" + versus + ")"
                                + noteEn);
            }
            noteZh += "；超额 " + deviation;
            noteEn += "; exceeded by " + deviation;
        }
        BigDecimal full = Bands.tidy(leaf.indicator().weight(), rounding);
        return single(leaf, full, Rule.MET, ratio, notes,
                "达成（" + versus + "），得满分 " + full.toPlainString() + noteZh,
                "met (" + versus + "): full " + full.toPlainString() + noteEn);
    }

    private IndicatorScore zeroTarget(IndicatorTree.Leaf leaf, Optional<BigDecimal> ratio, Set<ScoreNote> notes,
            String shownT, String noteZh, String noteEn) {
        String zh = "未达成，指标值 " + shownT + " 下比例无定义";
        String en = "not met; the proportion is undefined for target " + shownT;
        if (policy.zeroTarget() == ScoringPolicy.ZeroTarget.NOT_ACHIEVED_BAND) {
            ScoreRange range = Bands.range(AchievementLevel.NOT_ACHIEVED, leaf.indicator().weight(), rounding);
            BigDecimal points = Bands.point(range, policy.bandPoint(), rounding);
            return new IndicatorScore(leaf, points, range, Rule.ZERO_TARGET, ratio, notes,
                    zh + "，按未达成档 " + range + " 取 " + points.toPlainString() + noteZh,
                    en + ", band 'not achieved' " + range + ": " + points.toPlainString() + noteEn);
        }
        return single(leaf, zero(), Rule.ZERO_TARGET, ratio, notes, zh + "，计 0 分" + noteZh, en + ": 0 points" + noteEn);
    }

    private IndicatorScore deadline(IndicatorTree.Leaf leaf, Target.Deadline target, Actual.OnDate actual,
            Set<ScoreNote> notes) {
        String versus = actual.canonicalText() + " / " + target.canonicalText();
        if (!actual.date().isAfter(target.due())) {
            BigDecimal full = Bands.tidy(leaf.indicator().weight(), rounding);
            return single(leaf, full, Rule.DEADLINE_MET, Optional.empty(), notes,
                    "按期完成（" + versus + "），得满分 " + full.toPlainString(),
                    "on time (" + versus + "): full " + full.toPlainString());
        }
        switch (policy.lateDeadline()) {
            case ZERO:
                return single(leaf, zero(), Rule.DEADLINE_LATE, Optional.empty(), notes,
                        "逾期（" + versus + "），计 0 分", "late (" + versus + "): 0 points");
            case PARTIALLY_ACHIEVED_BAND:
                return band(leaf, AchievementLevel.PARTIALLY_ACHIEVED, Rule.DEADLINE_LATE, notes,
                        "逾期（" + versus + "），", "late (" + versus + "), ");
            default:
                return band(leaf, AchievementLevel.NOT_ACHIEVED, Rule.DEADLINE_LATE, notes,
                        "逾期（" + versus + "），", "late (" + versus + "), ");
        }
    }

    private IndicatorScore band(IndicatorTree.Leaf leaf, AchievementLevel level, Rule rule, Set<ScoreNote> notes,
            String prefixZh, String prefixEn) {
        ScoreRange range = Bands.range(level, leaf.indicator().weight(), rounding);
        BigDecimal points = Bands.point(range, policy.bandPoint(), rounding);
        return new IndicatorScore(leaf, points, range, rule, Optional.empty(), notes,
                prefixZh + Bands.zh(level) + "档 " + range + "，取 " + points.toPlainString(),
                prefixEn + "band '" + Bands.en(level) + "' " + range + ": " + points.toPlainString());
    }

    private IndicatorScore unassessable(IndicatorTree.Leaf leaf, Set<ScoreNote> notes, String whyZh, String whyEn) {
        BigDecimal w = Bands.tidy(leaf.indicator().weight(), rounding);
        return new IndicatorScore(leaf, zero(), new ScoreRange(zero(), w, true), Rule.UNASSESSABLE, Optional.empty(),
                notes, "无法评分：" + whyZh + "，计 0 分", "cannot be assessed: " + whyEn + "; 0 points");
    }

    private static IndicatorScore single(IndicatorTree.Leaf leaf, BigDecimal points, Rule rule,
            Optional<BigDecimal> ratio, Set<ScoreNote> notes, String zh, String en) {
        return new IndicatorScore(leaf, points, ScoreRange.exactly(points), rule, ratio, notes, zh, en);
    }

    private BigDecimal zero() {
        return BigDecimal.ZERO.setScale(rounding.scoreScale());
    }

    /** How a comparator reads under the policy: {@code =} follows {@link ScoringPolicy.Equality}; {@code =0} is ≤ 0. */
    private Direction direction(Comparator comparator, BigDecimal target, Unit unit) {
        if (comparator.isPositive()) {
            return Direction.POSITIVE;
        }
        if (comparator.isReverse()) {
            return Direction.REVERSE;
        }
        if (target.signum() == 0) {
            return Direction.REVERSE;
        }
        switch (policy.equality()) {
            case AT_LEAST:
                return Direction.POSITIVE;
            case RATE_AT_LEAST:
                return isPercent(unit) ? Direction.POSITIVE : Direction.EXACT;
            default:
                return Direction.EXACT;
        }
    }

    private static boolean isMet(Direction direction, Comparator comparator, BigDecimal a, BigDecimal t) {
        int c = a.compareTo(t);
        switch (direction) {
            case POSITIVE:
                return comparator == Comparator.MORE_THAN ? c > 0 : c >= 0;
            case REVERSE:
                // a reverse target with actual 0 is met, even "< 0"
                return comparator == Comparator.LESS_THAN ? c < 0 || a.signum() == 0 : c <= 0;
            default:
                return c == 0;
        }
    }

    private static boolean isPercent(Unit unit) {
        return unit.base().isEmpty() && unit.multiplier().compareTo(new BigDecimal("0.01")) == 0;
    }

    private static boolean isCost(IndicatorTree.Leaf leaf) {
        return leaf.subcategory().kind().isCost() || leaf.category().kind() == CategoryKind.COST;
    }

    private static boolean sameText(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String plain(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Which side of the target is better. */
    private enum Direction {
        POSITIVE, REVERSE, EXACT
    }
}
