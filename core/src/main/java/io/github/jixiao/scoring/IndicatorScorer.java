// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.finding.Language;
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
import java.time.Year;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one level-3 indicator under a policy. One instance per {@link Scorer#score} call, used by one thread:
 * it reuses one set for the notes of the row being scored (each {@link IndicatorScore} keeps a copy).
 */
final class IndicatorScorer {

    private static final int RATIO_SCALE = 6;
    private static final Optional<BigDecimal> RATIO_ONE = Optional.of(BigDecimal.ONE.setScale(RATIO_SCALE));
    private static final Optional<BigDecimal> RATIO_ZERO = Optional.of(BigDecimal.ZERO.setScale(RATIO_SCALE));
    /** What an actual may say before repeating a qualitative target it met: 已建立, 已经建立, 均已建立. */
    private static final String[] DONE_WORDS = {"均已", "已经", "已"};
    /** The changes qualitative targets ask for, which an actual may name: 较上年提高 / 提高8%. */
    private static final String[] CHANGES = {"提高", "提升", "增加", "增长", "增强", "加强", "改善", "完善", "优化",
        "降低", "下降", "减少", "缩短", "减轻"};
    private static final String NEGATIONS = "未没不无";

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
    /** The form's year, in which a deadline written without one is read; null when the form prints none. */
    private final Year formYear;
    /** The full marks and the band marks given last: the rows of a form share a few weights. */
    private Marks lastFull;
    private Marks lastBand;
    /** The weight of the row being scored. */
    private BigDecimal w;

    IndicatorScorer(ScoringPolicy policy, Year formYear) {
        this.policy = policy;
        this.formYear = formYear;
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
        Target target = inFormYear(indicator.target());
        Actual actual = indicator.actual();
        if (target != indicator.target()) {
            notes.add(ScoreNote.YEAR_ASSUMED);
            actual = inFormYear(actual);
        }
        if (target instanceof NotApplicable) {
            if (w.signum() > 0) {
                notes.add(ScoreNote.NOT_APPLICABLE_WITH_WEIGHT);
            }
            return single(leaf, zero, Rule.NOT_APPLICABLE, Optional.empty(),
                    Explanation.lazy(language -> ExplanationText.NOT_APPLICABLE.in(language, target.text())));
        }
        if (w.signum() == 0 && weightNote == null) {
            notes.add(ScoreNote.ZERO_WEIGHT);
        }
        if (target instanceof Blank && actual instanceof Blank) {
            notes.add(ScoreNote.NO_EVIDENCE);
            if (policy.unstatedResult() == ScoringPolicy.UnstatedResult.ACHIEVED_BAND) {
                return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND, ExplanationText.BAND_UNSTATED,
                        null, null);
            }
            return unassessable(leaf, ExplanationText.UNASSESSABLE_NO_TEXTS, null, null);
        }
        if (target instanceof Unparsed) {
            notes.add(ScoreNote.UNPARSED_TARGET);
            return unassessable(leaf, ExplanationText.UNASSESSABLE_UNPARSED_TARGET, null, null);
        }
        if (actual instanceof Actual.Achievement) {
            AchievementLevel level = ((Actual.Achievement) actual).level();
            return band(leaf, level, Rule.QUALITATIVE_BAND, ExplanationText.BAND, null, null);
        }
        if (target instanceof Blank) {
            notes.add(ScoreNote.TARGET_MISSING);
            return unassessable(leaf, ExplanationText.UNASSESSABLE_NO_TARGET, null, null);
        }
        if (actual instanceof Blank) {
            notes.add(ScoreNote.ACTUAL_MISSING);
            return unassessable(leaf, ExplanationText.UNASSESSABLE_NO_ACTUAL, null, null);
        }
        if (target instanceof Target.Qualitative) {
            return qualitative(leaf, target, actual);
        }
        if (target instanceof Target.Deadline) {
            if (actual instanceof Actual.OnDate) {
                return deadline(leaf, (Target.Deadline) target, (Actual.OnDate) actual);
            }
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, ExplanationText.UNASSESSABLE_NOT_A_DATE, actual.text(), null);
        }
        Quantity measured;
        if (actual instanceof Actual.Measured) {
            measured = ((Actual.Measured) actual).quantity();
        } else if (actual instanceof Actual.Bound) {
            measured = ((Actual.Bound) actual).quantity();
            notes.add(ScoreNote.BOUND_ACTUAL);
        } else if (actual instanceof Actual.Described && saysNone(actual.text())
                && target instanceof Target.Quantitative quantitative
                && quantitative.comparator().map(Comparison::isReverse).orElse(false)) {
            measured = Quantity.of(BigDecimal.ZERO, "");
            notes.add(ScoreNote.ACTUAL_READ_AS_ZERO);
        } else {
            notes.add(ScoreNote.UNUSABLE_ACTUAL);
            return unassessable(leaf, ExplanationText.UNASSESSABLE_NOT_A_NUMBER, actual.text(), null);
        }
        return target instanceof Target.Range range ? range(leaf, range, measured)
                : quantitative(leaf, (Target.Quantitative) target, measured, null);
    }

    /**
     * A deadline written without its year ({@code 12月底前}, {@code 11月30日前}, {@code 年底前}), which reads as
     * unparsed or qualitative, read in the form's year; else the target itself.
     */
    private Target inFormYear(Target target) {
        if (formYear == null || !(target instanceof Unparsed || target instanceof Target.Qualitative)
                || !startsLikeADate(target.text())) {
            return target;
        }
        return Target.parse(formYear + "年" + target.text().strip()) instanceof Target.Deadline dated
                ? new Target.Deadline(target.text(), dated.due(), dated.precision()) : target;
    }

    /** An actual date written without its year ({@code 12月20日}) read in the form's year; else the actual itself. */
    private Actual inFormYear(Actual actual) {
        if (actual instanceof Actual.OnDate || !startsLikeADate(actual.text())) {
            return actual;
        }
        return Actual.parse(formYear + "年" + actual.text().strip()) instanceof Actual.OnDate dated
                ? new Actual.OnDate(actual.text(), dated.date(), dated.precision()) : actual;
    }

    /** Whether a text may be a date without its year: a month's digits, or 年底 / 年末 (the year's end). */
    private static boolean startsLikeADate(String text) {
        String s = text.strip();
        return !s.isEmpty() && (s.charAt(0) >= '0' && s.charAt(0) <= '9' || s.startsWith("年底") || s.startsWith("年末"));
    }

    /**
     * A range (区间): met from its lower to its upper bound, both included; below it, scored as a target of at
     * least its lower bound, above it as one of at most its upper bound. No rule of the sources names ranges: this
     * is the library's reading, said in the explanation.
     */
    private IndicatorScore range(IndicatorTree.Leaf leaf, Target.Range range, Quantity measured) {
        boolean below = compare(measured, range.low()) < 0;
        Target.Quantitative bound = below
                ? new Target.Quantitative(range.text(), Optional.of(Comparison.AT_LEAST), range.low())
                : new Target.Quantitative(range.text(), Optional.of(Comparison.AT_MOST), range.high());
        return quantitative(leaf, bound, measured, range);
    }

    /**
     * An actual against a bound as {@link #quantitative} compares them: by value in one unit or where one side has
     * none, else in the base unit (units of different kinds compare by value; the scoring then says they differ).
     */
    private static int compare(Quantity actual, Quantity bound) {
        Unit au = actual.unit();
        Unit bu = bound.unit();
        return au.equals(bu) || au.isNone() != bu.isNone() || !au.isCompatibleWith(bu)
                ? actual.value().compareTo(bound.value())
                : actual.normalized().compareTo(bound.normalized());
    }

    /**
     * A qualitative target: achieved when the actual repeats it (有效 / 有效, 建立 / 已建立), is a completion of 100%
     * or more ({@code 100%} against 按时限完成) or names the change it asks for (提高8% against 较上年提高); otherwise
     * it cannot be assessed.
     */
    private IndicatorScore qualitative(IndicatorTree.Leaf leaf, Target target, Actual actual) {
        if (actual instanceof Actual.Described && repeats(target.text(), actual.text())) {
            return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND, ExplanationText.BAND_REPEATED,
                    null, null);
        }
        if (actual instanceof Actual.Measured && isPercent(((Actual.Measured) actual).quantity().unit())
                && ((Actual.Measured) actual).quantity().normalized().compareTo(BigDecimal.ONE) >= 0) {
            notes.add(ScoreNote.ACTUAL_AS_COMPLETION);
            return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND, ExplanationText.BAND_COMPLETED,
                    actual.text(), null);
        }
        String change = actual instanceof Actual.Described ? sameChange(target.text(), actual.text()) : null;
        if (change != null) {
            notes.add(ScoreNote.ACTUAL_NAMES_CHANGE);
            return band(leaf, AchievementLevel.ACHIEVED, Rule.QUALITATIVE_BAND, ExplanationText.BAND_CHANGE, change,
                    null);
        }
        notes.add(ScoreNote.UNUSABLE_ACTUAL);
        return unassessable(leaf, ExplanationText.UNASSESSABLE_NOT_QUALITATIVE, actual.text(), null);
    }

    /** Whether a descriptive actual says nothing of the kind happened: 无上访, 未发生, 零投诉. */
    private static boolean saysNone(String text) {
        String s = WhiteSpace.removeFrom(text);
        return s.startsWith("无") || s.startsWith("未发生") || s.startsWith("零") || s.startsWith("没有");
    }

    /** A quantitative target, or the bound a {@code range} (null when none) is read as for this actual. */
    private IndicatorScore quantitative(IndicatorTree.Leaf leaf, Target.Quantitative target, Quantity measured,
            Target.Range range) {
        Quantity goal = target.quantity();
        Unit tu = goal.unit();
        Unit au = measured.unit();
        BigDecimal t;
        BigDecimal a;
        Unit assumed = null;
        BigDecimal fraction = null;
        if (tu.equals(au)) {
            // the same unit: its multiplier cancels out of every comparison and ratio
            t = goal.value();
            a = measured.value();
        } else if (tu.isNone() == au.isNone()) {
            if (!tu.isCompatibleWith(au)) {
                notes.add(ScoreNote.UNIT_MISMATCH);
                return unassessable(leaf, ExplanationText.UNASSESSABLE_UNITS, tu, au);
            }
            t = goal.normalized();
            a = measured.normalized();
        } else if (isFraction(measured, goal)) {
            // 0.97 against ≥95%: a share written as a fraction, which read as 0.97% would be absurd
            notes.add(ScoreNote.UNIT_ASSUMED);
            fraction = measured.value();
            t = goal.normalized();
            a = fraction;
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
        Readings readings = Readings.of(assumed, fraction, bareReading, range == null ? null : target);
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
        ExplanationText text = positive ? ExplanationText.PROPORTIONAL : ExplanationText.PROPORTIONAL_REVERSE;
        return single(leaf, capped, positive ? Rule.PROPORTIONAL_POSITIVE : Rule.PROPORTIONAL_REVERSE, ratio,
                Explanation.lazy(language -> text.in(language, sameUnit ? measured.value() : plain(av),
                        sameUnit ? goal.value() : plain(tv), weight, capped, readings.text(language))));
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

    private IndicatorScore met(IndicatorTree.Leaf leaf, Target.Quantitative target, Quantity measured,
            Optional<BigDecimal> ratio, Direction direction, Readings readings) {
        boolean over = direction == Direction.POSITIVE && ratio.isPresent()
                && ratio.get().compareTo(overAchievedAbove) > 0;
        Marks full = fullMarks(w);
        if (!over) {
            return scored(leaf, full, Rule.MET, ratio, Explanation.lazy(language -> ExplanationText.MET.in(language,
                    measured, target, full.points, readings.text(language))));
        }
        notes.add(ScoreNote.OVER_ACHIEVED);
        BigDecimal deviation = ratio.get().subtract(BigDecimal.ONE);
        if (policy.overAchievement() == ScoringPolicy.OverAchievement.DEDUCT) {
            return single(leaf, zero, Rule.OVER_ACHIEVEMENT_DEDUCTED, ratio, Explanation.lazy(language ->
                    ExplanationText.OVER_ACHIEVEMENT_DEDUCTED.in(language, percent(deviation), measured, target,
                            readings.text(language))));
        }
        return scored(leaf, full, Rule.MET, ratio, Explanation.lazy(language -> ExplanationText.MET_EXCEEDED.in(
                language, measured, target, full.points, readings.text(language), percent(deviation))));
    }

    private IndicatorScore zeroTarget(IndicatorTree.Leaf leaf, Optional<BigDecimal> ratio,
            String shownT, Readings readings) {
        if (policy.zeroTarget() == ScoringPolicy.ZeroTarget.NOT_ACHIEVED_BAND) {
            Marks marks = bandMarks(AchievementLevel.NOT_ACHIEVED, w);
            return scored(leaf, marks, Rule.ZERO_TARGET, ratio, Explanation.lazy(language ->
                    ExplanationText.ZERO_TARGET_BAND.in(language, shownT, marks.range, marks.points,
                            readings.text(language))));
        }
        return single(leaf, zero, Rule.ZERO_TARGET, ratio, Explanation.lazy(language ->
                ExplanationText.ZERO_TARGET.in(language, shownT, readings.text(language))));
    }

    private IndicatorScore deadline(IndicatorTree.Leaf leaf, Target.Deadline target, Actual.OnDate actual) {
        if (!actual.date().isAfter(target.due())) {
            Marks full = fullMarks(w);
            return scored(leaf, full, Rule.DEADLINE_MET, Optional.empty(), Explanation.lazy(language ->
                    ExplanationText.DEADLINE_MET.in(language, actual, target, full.points)));
        }
        switch (policy.lateDeadline()) {
            case ZERO:
                return single(leaf, zero, Rule.DEADLINE_LATE, Optional.empty(), Explanation.lazy(language ->
                        ExplanationText.DEADLINE_LATE.in(language, actual, target)));
            case PARTIALLY_ACHIEVED_BAND:
                return band(leaf, AchievementLevel.PARTIALLY_ACHIEVED, Rule.DEADLINE_LATE, ExplanationText.BAND_LATE,
                        actual, target);
            default:
                return band(leaf, AchievementLevel.NOT_ACHIEVED, Rule.DEADLINE_LATE, ExplanationText.BAND_LATE,
                        actual, target);
        }
    }

    /**
     * The policy's point in a qualitative band, explained by {@code text}: the band's name, range and point, then
     * {@code a} and {@code b}, either of which may be null.
     */
    private IndicatorScore band(IndicatorTree.Leaf leaf, AchievementLevel level, Rule rule, ExplanationText text,
            Object a, Object b) {
        Marks marks = bandMarks(level, w);
        return scored(leaf, marks, rule, Optional.empty(), Explanation.lazy(language -> text.in(language,
                ExplanationText.level(level, language), marks.range, marks.points, a, b)));
    }

    /** No points, of at most the weight, explained by {@code text} with {@code a} and {@code b} (either may be null). */
    private IndicatorScore unassessable(IndicatorTree.Leaf leaf, ExplanationText text, Object a, Object b) {
        BigDecimal top = Bands.tidy(w, rounding);
        return new IndicatorScore(leaf, w, zero, new ScoreRange(zero, top, true), Rule.UNASSESSABLE, Optional.empty(),
                notes, Explanation.lazy(language -> text.in(language, a, b)));
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

    /**
     * Whether an actual without a unit is a share written as a fraction against a target in percent: above 0, at
     * most 1, against a percentage above 1 ({@code 0.97} against {@code ≥95%}, {@code 1} against {@code 100%}).
     */
    private static boolean isFraction(Quantity actual, Quantity target) {
        return actual.unit().isNone() && isPercent(target.unit()) && actual.value().signum() > 0
                && actual.value().compareTo(BigDecimal.ONE) <= 0 && target.value().compareTo(BigDecimal.ONE) > 0;
    }

    private static boolean isPercent(Unit unit) {
        return unit.base().isEmpty() && unit.multiplier().compareTo(new BigDecimal("0.01")) == 0;
    }

    private static boolean isCost(IndicatorTree.Leaf leaf) {
        return leaf.subcategory().kind().isCost() || leaf.category().kind() == CategoryKind.COST;
    }

    /**
     * The change a qualitative target asks for that the actual names too (提高 in 较上年提高 and 提高8%), neither
     * saying 未, 没, 不 or 无; else null.
     */
    private static String sameChange(String target, String actual) {
        String t = WhiteSpace.removeFrom(target);
        String a = WhiteSpace.removeFrom(actual);
        for (int i = 0; i < NEGATIONS.length(); i++) {
            if (t.indexOf(NEGATIONS.charAt(i)) >= 0 || a.indexOf(NEGATIONS.charAt(i)) >= 0) {
                return null;
            }
        }
        for (String change : CHANGES) {
            if (t.contains(change) && a.contains(change)) {
                return change;
            }
        }
        return null;
    }

    /**
     * Whether the actual repeats the target, perhaps saying it is done: 有效提高 / 有效提高, 建立 / 已建立,
     * 建立 / 均已建立了.
     */
    private static boolean repeats(String target, String actual) {
        String t = WhiteSpace.removeFrom(target);
        String a = WhiteSpace.removeFrom(actual);
        if (a.equals(t)) {
            return true;
        }
        for (String done : DONE_WORDS) {
            if (a.startsWith(done)) {
                a = a.substring(done.length());
                break;
            }
        }
        if (a.endsWith("了")) {
            a = a.substring(0, a.length() - 1);
        }
        return !a.isEmpty() && a.equals(t);
    }

    /** A deviation as a percentage with one decimal: 0.768 → 76.8%. */
    private static String percent(BigDecimal deviation) {
        return plain(deviation.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    private static String plain(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** What the scorer had to assume, written after the explanation: a unit, the reading of a bare target. */
    private record Readings(Unit assumed, BigDecimal fraction, Comparison bareReading,
            Target.Quantitative rangeBound) {

        static final Readings NONE = new Readings(null, null, null, null);

        static Readings of(Unit assumed, BigDecimal fraction, Comparison bareReading, Target.Quantitative rangeBound) {
            return assumed == null && fraction == null && bareReading == null && rangeBound == null ? NONE
                    : new Readings(assumed, fraction, bareReading, rangeBound);
        }

        String text(Language language) {
            String text = assumed == null ? "" : ExplanationText.READING_UNIT.in(language, assumed);
            text = fraction == null ? text
                    : text + ExplanationText.READING_FRACTION.in(language, plain(fraction),
                            plain(fraction.movePointRight(2)) + "%");
            text = bareReading == null ? text : text + ExplanationText.READING_BARE.in(language, bareReading.symbol());
            return rangeBound == null ? text
                    : text + ExplanationText.READING_RANGE.in(language, rangeBound.text(), rangeBound);
        }
    }

    /** The points for a weight and the range they stand for: full marks (band null) or a band's point. */
    private record Marks(AchievementLevel band, BigDecimal weight, BigDecimal points, ScoreRange range) {
    }

    /** Which side of the target is better. */
    private enum Direction {
        POSITIVE, REVERSE, EXACT
    }
}
