// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a recorded card or report is what today's rules compute from its form and policy
 * ({@link Scorer#score}, {@link Audit#check(ScoreCard)}): both are written as JSON trees, and the first place where
 * they differ is named with both values. A card scored by an older version of the rules, or edited by hand, reads
 * as recorded; this is how to find out.
 */
final class CardVerification {

    private static final ObjectMapper TREES = new ObjectMapper();

    private CardVerification() {
    }

    static Optional<String> difference(ScoreCard card) {
        return difference("card", "Scorer.score(form, policy)", CardWriter::card, card,
                Scorer.score(card.form(), card.policy()));
    }

    static Optional<String> difference(AuditReport report) {
        Optional<String> card = difference(report.card()).map(d -> "/card" + d);
        return card.isPresent() ? card : difference("report", "Audit.check(card)", CardWriter::report, report,
                Audit.check(report.card()));
    }

    private static <T> Optional<String> difference(String what, String rules, FormWriter.Write<T> write, T recorded,
            T computed) {
        if (recorded.equals(computed)) {
            return Optional.empty();
        }
        JsonNode a = tree(write, recorded);
        JsonNode b = tree(write, computed);
        String where = firstDifference(a, b, "");
        JsonNode x = where == null ? a : a.at(where);
        JsonNode y = where == null ? b : b.at(where);
        return Optional.of((where == null ? "" : where) + ": the " + what + " has " + shown(x) + " where " + rules
                + " gives " + shown(y));
    }

    private static <T> JsonNode tree(FormWriter.Write<T> write, T value) {
        try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
            write.write(new FormWriter(buffer), value);
            return TREES.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON pointer of the first place where two trees differ, or null if they are equal. */
    static String firstDifference(JsonNode a, JsonNode b, String at) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String d = firstDifference(a.path(name), b.path(name), at + "/" + name);
                if (d != null) {
                    return d;
                }
            }
        } else if (a.isArray() && b.isArray()) {
            Iterator<JsonNode> x = a.elements();
            Iterator<JsonNode> y = b.elements();
            for (int i = 0; x.hasNext() && y.hasNext(); i++) {
                String d = firstDifference(x.next(), y.next(), at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
        }
        return at;
    }

    static String shown(JsonNode node) {
        return node.isMissingNode() ? "nothing" : Finding.echo(node.toString());
    }
}
