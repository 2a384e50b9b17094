// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the notation parser over generated and arbitrary text. */
class NotationPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    /** Arbitrary Unicode, including unpaired surrogates and control characters, up to 10,000 characters. */
    private static final Gen<String> ANY_TEXT = strings().allPossible().ofLengthBetween(0, 10_000)
            .mix(strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(0, 200), 50);

    /**
     * A short cell is blank or not applicable exactly when the vocabulary calls it a blank mark or a placeholder: the
     * parser's quick tests (a number, a comparison, a word no placeholder starts as) never pass over one, ordinals
     * and bracketed notes (which normalising drops) included.
     */
    @Test
    void aShortCellIsAPlaceholderExactlyWhenTheVocabularySaysSo() {
        Gen<String> lead = Generate.pick(List.of("", "", "1、", "2.", "１．", "十、", "一、", "1(注)、", "1", "其中",
                "其中：", "(注)", "【注】", " ", "≥", "<"));
        Gen<String> word = Generate.pick(List.of("无", "/", "-", "—", "空", "(空)", "未填", "N/A", "不适用", "…",
                "个", "100%", "5", "达成", "满意", "0", "", "其他"));
        Gen<String> tail = Generate.pick(List.of("", "", ":", "(注)", "、", "%", ".", " "));
        Gen<String> texts = in -> lead.generate(in) + word.generate(in) + tail.generate(in);
        Vocabulary vocabulary = Vocabulary.defaults();
        qt().withExamples(EXAMPLES).forAll(texts).checkAssert(text -> {
            if (text.replace(" ", "").length() > 8) {
                return;
            }
            Optional<Term> term = vocabulary.match(text.replace(" ", ""), Term.Group.PLACEHOLDER);
            boolean blank = text.isBlank() || term.orElse(null) == Term.BLANK_MARK;
            assertThat(Target.parse(text) instanceof Blank).as("%s is blank", text).isEqualTo(blank);
            assertThat(Target.parse(text) instanceof NotApplicable).as("%s is not applicable", text)
                    .isEqualTo(!blank && term.isPresent());
        });
    }

    @Test
    void targetParsingNeverThrowsAndKeepsTheTextAsWritten() {
        qt().withExamples(EXAMPLES).forAll(ANY_TEXT).checkAssert(text -> {
            Target target = Target.parse(text);
            assertThat(target.text()).isEqualTo(text);
            if (target instanceof Unparsed unparsed) {
                assertThat(unparsed.errorIndex()).isBetween(0, text.length());
                assertThat(unparsed.reason()).isNotBlank();
            }
        });
    }

    @Test
    void actualParsingNeverThrowsAndKeepsTheTextAsWritten() {
        qt().withExamples(EXAMPLES).forAll(ANY_TEXT).checkAssert(text -> {
            Actual actual = Actual.parse(text);
            assertThat(actual.text()).isEqualTo(text);
        });
    }

    @Test
    void canonicalTargetTextParsesBackToTheSameValue() {
        qt().withExamples(EXAMPLES).forAll(Generators.targets()).checkAssert(target -> {
            Target again = Target.parse(target.canonicalText());
            assertThat(again.getClass()).isEqualTo(target.getClass());
            assertThat(withoutText(again)).isEqualTo(withoutText(target));
        });
    }

    @Test
    void canonicalActualTextParsesBackToTheSameValue() {
        qt().withExamples(EXAMPLES).forAll(Generators.actuals()).checkAssert(actual -> {
            Actual again = Actual.parse(actual.canonicalText());
            assertThat(again.getClass()).isEqualTo(actual.getClass());
            assertThat(withoutText(again)).isEqualTo(withoutText(actual));
        });
    }

    @Test
    void quantityFormatsAndParsesBackToAnEqualQuantity() {
        qt().withExamples(EXAMPLES).forAll(Generators.quantities())
                .checkAssert(q -> assertThat(Quantity.parse(q.toString())).isEqualTo(q));
    }

    @Test
    void normalisationPreservesOrderWithinAUnit() {
        qt().withExamples(EXAMPLES)
                .forAll(Generators.decimals(8, 4), Generators.decimals(8, 4), Generators.units())
                .checkAssert((a, b, unit) -> {
                    Quantity qa = new Quantity(a, unit);
                    Quantity qb = new Quantity(b, unit);
                    assertThat(Integer.signum(qa.compareValue(qb))).isEqualTo(Integer.signum(a.compareTo(b)));
                });
    }

    @Test
    void aPrefixedUnitEqualsItsBaseTimesTheMultiplier() {
        Gen<String> prefixed = Generate.pick(List.of("万条", "万元", "亿元", "万人次", "千米"));
        qt().withExamples(EXAMPLES).forAll(Generators.decimals(6, 4), prefixed).checkAssert((value, symbol) -> {
            Unit unit = Unit.of(symbol);
            Quantity inPrefix = new Quantity(value, unit);
            Quantity inBase = new Quantity(value.multiply(unit.multiplier()), Unit.of(unit.base()));
            assertThat(inPrefix.compareValue(inBase)).isZero();
        });
    }

    @Test
    void numbersWrittenWithThousandsSeparatorsOrFullWidthDigitsReadAsTheSameNumber() {
        qt().withExamples(EXAMPLES).forAll(Generate.longRange(0, 999_999_999_999L)).checkAssert(n -> {
            String plain = Long.toString(n);
            String grouped = String.format(java.util.Locale.ROOT, "%,d", n);
            StringBuilder fullWidth = new StringBuilder();
            plain.chars().forEach(c -> fullWidth.append((char) ('０' + (c - '0'))));
            BigDecimal expected = new BigDecimal(plain);
            assertThat(Quantity.parse(grouped).value()).isEqualTo(expected);
            assertThat(Quantity.parse(fullWidth).value()).isEqualTo(expected);
        });
    }

    private static Object withoutText(Target target) {
        if (target instanceof Target.Quantitative q) {
            return java.util.List.of(q.comparator(), q.quantity());
        }
        if (target instanceof Target.Deadline d) {
            return java.util.List.of(d.due(), d.precision());
        }
        if (target instanceof Target.Range r) {
            return java.util.List.of(r.low(), r.high());
        }
        return target.canonicalText();
    }

    private static Object withoutText(Actual actual) {
        if (actual instanceof Actual.Measured m) {
            return m.quantity();
        }
        if (actual instanceof Actual.Bound b) {
            return java.util.List.of(b.comparator(), b.quantity());
        }
        if (actual instanceof Actual.OnDate d) {
            return java.util.List.of(d.date(), d.precision());
        }
        if (actual instanceof Actual.Achievement a) {
            return a.level();
        }
        return actual.canonicalText();
    }
}
