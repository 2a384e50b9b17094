// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.evaluation;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.PolicyChoice;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.spi.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one form (一份自评表的评价): where it was found, what the reader noticed, the policy chosen
 * for it and why, the score card and the audit. What the command line prints, what its {@code --json} writes and
 * what a batch collects; the findings of each stage are kept apart, so the audit report stays exactly what
 * {@link Audit#check(ScoreCard)} computed.
 *
 * <pre>{@code
 * ReadResult read = FormFormat.forFileName("a.xlsx").orElseThrow().read(in, ReadOptions.defaults().withSourceName("a.xlsx"));
 * for (Evaluation evaluation : Evaluation.evaluateAll(read, PolicySelector.auto(), "forms/a.xlsx")) {
 *     System.out.println(evaluation.source() + " " + evaluation.card().total() + " " + evaluation.findings().size());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source where the form is: the document, the sheet or table, and the cell where it starts (or a JSON pointer)
 * @param readingFindings what the reader noticed about the form, each at its cell
 * @param policy the policy the form was scored under, and why
 * @param audit the score card and what the audit found in it
 */
public record Evaluation(Origin source, List<Finding> readingFindings, PolicyChoice policy, AuditReport audit) {

    /**
     * Creates an evaluation; the list is copied.
     *
     * @param source not null
     * @param readingFindings not null
     * @param policy not null; its policy is the card's
     * @param audit not null
     * @throws IllegalArgumentException if the card was not scored under the chosen policy
     */
    public Evaluation {
        Objects.requireNonNull(source, "source");
        readingFindings = List.copyOf(Objects.requireNonNull(readingFindings, "readingFindings"));
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(audit, "audit");
        if (!policy.policy().equals(audit.card().policy())) {
            throw new IllegalArgumentException("the card was scored under policy " + audit.card().policy().name()
                    + ", not under the chosen " + policy.policy().name());
        }
    }

    /**
     * Scores and audits a form under the policy chosen for it.
     *
     * @param source where the form is, not null
     * @param form the form, not null
     * @param readingFindings what the reader noticed, not null
     * @param policy the policy chosen, not null
     * @return never null
     */
    public static Evaluation of(Origin source, SelfEvaluation form, List<Finding> readingFindings,
            PolicyChoice policy) {
        return new Evaluation(source, readingFindings, policy,
                Audit.check(Scorer.score(Objects.requireNonNull(form, "form"), policy.policy())));
    }

    /**
     * An audit under a policy the caller chose, with nothing noticed by a reader: for forms built in code.
     *
     * @param source where the form is, not null
     * @param audit the audit, not null
     * @return never null
     */
    public static Evaluation of(Origin source, AuditReport audit) {
        return new Evaluation(source, List.of(), PolicySelector.fixed(audit.card().policy()).choose(audit.card().form()),
                audit);
    }

    /**
     * Evaluates every form a document holds, each under the policy the selector chooses for it. What the reader
     * noticed about the document as a whole goes with its first form. Forms that could not be read are not
     * evaluated: they are {@link ReadResult#unreadable()}.
     *
     * @param read what was read, not null
     * @param selector chooses each form's policy, not null
     * @param path the document's path, for policy maps that choose by path ({@code anhui/**}); may be empty
     * @return one evaluation per form read, in document order, never null
     */
    public static List<Evaluation> evaluateAll(ReadResult read, PolicySelector selector, String path) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(path, "path");
        List<Evaluation> evaluations = new ArrayList<>(read.entries().size());
        for (ReadResult.Entry entry : read.entries()) {
            if (entry.form().isEmpty()) {
                continue;
            }
            List<Finding> noticed = new ArrayList<>(evaluations.isEmpty() ? read.findings() : List.of());
            noticed.addAll(entry.findings());
            SelfEvaluation form = entry.form().get();
            evaluations.add(of(entry.location(), form, noticed, selector.choose(form, path)));
        }
        return evaluations;
    }

    /** The form. @return never null */
    public SelfEvaluation form() {
        return audit.card().form();
    }

    /** The score card. @return never null */
    public ScoreCard card() {
        return audit.card();
    }

    /**
     * Every finding about the form: the reader's, the guessed policy's ({@code POLICY_GUESSED}), then the audit's.
     *
     * @return never null
     */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(readingFindings.size() + audit.findings().size() + 1);
        all.addAll(readingFindings);
        policy.finding().ifPresent(all::add);
        all.addAll(audit.findings());
        return all;
    }
}
