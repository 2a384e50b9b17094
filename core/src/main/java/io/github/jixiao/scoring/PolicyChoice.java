// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * The scoring policy chosen for a form (选用的评分规则) and why: what {@link PolicySelector#choose} returns. The
 * reason quotes what decided, such as {@code 主管部门“上海市住房和城乡建设管理委员会”}, and the evidence is the cell
 * it was read from, when known. A choice jixiao made from the form itself is {@link #guessed()}; a policy the
 * caller fixed, or a rule of the caller's mapping file, is not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policy the policy to score the form with
 * @param reason why, in Chinese: {@code 主管部门“上海市住房和城乡建设管理委员会”}
 * @param reasonEn why, in English: {@code department “上海市住房和城乡建设管理委员会”}
 * @param guessed whether jixiao chose the policy from what the form shows, rather than the caller
 * @param evidence where the form printed what decided, if a printed value decided and its place is known
 */
public record PolicyChoice(ScoringPolicy policy, String reason, String reasonEn, boolean guessed,
        Optional<Origin> evidence) {

    /** The code of the finding of a guessed choice. */
    public static final String GUESSED = "POLICY_GUESSED";

    /**
     * Creates a choice.
     *
     * @param policy the policy, not null
     * @param reason why, in Chinese, not null
     * @param reasonEn why, in English, not null
     * @param guessed whether jixiao chose it from the form
     * @param evidence the cell that decided, not null
     */
    public PolicyChoice {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonEn, "reasonEn");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * The finding that says a guess was made, for the form's findings (code {@value #GUESSED}, severity INFO, at
     * the evidence's cell): {@code 评分规则按表中信息推断为 shanghai（依据：主管部门“…”）}. Empty when the choice was not
     * guessed.
     *
     * @return never null
     */
    public Optional<Finding> finding() {
        if (!guessed) {
            return Optional.empty();
        }
        String name = policy.name();
        return Optional.of(new Finding(GUESSED, Severity.INFO, "评分规则", evidence, Optional.empty(),
                Optional.of(name), "评分规则按表中信息推断为 " + name + "（依据：" + reason + "）；如有不同，请指定评分规则",
                "Scoring rules guessed from the form: " + name + " (" + reasonEn + "); set them if they differ"));
    }
}
