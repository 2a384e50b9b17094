// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.model.Origin;
import io.github.jixiao.scoring.PolicyChoice;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what {@link EvaluationWriter} writes: the evaluation from its {@code evaluation} object, as recorded (nothing
 * is scored again), then every summary key present checked against what the evaluation says, so that a summary
 * edited apart from its evaluation is an error at its pointer. {@code duplicateOf} is the batch's, not the
 * evaluation's: it is read and not kept.
 */
final class EvaluationReader {

    /** Trees whose numbers stay exact decimals. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> SUMMARY = Set.of("source", "project", "department", "year", "policy",
            "policyReason", "reported", "computed", "funding", "indicators", "findings");

    private EvaluationReader() {
    }

    static Evaluation evaluation(JsonCursor r) throws IOException {
        String at = r.pointer();
        Map<String, JsonNode> summary = new LinkedHashMap<>();
        Language language = null;
        Evaluation evaluation = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            if (SUMMARY.contains(name)) {
                summary.put(name, TREES.readTree(r.parser()));
            } else {
                switch (name) {
                    case "lang" -> language = language(r);
                    case "duplicateOf" -> r.optional(JsonCursor::string);
                    case "evaluation" -> evaluation = lossless(r);
                    default -> r.unknown(name, "evaluation, lang, duplicateOf and the summary keys "
                            + String.join(", ", SUMMARY));
                }
            }
        }
        r.required(evaluation, "evaluation");
        if (!summary.isEmpty()) {
            checkSummary(r, at, evaluation, r.required(language, "lang"), summary);
        }
        return evaluation;
    }

    private static Language language(JsonCursor r) throws IOException {
        String code = r.string();
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static Evaluation lossless(JsonCursor r) throws IOException {
        Origin source = null;
        List<Finding> reading = null;
        Choice choice = null;
        AuditReport report = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "source" -> source = FormReader.origin(r);
                case "readingFindings" -> reading = r.array(FormReader::finding);
                case "policyChoice" -> choice = choice(r);
                case "report" -> report = CardReader.report(r);
                default -> r.unknown(name, "source, readingFindings, policyChoice, report");
            }
        }
        AuditReport audit = r.required(report, "report");
        Choice chosen = r.required(choice, "policyChoice");
        return new Evaluation(r.required(source, "source"), r.required(reading, "readingFindings"),
                new PolicyChoice(audit.card().policy(), chosen.reason, chosen.reasonEn, chosen.guessed,
                        chosen.evidence), audit);
    }

    /** A policy choice before its policy is known: the policy is the card's. */
    private record Choice(String reason, String reasonEn, boolean guessed, Optional<Origin> evidence) {
    }

    private static Choice choice(JsonCursor r) throws IOException {
        String reason = null;
        String reasonEn = null;
        Boolean guessed = null;
        Optional<Origin> evidence = Optional.empty();
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "reason" -> reason = r.string();
                case "reasonEn" -> reasonEn = r.string();
                case "guessed" -> guessed = r.bool();
                case "evidence" -> evidence = Optional.of(FormReader.origin(r));
                default -> r.unknown(name, "reason, reasonEn, guessed, evidence");
            }
        }
        return new Choice(r.required(reason, "reason"), r.required(reasonEn, "reasonEn"),
                r.required(guessed, "guessed"), evidence);
    }

    /** Each summary key present must say what the evaluation says, in the document's language. */
    private static void checkSummary(JsonCursor r, String at, Evaluation evaluation, Language language,
            Map<String, JsonNode> summary) throws IOException {
        JsonNode expected;
        try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
            buffer.writeStartObject();
            EvaluationWriter.summary(buffer, evaluation, language, Optional.empty());
            buffer.writeEndObject();
            expected = TREES.readTree(buffer.asParser());
        }
        for (Map.Entry<String, JsonNode> key : summary.entrySet()) {
            JsonNode written = numbersAsDecimals(key.getValue());
            JsonNode says = numbersAsDecimals(expected.get(key.getKey()));
            String where = CardVerification.firstDifference(written, says, "/" + key.getKey());
            if (where != null) {
                String inner = where.substring(key.getKey().length() + 1);
                throw r.error(at + where, "the summary says " + CardVerification.shown(written.at(inner))
                        + " where its evaluation says " + CardVerification.shown(says.at(inner))
                        + "; the summary is written from the evaluation, never edited");
            }
        }
    }

    /** A tree whose numbers compare by value ({@code 9.5} equals {@code 9.50}): decimals, as they were written. */
    private static JsonNode numbersAsDecimals(JsonNode node) {
        if (node == null) {
            return TREES.missingNode();
        }
        if (node.getNodeType() == JsonNodeType.NUMBER) {
            return TREES.getNodeFactory().textNode(node.decimalValue().stripTrailingZeros().toPlainString());
        }
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                copy.fieldNames().forEachRemaining(name -> ((ObjectNode) copy)
                        .set(name, numbersAsDecimals(node.get(name))));
            } else {
                for (int i = 0; i < copy.size(); i++) {
                    ((ArrayNode) copy).set(i, numbersAsDecimals(node.get(i)));
                }
            }
            return copy;
        }
        return node;
    }
}
