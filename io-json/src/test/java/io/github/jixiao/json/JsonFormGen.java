// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.DatePrecision;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of forms for the JSON tests: every kind of target and actual, every optional field
 * present or absent, texts with quotes, back-slashes, control characters, CJK and characters beyond the BMP,
 * decimals of every scale the format allows. (The lead's general generators will replace these when they land.)
 */
final class JsonFormGen {

    private static final String[] PIECES = {"a", "Z", "0", "9", " ", "\n", "\t", "\"", "\\", "/", "≥", "≤", "%",
        "万", "元", "指标", "★", "达成", "😀", "\u0000", "\u2028", "é", "<", "&", "（", "·"};
    private static final String[] UNITS = {"", "%", "万条/月", "人次", "份", "天", "小时", "个月", "万元", "‰"};
    private static final String[] NOT_APPLICABLE = {"无", "/", "不适用", "—"};
    private static final String[] BLANK = {"", " ", "\n", "（空）", "未填写"};

    private final RandomnessSource in;

    private JsonFormGen(RandomnessSource in) {
        this.in = in;
    }

    static Gen<SelfEvaluation> forms() {
        return in -> new JsonFormGen(in).form();
    }

    static Gen<Finding> findings() {
        return in -> new JsonFormGen(in).finding();
    }

    private SelfEvaluation form() {
        AmountUnit unit = pick(AmountUnit.values());
        SelfEvaluation.Builder b = SelfEvaluation.builder()
                .project(project())
                .funding(funding(unit))
                .goal(AnnualGoal.of(text(40), text(40)))
                .indicators(tree())
                .year(maybe() ? Optional.of(Year.of(between(1990, 2100))) : Optional.empty())
                .reportedWeightTotal(optionalDecimal(6))
                .reportedTotal(optionalDecimal(6))
                .reportedGrade(optionalText(3));
        if (maybe()) {
            b.title(text(12));
        }
        return b.build();
    }

    private Project project() {
        Project.Builder b = Project.builder().name(text(20)).code(optionalText(10)).lead(optionalText(4))
                .phone(optionalText(12)).amount(maybe() ? Optional.of(amount(pick(AmountUnit.values())))
                        : Optional.empty());
        if (maybe()) {
            b.department(text(20));
        }
        if (maybe()) {
            b.implementingUnit(text(20));
        }
        return b.build();
    }

    private Funding funding(AmountUnit unit) {
        List<FundingSource> sources = new ArrayList<>();
        for (int i = between(0, 3); i > 0; i--) {
            sources.add(fundingSource(unit));
        }
        return Funding.builder().unit(unit).weight(decimal(2).abs()).reportedScore(optionalDecimal(4))
                .total(fundingSource(unit)).sources(sources).build();
    }

    private FundingSource fundingSource(AmountUnit unit) {
        return FundingSource.builder().label(text(10))
                .initialBudget(maybe() ? Optional.of(amount(unit)) : Optional.empty())
                .adjustedBudget(amount(unit)).executed(amount(unit))
                .reportedRate(maybe() ? Optional.of(quantity()) : Optional.empty()).build();
    }

    private Amount amount(AmountUnit unit) {
        return new Amount(decimal(6), unit);
    }

    private IndicatorTree tree() {
        List<Category> categories = new ArrayList<>();
        for (int c = between(0, 4); c > 0; c--) {
            List<Subcategory> subcategories = new ArrayList<>();
            for (int s = between(0, 3); s > 0; s--) {
                List<Indicator> indicators = new ArrayList<>();
                for (int i = between(0, 4); i > 0; i--) {
                    indicators.add(indicator(i));
                }
                subcategories.add(Subcategory.of(text(8), indicators));
            }
            categories.add(Category.of(pick(new String[] {"产出指标", "效益指标", "满意度指标", "成本指标", text(6)}),
                    subcategories));
        }
        return IndicatorTree.of(categories);
    }

    private Indicator indicator(int index) {
        Indicator.Builder b = Indicator.builder().name(text(12) + "#" + index).target(target()).actual(actual())
                .weight(decimal(3).abs()).reportedScore(optionalDecimal(3));
        if (maybe()) {
            b.deviationNote(text(30));
        }
        return b.build();
    }

    /**
     * A target of every kind, as the text a form prints: the JSON reader reads the value its text says, so a
     * generated value that its text contradicts would be a forgery, not a form.
     */
    private Target target() {
        return Target.parse(switch (between(0, 5)) {
            case 0 -> (maybe() ? pick(Comparison.values()).symbol() : "") + quantityText();
            case 1 -> dateText(date(), pick(DatePrecision.values())) + "前";
            case 2 -> pick(NOT_APPLICABLE);
            case 3 -> "≥" + text(4) + "abc";
            case 4 -> pick(BLANK);
            default -> text(16);
        });
    }

    /** An actual of every kind, as the text a form prints. */
    private Actual actual() {
        return Actual.parse(switch (between(0, 7)) {
            case 0 -> quantityText();
            case 1 -> pick(Comparison.values()).symbol() + quantityText();
            case 2 -> dateText(date(), DatePrecision.DAY);
            case 3 -> pick(AchievementLevel.values()).label() + (maybe() ? "指标" : "");
            case 4 -> pick(NOT_APPLICABLE);
            case 5 -> "≥" + text(4) + "abc";
            case 6 -> pick(BLANK);
            default -> text(16);
        });
    }

    private String quantityText() {
        return decimal(4).abs().toPlainString() + pick(UNITS);
    }

    private static String dateText(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> date.getYear() + "年底";
            case MONTH -> date.getYear() + "年" + date.getMonthValue() + "月";
            default -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        };
    }

    private Quantity quantity() {
        return Quantity.of(decimal(12), maybe() ? pick(UNITS) : text(4));
    }

    private Finding finding() {
        return new Finding(text(10), pick(Severity.values()), text(20), optionalText(8), optionalText(8), text(30),
                text(30));
    }

    private LocalDate date() {
        return LocalDate.of(between(1900, 2100), 1, 1).plusDays(between(0, 365));
    }

    /** A decimal with at most 12 integer digits and {@code maxScale} decimal places, sometimes negative. */
    private BigDecimal decimal(int maxScale) {
        long unscaled = in.next(Constraint.between(-999_999_999_999L, 999_999_999_999L));
        return new BigDecimal(BigInteger.valueOf(unscaled), between(0, maxScale));
    }

    private Optional<BigDecimal> optionalDecimal(int maxScale) {
        return maybe() ? Optional.of(decimal(maxScale)) : Optional.empty();
    }

    private String text(int maxPieces) {
        StringBuilder sb = new StringBuilder();
        for (int n = between(0, maxPieces); n > 0; n--) {
            sb.append(pick(PIECES));
        }
        return sb.toString();
    }

    private Optional<String> optionalText(int maxPieces) {
        return maybe() ? Optional.of(text(maxPieces)) : Optional.empty();
    }

    private boolean maybe() {
        return between(0, 1) == 1;
    }

    private <T> T pick(T[] values) {
        return values[between(0, values.length - 1)];
    }

    private int between(int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}
