// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.PolicyChoice;
import io.github.jixiao.scoring.ScoreCard;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link Evaluation} as one JSON object: first the summary a script reads (the stable keys of the command
 * line's {@code --json}: source, project, policy and why, reported and computed totals, the funding amounts, every
 * indicator with its target and actual as printed, every finding most serious first, messages in one language),
 * then under {@code evaluation} everything it was made from, losslessly: the source, the reading findings, the
 * policy choice, and the audit report with its card, form and policy. The summary is what the evaluation says;
 * {@link EvaluationReader} checks that it still is.
 */
final class EvaluationWriter {

    /** Findings most serious first, in their order within a severity. */
    static final Comparator<Finding> MOST_SERIOUS_FIRST = Comparator.comparing(Finding::severity);

    private EvaluationWriter() {
    }

    /**
     * Writes an evaluation.
     *
     * @param duplicateOf where the same form was found earlier in a batch, if it was
     */
    static void evaluation(FormWriter w, Evaluation evaluation, Language language, Optional<String> duplicateOf)
            throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        summary(g, evaluation, language, duplicateOf);
        g.writeFieldName("evaluation");
        g.writeStartObject();
        g.writeFieldName("source");
        origin(g, evaluation.source());
        g.writeFieldName("readingFindings");
        w.array(evaluation.readingFindings(), FormWriter::finding);
        g.writeFieldName("policyChoice");
        policyChoice(g, evaluation.policy());
        g.writeFieldName("report");
        CardWriter.report(w, evaluation.audit());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The summary keys, in the order the command line has always written them; {@code duplicateOf} is the batch's
     * (null when the form was not found before, and always null from {@code score}).
     */
    static void summary(JsonGenerator g, Evaluation evaluation, Language language, Optional<String> duplicateOf)
            throws IOException {
        SelfEvaluation form = evaluation.form();
        ScoreCard card = evaluation.card();
        g.writeStringField("source", evaluation.source().toString());
        string(g, "duplicateOf", duplicateOf);
        g.writeStringField("lang", language.code());
        g.writeStringField("project", form.project().name());
        g.writeStringField("department", form.project().department().orElse(""));
        g.writeFieldName("year");
        if (form.year().isPresent()) {
            g.writeNumber(form.year().get().getValue());
        } else {
            g.writeNull();
        }
        g.writeStringField("policy", card.policy().name());
        g.writeStringField("policyReason", language.pick(evaluation.policy().reason(), evaluation.policy().reasonEn()));

        g.writeObjectFieldStart("reported");
        number(g, "total", form.reportedTotal());
        string(g, "grade", form.reportedGrade());
        g.writeEndObject();

        g.writeObjectFieldStart("computed");
        number(g, "total", Optional.of(card.total()));
        number(g, "rescaledTotal", card.rescaledTotal());
        g.writeStringField("grade", card.grade().label());
        number(g, "executionRate", card.execution().rate());
        number(g, "executionScore", Optional.of(card.execution().points()));
        g.writeEndObject();

        g.writeObjectFieldStart("funding");
        g.writeStringField("unit", form.funding().unit().symbol());
        Optional<FundingSource> total = form.funding().total();
        number(g, "initialBudget", total.flatMap(FundingSource::initialBudget).map(Amount::number));
        number(g, "budget", total.flatMap(FundingSource::adjustedBudget).map(Amount::number));
        number(g, "executed", total.flatMap(FundingSource::executed).map(Amount::number));
        g.writeEndObject();

        g.writeArrayFieldStart("indicators");
        for (IndicatorScore score : card.indicators()) {
            g.writeStartObject();
            g.writeStringField("path", score.path());
            g.writeStringField("target", score.indicator().target().text());
            g.writeStringField("actual", score.indicator().actual().text());
            number(g, "weight", Optional.of(score.weight()));
            number(g, "reported", score.indicator().reportedScore());
            number(g, "computed", Optional.of(score.points()));
            g.writeObjectFieldStart("allowed");
            number(g, "min", Optional.of(score.allowed().min()));
            number(g, "max", Optional.of(score.allowed().max()));
            g.writeBooleanField("maxInclusive", score.allowed().maxInclusive());
            g.writeEndObject();
            g.writeStringField("rule", score.rule().name());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("findings");
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        findings.sort(MOST_SERIOUS_FIRST);
        for (Finding finding : findings) {
            g.writeStartObject();
            g.writeStringField("code", finding.code());
            g.writeStringField("severity", finding.severity().name());
            g.writeStringField("location", finding.location());
            g.writeStringField("message", finding.message(language));
            string(g, "reported", finding.reported());
            string(g, "computed", finding.computed());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void origin(JsonGenerator g, Origin origin) throws IOException {
        g.writeStartObject();
        g.writeStringField("document", origin.document());
        g.writeStringField("part", origin.part());
        g.writeStringField("place", origin.place());
        g.writeEndObject();
    }

    private static void policyChoice(JsonGenerator g, PolicyChoice choice) throws IOException {
        g.writeStartObject();
        g.writeStringField("reason", choice.reason());
        g.writeStringField("reasonEn", choice.reasonEn());
        g.writeBooleanField("guessed", choice.guessed());
        if (choice.evidence().isPresent()) {
            g.writeFieldName("evidence");
            origin(g, choice.evidence().get());
        }
        g.writeEndObject();
    }

    /** A JSON number exactly as the decimal is (never in exponent form), or null. */
    private static void number(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
        g.writeFieldName(name);
        if (value.isPresent()) {
            g.writeNumber(value.get().toPlainString());
        } else {
            g.writeNull();
        }
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        g.writeFieldName(name);
        if (value.isPresent()) {
            g.writeString(value.get());
        } else {
            g.writeNull();
        }
    }
}
