package io.github.jixiao.scoring;

import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Blank;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.NotApplicable;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import io.github.jixiao.model.Unparsed;
import io.github.jixiao.vocabulary.WhiteSpace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores one level-3 indicator under a policy. One instance per {@link Scorer#score} call, used by one thread:
 * it reuses one set for the notes of the row being scored (each {@link IndicatorScore} keeps a copy).
 */
final class IndicatorScorer {

    private static final int RATIO_SCALE = 6;
    private static final Optional<BigDecimal> RATIO_ONE = Optional.of(BigDecimal.ONE.setScale(RATIO_SCALE));
    private static final Optional<BigDecimal> RATIO_ZERO = Optional.of(BigDecimal.ZERO.setScale(RATIO_SCALE));
    private static final Function<Boolean, String> NO_READINGS = zh -> "";

    private final ScoringPolicy policy;
    private final RoundingPolicy rounding;
    private final Set<ScoreNote> notes = EnumSet.noneOf(ScoreNote.class);
    /** The ratio above which a met target is over-achieved: 1 + the policy's threshold. */
    private final BigDecimal overAchievedAbove;
    /** 0 at the score scale. */
    private final BigDecimal zero;
    /** The lowest shares of the weight in 达成 and in 部分达成, as fractions (0.8, 0.6). */
    private final BigDecimal achievedShare;
    private final BigDecimal partiallyAchievedShare;
    /** The full marks and the band marks given last: the rows of a form share a few weights. */
    private Marks lastFull;
    private Marks lastBand;
    /** The weight of the row being scored. */
    private BigDecimal w;

    IndicatorScorer(ScoringPolicy policy) {
        this.policy = policy;
        this.rounding = policy.rounding();
        this.overAchievedAbove = BigDecimal.ONE.add(policy.overAchievementThreshold());
        this.zero = BigDecimal.ZERO.setScale(rounding.scoreScale());
        this.achievedShare = policy.achievedShare();
        this.partiallyAchievedShare = policy.partiallyAchievedShare();
    }

    /**
     * Scores one row against a weight: the printed 分值, or one the card derived, with the note that says so
     * ({@link ScoreNote#WEIGHT_DERIVED}, {@link ScoreNote#WEIGHT_MISSING}), or null when printed.
     */
    IndicatorScore score(IndicatorTree.Leaf leaf, BigDecimal weight, ScoreNote weightNote) {
        Indicator indicator = leaf.indicator();
        this.w = weight;
        notes.clear();
        if (weightNote != null) {
            notes.add(weightNote);
        }
        Target target = indicator.target();
        Actual actual = indicator.actual();
        if (target instanceof NotApplicable) {
            if (w.signum() > 0) {
                notes.add(ScoreNote.NOT_APPLICABLE_WITH_WEIGHT);
            }
            return single(leaf, zero, Rule.NOT_APPLICABLE, Optional.empty(), Explanation.lazy(zh -> zh
                    ? "不适用（" + target.text() + "），不计分" : "not applicable (" + target.text() + "): no points"));
        }
        if (w.signum() == 0 && weightNote == null) {
            notes.add(ScoreNote.ZERO_WEIGHT);
        }
        if (target instanceof Blank && actual instanceof Blank) {
            notes.add(ScoreNote.NO_EVIDENCE);
            if (policy.unstatedResult() == ScoringPolicy.UnstatedResult.ACHIEVED_BAND) {
                return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND,
                        zh -> zh ? "未填写指标值和完成值，按达成" : "no target and no actual, read as achieved: ");
            }
            return unassessable(leaf, zh -> zh ? "未填写指标值和完成值" : "neither a target nor an actual is printed");
        }
        if (target instanceof Unparsed) {
            notes.add(ScoreNote.UNPARSED_TARGET);
            return unassessable(leaf, zh -> zh ? "指标值无法解析" : "the target cannot be read");
        }
        if (actual instanceof Actual.Achievement) {
            AchievementLevel level = ((Actual.Achievement) actual).level();
            return band(leaf, level, Rule.QUALITATIVE_BAND, zh -> "");
        }
        if (target instanceof Blank) {
            notes.add(ScoreNote.TARGET_MISSING);
            return unassessable(leaf, zh -> zh ? "未填写年度指标值" : "the target is blank");
        }
        if (actual instanceof Blank) {
            notes.add(ScoreNote.ACTUAL_MISSING);
            return unassessable(leaf, zh -> zh ? "未填写实际完成值" : "the actual is blank");
        }
        if (target instanceof Target.Qualitative) {
            return qualitative(leaf, target, actual);
        }
        if (target instanceof Target.Deadline) {
            if (actual instanceof Actual.OnDate) {
                return deadline(leaf, (Target.Deadline) target, (Actual.OnDate) actual);
            }
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, zh -> zh ? "实际完成值「" + actual.text() + "」不是日期"
                    : "the actual '" + actual.text() + "' is not a date");
        }
        Quantity measured;
        if (actual instanceof Actual.Measured) {
            measured = ((Actual.Measured) actual).quantity();
        } else if (actual instanceof Actual.Bound) {
            measured = ((Actual.Bound) actual).quantity();
            notes.add(ScoreNote.BOUND_ACTUAL);
        } else if (actual instanceof Actual.Described && saysNone(actual.text())
                && ((Target.Quantitative) target).comparator().map(Comparison::isReverse).orElse(false)) {
            measured = Quantity.of(BigDecimal.ZERO, "");
            notes.add(ScoreNote.ACTUAL_READ_AS_ZERO);
        } else {
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, zh -> zh ? "实际完成值「" + actual.text() + "」不是数值"
                    : "the actual '" + actual.text() + "' is not a number");
        }
        return quantitative(leaf, (Target.Quantitative) target, measured);
    }

    /**
     * A qualitative target: achieved when the actual repeats it (有效 / 有效) or is a completion of 100% or more
     * ({@code 100%} against 按时限完成); otherwise it cannot be assessed.
     */
    private IndicatorScore qualitative(IndicatorTree.Leaf leaf, Target target, Actual actual) {
        if (actual instanceof Actual.Described && sameText(target.text(), actual.text())) {
            return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND,
                    zh -> zh ? "实际完成值与指标值相同，" : "the actual repeats the target, ");
        }
        if (actual instanceof Actual.Measured && isPercent(((Actual.Measured) actual).quantity().unit())
                && ((Actual.Measured) actual).quantity().normalized().compareTo(BigDecimal.ONE) >= 0) {
            notes.add(ScoreNote.ACTUAL_AS_COMPLETION);
            return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND,
                    zh -> zh ? "完成 " + actual.text() + "，" : "completed " + actual.text() + ", ");
        }
        notes.add(ScoreNote.UNUSABLE_ACTUAL);
        return unassessable(leaf, zh -> zh ? "实际完成值「" + actual.text() + "」无法对应定性指标"
                : "the actual '" + actual.text() + "' does not say how far a qualitative target was achieved");
    }

    /** Whether a descriptive actual says nothing of the kind happened: 无上访, 未发生, 零投诉. */
    private static boolean saysNone(String text) {
        String s = WhiteSpace.removeFrom(text);
        return s.startsWith("无") || s.startsWith("未发生") || s.startsWith("零") || s.startsWith("没有");
    }

    private IndicatorScore quantitative(IndicatorTree.Leaf leaf, Target.Quantitative target, Quantity measured) {
        Quantity goal = target.quantity();
        Unit tu = goal.unit();
        Unit au = measured.unit();
        BigDecimal t;
        BigDecimal a;
        Unit assumed = null;
        if (tu.equals(au)) {
            // the same unit: its multiplier cancels out of every comparison and ratio
            t = goal.value();
            a = measured.value();
        } else if (tu.isNone() == au.isNone()) {
            if (!tu.isCompatibleWith(au)) {
                notes.add(ScoreNote.UNIT_MISMATCH);
                return unassessable(leaf, zh -> zh ? "单位「" + tu + "」与「" + au + "」不可比"
                        : "units '" + tu + "' and '" + au + "' cannot be compared");
            }
            t = goal.normalized();
            a = measured.normalized();
        } else {
            assumed = tu.isNone() ? au : tu;
            notes.add(ScoreNote.UNIT_ASSUMED);
            t = goal.value().multiply(assumed.multiplier());
            a = measured.value().multiply(assumed.multiplier());
        }
        Comparison comparator;
        Comparison bareReading = null;
        if (target.comparator().isPresent()) {
            comparator = target.comparator().get();
        } else {
            notes.add(ScoreNote.BARE_TARGET);
            comparator = policy.bareTarget() == ScoringPolicy.BareTarget.BY_CATEGORY && isCost(leaf)
                    ? Comparison.AT_MOST : Comparison.EQUAL;
            bareReading = comparator;
        }
        Function<Boolean, String> readings = readings(assumed, bareReading);
        Direction direction = direction(comparator, t, tu.isNone() ? au : tu);
        int versus = a.compareTo(t);
        Optional<BigDecimal> ratio = ratio(a, t, versus);
        if (ratio.isPresent() && (ratio.get().compareTo(policy.implausibleFactor()) >= 0
                || direction == Direction.POSITIVE && ratio.get().compareTo(BigDecimal.ONE) < 0
                        && ratio.get().multiply(policy.implausibleFactor()).compareTo(BigDecimal.ONE) <= 0)) {
            notes.add(ScoreNote.IMPLAUSIBLE_DEVIATION);
        }
        if (isMet(direction, comparator, versus, a)) {
            return met(leaf, target, measured, ratio, direction, readings);
        }
        boolean sameUnit = tu.equals(au);
        if (t.signum() <= 0) {
            return zeroTarget(leaf, ratio, sameUnit ? goal.value().toPlainString() : plain(t), readings);
        }
        boolean positive = direction == Direction.POSITIVE || direction == Direction.EXACT && versus < 0;
        BigDecimal weight = w;
        BigDecimal points = positive
                // a negative actual against a positive target scores 0, not less
                ? weight.multiply(a.max(BigDecimal.ZERO)).divide(t, rounding.scoreScale(), rounding.scoreMode())
                : weight.multiply(t).divide(a, rounding.scoreScale(), rounding.scoreMode());
        // rounding up (UP, CEILING) must not lift a missed target above its weight
        BigDecimal capped = points.min(weight);
        BigDecimal tv = t;
        BigDecimal av = a;
        return single(leaf, capped, positive ? Rule.PROPORTIONAL_POSITIVE : Rule.PROPORTIONAL_REVERSE, ratio,
                Explanation.lazy(zh -> {
                    String shownT = sameUnit ? goal.value().toPlainString() : plain(tv);
                    String shownA = sameUnit ? measured.value().toPlainString() : plain(av);
                    String formula = (positive ? shownA + " / " + shownT : shownT + " / " + shownA) + " × "
                            + weight.toPlainString() + " = " + capped.toPlainString();
                    String rule = zh ? (positive ? "未达成，按比例：" : "未达成（反向指标），按比例：")
                            : (positive ? "not met, proportional: " : "not met (reverse target), proportional: ");
                    return rule + formula + readings.apply(zh);
                }));
    }

    /**
     * 实际 / 目标 to {@value #RATIO_SCALE} decimals, none for a zero target; {@code versus} is {@code a.compareTo(t)}.
     * An actual equal to its target (most rows) or zero needs no division.
     */
    private static Optional<BigDecimal> ratio(BigDecimal a, BigDecimal t, int versus) {
        if (t.signum() == 0) {
            return Optional.empty();
        }
        if (versus == 0) {
            return RATIO_ONE;
        }
        return a.signum() == 0 ? RATIO_ZERO : Optional.of(a.divide(t, RATIO_SCALE, RoundingMode.HALF_UP));
    }

    /** What the scorer had to assume, as a suffix of the explanation: a unit, the reading of a bare target. */
    private static Function<Boolean, String> readings(Unit assumed, Comparison bareReading) {
        if (assumed == null && bareReading == null) {
            return NO_READINGS;
        }
        return zh -> {
            String text = "";
            if (assumed != null) {
                text = zh ? "（一方缺少单位，按「" + assumed + "」计）" : " (one side has no unit; read as '" + assumed + "')";
            }
            if (bareReading != null) {
                text += zh ? "（指标值无比较符，按「" + bareReading.symbol() + "」计）"
                        : " (the target has no comparator; read as '" + bareReading.symbol() + "')";
            }
            return text;
        };
    }

    private IndicatorScore met(IndicatorTree.Leaf leaf, Target.Quantitative target, Quantity measured,
            Optional<BigDecimal> ratio, Direction direction, Function<Boolean, String> readings) {
        boolean over = direction == Direction.POSITIVE && ratio.isPresent()
                && ratio.get().compareTo(overAchievedAbove) > 0;
        Marks full = fullMarks(w);
        if (!over) {
            return scored(leaf, full, Rule.MET, ratio,
                    Explanation.lazy(zh -> metText(zh, measured, target, full) + readings.apply(zh)));
        }
        notes.add(ScoreNote.OVER_ACHIEVED);
        BigDecimal deviation = ratio.get().subtract(BigDecimal.ONE);
        if (policy.overAchievement() == ScoringPolicy.OverAchievement.DEDUCT) {
            return single(leaf, zero, Rule.OVER_ACHIEVEMENT_DEDUCTED, ratio, Explanation.lazy(zh -> zh
                    ? "超额 " + percent(deviation) + "，超过偏离度阈值，不计分（" + measured + " / "
                            + target.canonicalText() + "）" + readings.apply(zh)
                    : "exceeded by " + percent(deviation) + ", beyond the deviation threshold: 0 points (" + measured
                            + " / " + target.canonicalText() + ")" + readings.apply(zh)));
        }
        return scored(leaf, full, Rule.MET, ratio, Explanation.lazy(zh -> metText(zh, measured, target, full)
                + readings.apply(zh) + (zh ? "；超额 " : "; exceeded by ") + percent(deviation)));
    }

    /** 达成（1.50(万条/月) / ≥1.00(万条/月)），得满分 15.00. */
    private static String metText(boolean zh, Quantity measured, Target.Quantitative target, Marks full) {
        return (zh ? "达成（" : "met (") + measured + " / " + target.canonicalText() + (zh ? "），得满分 " : "): full ")
                + full.points.toPlainString();
    }

    private IndicatorScore zeroTarget(IndicatorTree.Leaf leaf, Optional<BigDecimal> ratio,
            String shownT, Function<Boolean, String> readings) {
        Function<Boolean, String> why = zh -> zh ? "未达成，指标值 " + shownT + " 下比例无定义"
                : "not met; the proportion is undefined for target " + shownT;
        if (policy.zeroTarget() == ScoringPolicy.ZeroTarget.NOT_ACHIEVED_BAND) {
            Marks marks = bandMarks(AchievementLevel.NOT_ACHIEVED, w);
            return scored(leaf, marks, Rule.ZERO_TARGET, ratio, Explanation.lazy(zh -> why.apply(zh)
                    + (zh ? "，按未达成档 " + marks.range + " 取 " : ", band 'not achieved' " + marks.range + ": ")
                    + marks.points.toPlainString() + readings.apply(zh)));
        }
        return single(leaf, zero, Rule.ZERO_TARGET, ratio,
                Explanation.lazy(zh -> why.apply(zh) + (zh ? "，计 0 分" : ": 0 points") + readings.apply(zh)));
    }

    private IndicatorScore deadline(IndicatorTree.Leaf leaf, Target.Deadline target, Actual.OnDate actual) {
        Function<Boolean, String> versus = zh -> actual.canonicalText() + " / " + target.canonicalText();
        if (!actual.date().isAfter(target.due())) {
            Marks full = fullMarks(w);
            return scored(leaf, full, Rule.DEADLINE_MET, Optional.empty(), Explanation.lazy(zh -> zh
                    ? "按期完成（" + versus.apply(zh) + "），得满分 " + full.points.toPlainString()
                    : "on time (" + versus.apply(zh) + "): full " + full.points.toPlainString()));
        }
        Function<Boolean, String> late = zh -> zh ? "逾期（" + versus.apply(zh) + "），" : "late (" + versus.apply(zh) + "), ";
        switch (policy.lateDeadline()) {
            case ZERO:
                return single(leaf, zero, Rule.DEADLINE_LATE, Optional.empty(),
                        Explanation.lazy(zh -> late.apply(zh) + (zh ? "计 0 分" : "0 points")));
            case PARTIALLY_ACHIEVED_BAND:
                return band(leaf, AchievementLevel.PARTIALLY_ACHIEVED, Rule.DEADLINE_LATE, late);
            default:
                return band(leaf, AchievementLevel.NOT_ACHIEVED, Rule.DEADLINE_LATE, late);
        }
    }

    private IndicatorScore band(IndicatorTree.Leaf leaf, AchievementLevel level, Rule rule,
            Function<Boolean, String> prefix) {
        Marks marks = bandMarks(level, w);
        return scored(leaf, marks, rule, Optional.empty(), Explanation.lazy(zh -> prefix.apply(zh)
                + (zh ? Bands.zh(level) + "档 " + marks.range + "，取 " : "band '" + Bands.en(level) + "' "
                        + marks.range + ": ") + marks.points.toPlainString()));
    }

    private IndicatorScore unassessable(IndicatorTree.Leaf leaf, Function<Boolean, String> why) {
        BigDecimal top = Bands.tidy(w, rounding);
        return new IndicatorScore(leaf, w, zero, new ScoreRange(zero, top, true), Rule.UNASSESSABLE, Optional.empty(),
                notes, Explanation.lazy(zh -> zh ? "无法评分：" + why.apply(zh) + "，计 0 分"
                        : "cannot be assessed: " + why.apply(zh) + "; 0 points"));
    }

    private IndicatorScore single(IndicatorTree.Leaf leaf, BigDecimal points, Rule rule,
            Optional<BigDecimal> ratio, Explanation explanation) {
        return new IndicatorScore(leaf, w, points, ScoreRange.exactly(points), rule, ratio, notes, explanation);
    }

    /** Full marks for a weight: the weight at the score scale where no digit is lost, a single allowed point. */
    private Marks fullMarks(BigDecimal weight) {
        Marks last = lastFull;
        if (last == null || !last.weight.equals(weight)) {
            BigDecimal points = Bands.tidy(weight, rounding);
            last = new Marks(null, weight, points, ScoreRange.exactly(points));
            lastFull = last;
        }
        return last;
    }

    /** The policy's point in a band of a weight, and the band. */
    private Marks bandMarks(AchievementLevel level, BigDecimal weight) {
        Marks last = lastBand;
        if (last == null || last.band != level || !last.weight.equals(weight)) {
            ScoreRange range = Bands.range(level, weight, rounding, achievedShare, partiallyAchievedShare);
            last = new Marks(level, weight, Bands.point(range, policy.bandPoint(), rounding), range);
            lastBand = last;
        }
        return last;
    }

    private IndicatorScore scored(IndicatorTree.Leaf leaf, Marks marks, Rule rule, Optional<BigDecimal> ratio,
            Explanation explanation) {
        return new IndicatorScore(leaf, w, marks.points, marks.range, rule, ratio, notes, explanation);
    }

    /** How a comparator reads under the policy: {@code =} follows {@link ScoringPolicy.Equality}; {@code =0} is ≤ 0. */
    private Direction direction(Comparison comparator, BigDecimal target, Unit unit) {
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

    /** Whether an actual {@code a} meets its target, {@code versus} being {@code a.compareTo(target)}. */
    private static boolean isMet(Direction direction, Comparison comparator, int versus, BigDecimal a) {
        switch (direction) {
            case POSITIVE:
                return comparator == Comparison.MORE_THAN ? versus > 0 : versus >= 0;
            case REVERSE:
                // a reverse target with actual 0 is met, even "< 0"
                return comparator == Comparison.LESS_THAN ? versus < 0 || a.signum() == 0 : versus <= 0;
            default:
                return versus == 0;
        }
    }

    private static boolean isPercent(Unit unit) {
        return unit.base().isEmpty() && unit.multiplier().compareTo(new BigDecimal("0.01")) == 0;
    }

    private static boolean isCost(IndicatorTree.Leaf leaf) {
        return leaf.subcategory().kind().isCost() || leaf.category().kind() == CategoryKind.COST;
    }

    private static boolean sameText(String a, String b) {
        return WhiteSpace.removeFrom(a).equals(WhiteSpace.removeFrom(b));
    }

    /** A deviation as a percentage with one decimal: 0.768 → 76.8%. */
    private static String percent(BigDecimal deviation) {
        return plain(deviation.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    private static String plain(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The points for a weight and the range they stand for: full marks (band null) or a band's point. */
    private record Marks(AchievementLevel band, BigDecimal weight, BigDecimal points, ScoreRange range) {
    }

    /** Which side of the target is better. */
    private enum Direction {
        POSITIVE, REVERSE, EXACT
    }
}
