// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.Explanation;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.GradeBands;
import io.github.jixiao.scoring.InconsistentCardException;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.PolicyReadException;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoreNote;
import io.github.jixiao.scoring.ScoreRange;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.scoring.Subtotal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what {@link CardWriter} writes, as it was recorded: nothing is scored again. A card that contradicts its
 * form or its policy (a total that is not its points' sum, a grade its policy's bands do not give, a row of another
 * form) cannot be built and is a {@link io.github.jixiao.spi.FormReadException} at the pointer of the part;
 * whether a card is what today's rules compute is {@link CardVerification}'s question, asked only when wanted.
 */
final class CardReader {

    /** Writes a card's policy for core's reader. */
    private static final JsonFactory POLICIES = new JsonFactory();

    private CardReader() {
    }

    static AuditReport report(JsonCursor r) throws IOException {
        ScoreCard card = null;
        List<Finding> findings = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "card" -> card = card(r);
                case "findings" -> findings = r.array(FormReader::finding);
                default -> r.unknown(name, "card, findings");
            }
        }
        return new AuditReport(r.required(card, "card"), r.required(findings, "findings"));
    }

    static ScoreCard card(JsonCursor r) throws IOException {
        String at = r.pointer();
        SelfEvaluation form = null;
        ScoringPolicy policy = null;
        ExecutionScore execution = null;
        List<Row> rows = null;
        List<Subtotal> categories = null;
        List<Subtotal> subcategories = null;
        BigDecimal total = null;
        BigDecimal weightTotal = null;
        BigDecimal scoredWeight = null;
        Optional<BigDecimal> rescaledTotal = Optional.empty();
        Grade grade = null;
        String gradeLabel = null;
        Set<ScoreNote> notes = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "form" -> form = FormReader.form(r);
                case "policy" -> policy = policy(r);
                case "execution" -> execution = execution(r);
                case "indicators" -> rows = r.array(CardReader::row);
                case "categories" -> categories = r.array(CardReader::subtotal);
                case "subcategories" -> subcategories = r.array(CardReader::subtotal);
                case "total" -> total = r.decimal();
                case "weightTotal" -> weightTotal = r.decimal();
                case "scoredWeight" -> scoredWeight = r.decimal();
                case "rescaledTotal" -> rescaledTotal = r.optional(JsonCursor::decimal);
                case "grade" -> grade = r.code(Grade.class);
                case "gradeLabel" -> gradeLabel = r.string();
                case "notes" -> notes = codes(r, ScoreNote.class);
                default -> r.unknown(name, "form, policy, execution, indicators, categories, subcategories, total,"
                        + " weightTotal, scoredWeight, rescaledTotal, grade, gradeLabel, notes");
            }
        }
        r.required(form, "form");
        List<IndicatorScore> indicators = scores(r, at, form.indicators().leaves(), r.required(rows, "indicators"));
        if (gradeLabel != null && grade != null && !gradeLabel.equals(grade.label())) {
            throw r.error(at + "/gradeLabel", "gradeLabel \"" + gradeLabel + "\" does not match grade \""
                    + Codes.of(grade) + "\"; expected \"" + grade.label() + "\"");
        }
        try {
            return new ScoreCard(form, r.required(policy, "policy"), r.required(execution, "execution"), indicators,
                    r.required(categories, "categories"), r.required(subcategories, "subcategories"),
                    r.required(total, "total"), r.required(weightTotal, "weightTotal"),
                    r.required(scoredWeight, "scoredWeight"), rescaledTotal, r.required(grade, "grade"),
                    r.required(notes, "notes"));
        } catch (InconsistentCardException e) {
            throw r.error(at + "/" + e.part(), e.getMessage());
        }
    }

    /** An indicator score before its row of the form is known: the form may come after the scores. */
    private record Row(String path, BigDecimal weight, BigDecimal points, ScoreRange allowed, Rule rule,
            Optional<BigDecimal> ratio, Set<ScoreNote> notes, String explanationZh, String explanationEn) {

        IndicatorScore of(IndicatorTree.Leaf leaf) {
            return new IndicatorScore(leaf, weight, points, allowed, rule, ratio, notes,
                    Explanation.of(explanationZh, explanationEn));
        }
    }

    /** The scores of the form's rows, one per row in order, each checked against the row's path when given. */
    private static List<IndicatorScore> scores(JsonCursor r, String at, List<IndicatorTree.Leaf> leaves,
            List<Row> rows) throws IOException {
        if (rows.size() != leaves.size()) {
            throw r.error(at + "/indicators", "expected " + leaves.size() + " indicator scores, one per row of the"
                    + " form in order, found " + rows.size());
        }
        List<IndicatorScore> scores = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            IndicatorTree.Leaf leaf = leaves.get(i);
            if (row.path() != null && !row.path().equals(leaf.path())) {
                throw r.error(at + "/indicators/" + i + "/path", "path \"" + row.path() + "\" is not that of row "
                        + i + " of the form; expected \"" + leaf.path() + "\"");
            }
            try {
                scores.add(row.of(leaf));
            } catch (InconsistentCardException e) {
                throw r.error(at + "/indicators/" + i + "/" + e.part(), e.getMessage());
            }
        }
        return scores;
    }

    private static Row row(JsonCursor r) throws IOException {
        String path = null;
        BigDecimal weight = null;
        BigDecimal points = null;
        ScoreRange allowed = null;
        Rule rule = null;
        Optional<BigDecimal> ratio = Optional.empty();
        Set<ScoreNote> notes = null;
        String zh = null;
        String en = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "path" -> path = r.string();
                case "weight" -> weight = r.decimal();
                case "points" -> points = r.decimal();
                case "allowed" -> allowed = range(r);
                case "rule" -> rule = r.code(Rule.class);
                case "ratio" -> ratio = r.optional(cursor -> cursor.decimal(Decimals.RATIO));
                case "notes" -> notes = codes(r, ScoreNote.class);
                case "explanationZh" -> zh = r.string();
                case "explanationEn" -> en = r.string();
                default -> r.unknown(name, "path, weight, points, allowed, rule, ratio, notes, explanationZh, "
                        + "explanationEn");
            }
        }
        return new Row(path, r.required(weight, "weight"), r.required(points, "points"), r.required(allowed, "allowed"), r.required(rule, "rule"),
                ratio, r.required(notes, "notes"), r.required(zh, "explanationZh"), r.required(en, "explanationEn"));
    }

    /**
     * A policy, read by core's policy file reader ({@link ScoringPolicy#read}) so that a card's policy and a policy
     * file are one format with one set of rules: the object is copied as it is read (a key given twice is refused
     * here, at its pointer) and any problem core finds is reported at this document's pointer.
     */
    static ScoringPolicy policy(JsonCursor r) throws IOException {
        String at = r.pointer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = POLICIES.createGenerator(bytes)) {
            copy(r, g);
        }
        try {
            return ScoringPolicy.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (PolicyReadException e) {
            throw r.error(at + e.pointer(), e.reason());
        }
    }

    /** Copies the current value, objects through the cursor so that their keys are checked. */
    private static void copy(JsonCursor r, JsonGenerator g) throws IOException {
        JsonParser p = r.parser();
        if (p.currentToken() == JsonToken.START_OBJECT) {
            g.writeStartObject();
            for (String name = r.firstField(); name != null; name = r.nextField()) {
                g.writeFieldName(name);
                copy(r, g);
            }
            g.writeEndObject();
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            g.writeStartArray();
            r.array(cursor -> {
                copy(cursor, g);
                return Boolean.TRUE;
            });
            g.writeEndArray();
        } else {
            g.copyCurrentEventExact(p);
        }
    }

    static RoundingPolicy rounding(JsonCursor r) throws IOException {
        Integer rateScale = null;
        RoundingMode rateMode = null;
        Boolean beforeMultiply = null;
        Integer scoreScale = null;
        RoundingMode scoreMode = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "rateScale" -> rateScale = r.integer();
                case "rateMode" -> rateMode = r.code(RoundingMode.class);
                case "roundRateBeforeMultiply" -> beforeMultiply = r.bool();
                case "scoreScale" -> scoreScale = r.integer();
                case "scoreMode" -> scoreMode = r.code(RoundingMode.class);
                default -> r.unknown(name, "rateScale, rateMode, roundRateBeforeMultiply, scoreScale, scoreMode");
            }
        }
        int rate = r.required(rateScale, "rateScale");
        RoundingMode rMode = r.required(rateMode, "rateMode");
        boolean before = r.required(beforeMultiply, "roundRateBeforeMultiply");
        int score = r.required(scoreScale, "scoreScale");
        RoundingMode sMode = r.required(scoreMode, "scoreMode");
        return r.build(() -> new RoundingPolicy(rate, rMode, before, score, sMode));
    }

    static GradeBands grades(JsonCursor r) throws IOException {
        BigDecimal excellent = null;
        BigDecimal good = null;
        BigDecimal fair = null;
        Boolean inclusive = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "excellentFrom" -> excellent = r.decimal();
                case "goodFrom" -> good = r.decimal();
                case "fairFrom" -> fair = r.decimal();
                case "lowerBoundsInclusive" -> inclusive = r.bool();
                default -> r.unknown(name, "excellentFrom, goodFrom, fairFrom, lowerBoundsInclusive");
            }
        }
        BigDecimal e = r.required(excellent, "excellentFrom");
        BigDecimal g = r.required(good, "goodFrom");
        BigDecimal f = r.required(fair, "fairFrom");
        boolean i = r.required(inclusive, "lowerBoundsInclusive");
        return r.build(() -> new GradeBands(e, g, f, i));
    }

    static ExecutionScore execution(JsonCursor r) throws IOException {
        Optional<BigDecimal> rate = Optional.empty();
        BigDecimal points = null;
        BigDecimal weight = null;
        Set<ScoreNote> notes = null;
        String zh = null;
        String en = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "rate" -> rate = r.optional(JsonCursor::decimal);
                case "points" -> points = r.decimal();
                case "weight" -> weight = r.decimal();
                case "notes" -> notes = codes(r, ScoreNote.class);
                case "explanationZh" -> zh = r.string();
                case "explanationEn" -> en = r.string();
                default -> r.unknown(name, "rate, points, weight, notes, explanationZh, explanationEn");
            }
        }
        return new ExecutionScore(rate, r.required(points, "points"), r.required(weight, "weight"),
                r.required(notes, "notes"),
                Explanation.of(r.required(zh, "explanationZh"), r.required(en, "explanationEn")));
    }

    static ScoreRange range(JsonCursor r) throws IOException {
        BigDecimal min = null;
        BigDecimal max = null;
        Boolean maxInclusive = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "min" -> min = r.decimal();
                case "max" -> max = r.decimal();
                case "maxInclusive" -> maxInclusive = r.bool();
                default -> r.unknown(name, "min, max, maxInclusive");
            }
        }
        BigDecimal lo = r.required(min, "min");
        BigDecimal hi = r.required(max, "max");
        boolean inclusive = r.required(maxInclusive, "maxInclusive");
        return r.build(() -> new ScoreRange(lo, hi, inclusive));
    }

    static Subtotal subtotal(JsonCursor r) throws IOException {
        String path = null;
        BigDecimal weight = null;
        BigDecimal points = null;
        for (String name = r.firstField(); name != null; name = r.nextField()) {
            switch (name) {
                case "path" -> path = r.string();
                case "weight" -> weight = r.decimal();
                case "points" -> points = r.decimal();
                default -> r.unknown(name, "path, weight, points");
            }
        }
        return new Subtotal(r.required(path, "path"), r.required(weight, "weight"), r.required(points, "points"));
    }

    /** An array of codes read as a set; a code given twice is an error, so that the set is written back alike. */
    private static <E extends Enum<E>> Set<E> codes(JsonCursor r, Class<E> type) throws IOException {
        Set<E> set = EnumSet.noneOf(type);
        for (E constant : r.array(cursor -> cursor.code(type))) {
            if (!set.add(constant)) {
                throw r.error("code \"" + Codes.of(constant) + "\" appears twice; expected each code once");
            }
        }
        return set;
    }
}
