// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.message.MessageBundle;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Target;

/**
 * The sentences of the scorer's explanations (计分说明), read once from {@code explanations_zh.properties} and
 * {@code explanations_en.properties} beside this class, keyed by the constant's name. Placeholders {@code {0}},
 * {@code {1}} … are replaced by text as is: numbers in plain notation, a target or an actual as its canonical text
 * ({@code ≥1.00(万条/月)}), any other value as its {@code toString()}.
 */
enum ExplanationText {
    EXECUTION,
    EXECUTION_CAPPED,
    EXECUTION_NO_AMOUNT,
    EXECUTION_ZERO_BUDGET,
    NOT_APPLICABLE,
    MET,
    MET_EXCEEDED,
    OVER_ACHIEVEMENT_DEDUCTED,
    PROPORTIONAL,
    PROPORTIONAL_REVERSE,
    ZERO_TARGET,
    ZERO_TARGET_BAND,
    DEADLINE_MET,
    DEADLINE_LATE,
    BAND,
    BAND_UNSTATED,
    BAND_REPEATED,
    BAND_COMPLETED,
    BAND_CHANGE,
    BAND_LATE,
    LEVEL_ACHIEVED,
    LEVEL_PARTIALLY_ACHIEVED,
    LEVEL_NOT_ACHIEVED,
    UNASSESSABLE_NO_TEXTS,
    UNASSESSABLE_UNPARSED_TARGET,
    UNASSESSABLE_NO_TARGET,
    UNASSESSABLE_NO_ACTUAL,
    UNASSESSABLE_NOT_A_DATE,
    UNASSESSABLE_NOT_A_NUMBER,
    UNASSESSABLE_NOT_QUALITATIVE,
    UNASSESSABLE_UNITS,
    READING_UNIT,
    READING_BARE,
    READING_FRACTION,
    READING_RANGE;

    /** A target or actual is written as its canonical text, any other value as {@link Finding#text} writes it. */
    private static final MessageBundle<ExplanationText> TEXTS = MessageBundle.load(ExplanationText.class,
            "explanations", ExplanationText.class, (value, language) -> value instanceof Target target
                    ? target.canonicalText()
                    : value instanceof Actual actual ? actual.canonicalText() : Finding.text(value));

    /**
     * This sentence in a language with its placeholders filled.
     *
     * @param language the language, not null
     * @param args the arguments, placeholder {@code {i}} taking {@code args[i]}
     * @return never null
     */
    String in(Language language, Object... args) {
        return TEXTS.text(this, language, args);
    }

    /** The name of a qualitative band: 达成, 部分达成, 未达成 (achieved, partially achieved, not achieved). */
    static String level(AchievementLevel level, Language language) {
        ExplanationText name = switch (level) {
            case ACHIEVED -> LEVEL_ACHIEVED;
            case PARTIALLY_ACHIEVED -> LEVEL_PARTIALLY_ACHIEVED;
            case NOT_ACHIEVED -> LEVEL_NOT_ACHIEVED;
        };
        return name.in(language);
    }
}
