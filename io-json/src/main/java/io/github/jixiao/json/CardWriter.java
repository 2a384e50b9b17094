// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.GradeBands;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoreRange;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.scoring.Subtotal;
import java.io.IOException;
import java.util.Set;

/**
 * Writes score cards (评分结果), scoring policies (评分规则) and audit reports (审核报告) with a {@link FormWriter},
 * keys in the documented order; {@link CardReader} reads them back. A card's indicator scores follow the rows of
 * its form in order, each with the row's path for readers; sets of notes are written in declaration order.
 */
final class CardWriter {

    /** Reads core's policy text to copy it. */
    private static final JsonFactory POLICIES = new JsonFactory();

    private CardWriter() {
    }

    static void report(FormWriter w, AuditReport report) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        g.writeFieldName("card");
        card(w, report.card());
        g.writeFieldName("findings");
        w.array(report.findings(), FormWriter::finding);
        g.writeEndObject();
    }

    static void card(FormWriter w, ScoreCard card) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        g.writeFieldName("form");
        w.form(card.form());
        g.writeFieldName("policy");
        policy(w, card.policy());
        g.writeFieldName("execution");
        execution(w, card.execution());
        g.writeFieldName("indicators");
        w.array(card.indicators(), CardWriter::indicatorScore);
        g.writeFieldName("categories");
        w.array(card.categories(), CardWriter::subtotal);
        g.writeFieldName("subcategories");
        w.array(card.subcategories(), CardWriter::subtotal);
        w.decimal("total", card.total());
        w.decimal("weightTotal", card.weightTotal());
        w.decimal("scoredWeight", card.scoredWeight());
        w.optionalDecimal("rescaledTotal", card.rescaledTotal());
        g.writeStringField("grade", Codes.of(card.grade()));
        g.writeStringField("gradeLabel", card.grade().label());
        codes(w, "notes", card.notes());
        g.writeEndObject();
    }

    /**
     * A policy in the one format of policy files, {@link ScoringPolicy#toJson()}: core's canonical text copied token
     * by token, so a card's policy is exactly a policy file and no second writer has to keep in step.
     */
    static void policy(FormWriter w, ScoringPolicy policy) throws IOException {
        try (JsonParser p = POLICIES.createParser(policy.toJson())) {
            p.nextToken();
            w.generator().copyCurrentStructure(p);
        }
    }

    /**
     * A rounding policy alone (through {@link JixiaoModule}), in the shape of a policy file's {@code rounding};
     * {@code CardsJsonTest} checks that the two agree.
     */
    static void rounding(FormWriter w, RoundingPolicy rounding) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        g.writeNumberField("rateScale", rounding.rateScale());
        g.writeStringField("rateMode", Codes.of(rounding.rateMode()));
        g.writeBooleanField("roundRateBeforeMultiply", rounding.roundRateBeforeMultiply());
        g.writeNumberField("scoreScale", rounding.scoreScale());
        g.writeStringField("scoreMode", Codes.of(rounding.scoreMode()));
        g.writeEndObject();
    }

    /** Grade bands alone (through {@link JixiaoModule}), in the shape of a policy file's {@code grades}. */
    static void grades(FormWriter w, GradeBands grades) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        w.decimal("excellentFrom", grades.excellentFrom());
        w.decimal("goodFrom", grades.goodFrom());
        w.decimal("fairFrom", grades.fairFrom());
        g.writeBooleanField("lowerBoundsInclusive", grades.lowerBoundsInclusive());
        g.writeEndObject();
    }

    static void execution(FormWriter w, ExecutionScore execution) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        w.optionalDecimal("rate", execution.rate());
        w.decimal("points", execution.points());
        w.decimal("weight", execution.weight());
        codes(w, "notes", execution.notes());
        explanation(g, execution.explanationZh(), execution.explanationEn());
        g.writeEndObject();
    }

    static void indicatorScore(FormWriter w, IndicatorScore score) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        g.writeStringField("path", score.path());
        w.decimal("weight", score.weight());
        w.decimal("points", score.points());
        g.writeFieldName("allowed");
        range(w, score.allowed());
        g.writeStringField("rule", Codes.of(score.rule()));
        if (score.ratio().isPresent()) {
            g.writeStringField("ratio", Decimals.RATIO.format(score.ratio().get(), "ratio"));
        }
        codes(w, "notes", score.notes());
        explanation(g, score.explanationZh(), score.explanationEn());
        g.writeEndObject();
    }

    static void range(FormWriter w, ScoreRange range) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        w.decimal("min", range.min());
        w.decimal("max", range.max());
        g.writeBooleanField("maxInclusive", range.maxInclusive());
        g.writeEndObject();
    }

    static void subtotal(FormWriter w, Subtotal subtotal) throws IOException {
        JsonGenerator g = w.generator();
        g.writeStartObject();
        g.writeStringField("path", subtotal.path());
        w.decimal("weight", subtotal.weight());
        w.decimal("points", subtotal.points());
        g.writeEndObject();
    }

    private static void explanation(JsonGenerator g, String zh, String en) throws IOException {
        g.writeStringField("explanationZh", zh);
        g.writeStringField("explanationEn", en);
    }

    /** A set of constants as an array of codes in declaration order, so that equal sets give equal bytes. */
    private static <E extends Enum<E>> void codes(FormWriter w, String name, Set<E> constants) throws IOException {
        JsonGenerator g = w.generator();
        g.writeFieldName(name);
        g.writeStartArray();
        for (E constant : constants.stream().sorted().toList()) {
            g.writeString(Codes.of(constant));
        }
        g.writeEndArray();
    }
}
