// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import io.github.jixiao.finding.Language;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.Rule;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The words of an indicator's verdict (判定), for people: what the rule found (达成, 未达成，按比例, 定性区间 …) and
 * whether the self-given 得分 stands ({@code 达成，自评无误}, {@code 达成，自评有误}, {@code 达成，未自评}), in
 * Chinese or English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /**
     * The rule's name: 达成 / met, 未达成，按比例 / missed, proportional, …
     *
     * @param rule not null
     * @param language the language
     * @return never null
     */
    public static String rule(Rule rule, Language language) {
        Objects.requireNonNull(rule, "rule");
        return switch (rule) {
            case MET -> language.pick("达成", "met");
            case PROPORTIONAL_POSITIVE, PROPORTIONAL_REVERSE -> language.pick("未达成，按比例", "missed, proportional");
            case QUALITATIVE_BAND -> language.pick("定性区间", "qualitative band");
            case DEADLINE_MET -> language.pick("按时", "on time");
            case DEADLINE_LATE -> language.pick("逾期", "late");
            case ZERO_TARGET -> language.pick("零目标", "zero target");
            case OVER_ACHIEVEMENT_DEDUCTED -> language.pick("超额扣分", "over-achieved, deducted");
            case NOT_APPLICABLE -> language.pick("不适用", "not applicable");
            case UNASSESSABLE -> language.pick("无法评判", "not assessable");
        };
    }

    /**
     * Whether the self-given score stands under the policy's tolerance: empty when the form gives none.
     *
     * @param score not null
     * @param tolerance the policy's score tolerance, not null
     * @return true when accepted, false when not, empty when there is no 得分
     */
    public static Optional<Boolean> accepted(IndicatorScore score, BigDecimal tolerance) {
        return score.indicator().reportedScore().map(r -> score.allowed().accepts(r, tolerance));
    }

    /**
     * The whole verdict: the rule, the allowed band when it is one ({@code [16.00, 20.00]}), and what became of
     * the self-given score: {@code 达成，自评无误}, {@code 未达成，按比例，自评有误}, {@code 定性区间 [16.00, 20.00]，未自评}.
     *
     * @param score not null
     * @param tolerance the policy's score tolerance, not null
     * @param language the language
     * @return never null
     */
    public static String of(IndicatorScore score, BigDecimal tolerance, Language language) {
        String band = score.allowed().min().compareTo(score.allowed().max()) == 0 ? "" : " " + score.allowed();
        String self = accepted(score, tolerance).map(ok -> ok ? language.pick("自评无误", "self-score stands")
                : language.pick("自评有误", "self-score wrong")).orElse(language.pick("未自评", "no self-score"));
        return rule(score.rule(), language) + band + language.pick("，", "; ") + self;
    }

}
