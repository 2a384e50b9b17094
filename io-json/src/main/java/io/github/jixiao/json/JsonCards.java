// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Score cards (评分结果) and audit reports (审核报告) as JSON documents, in the conventions of {@link JsonFormat}: a
 * document is an array of cards or reports (one object is also read), written deterministically and
 * pretty-printed, read strictly within {@link JsonFormat#readConstraints()}.
 *
 * <pre>{@code
 * JsonCards.writeCards(List.of(Scorer.score(form, ScoringPolicy.national())), out);
 * List<ScoreCard> cards = JsonCards.readCards(in, "cards.json");
 * JsonCards.writeReports(List.of(Audit.check(form, ScoringPolicy.national())), out);
 * }</pre>
 *
 * <p>A card carries its form and its policy, and everything {@link Scorer#score} computes from them; a report
 * carries its card and the findings {@link Audit#check(ScoreCard)} computes from it. Reading gives them back as
 * recorded, nothing scored again, and {@code readCards(writeCards(cards))} equals {@code cards}; a card that
 * contradicts its own form or policy (a total that is not the sum of its points, a grade its policy does not give)
 * is a {@link FormReadException} at the pointer of that part. Whether a card read is what today's rules compute —
 * a score edited by hand, a card from an older version of the rules — is an explicit step: {@link #verify}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonCards {

    private JsonCards() {
    }

    /**
     * Writes score cards as a JSON array.
     *
     * @param cards the cards, not null
     * @param out where to write UTF-8; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a decimal cannot be written so that it reads back equal
     */
    public static void writeCards(List<ScoreCard> cards, OutputStream out) throws IOException {
        JsonFormat.write(Objects.requireNonNull(cards, "cards"), CardWriter::card, out);
    }

    /**
     * Reads score cards: an array of cards or one card object.
     *
     * @param in the document, UTF-8; not closed
     * @param sourceName the name of the source for messages, such as a file name; not null
     * @return the cards, never null
     * @throws FormReadException if the document is not a card document or a card is not what the rules compute
     * @throws IOException if reading fails
     */
    public static List<ScoreCard> readCards(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, "score cards", "score card", CardReader::card);
    }

    /**
     * Writes audit reports as a JSON array.
     *
     * @param reports the reports, not null
     * @param out where to write UTF-8; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a decimal cannot be written so that it reads back equal
     */
    public static void writeReports(List<AuditReport> reports, OutputStream out) throws IOException {
        JsonFormat.write(Objects.requireNonNull(reports, "reports"), CardWriter::report, out);
    }

    /**
     * Reads audit reports: an array of reports or one report object.
     *
     * @param in the document, UTF-8; not closed
     * @param sourceName the name of the source for messages, such as a file name; not null
     * @return the reports, never null
     * @throws FormReadException if the document is not a report document, or a card or its findings are not what
     *     the rules compute
     * @throws IOException if reading fails
     */
    public static List<AuditReport> readReports(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, "audit reports", "audit report", CardReader::report);
    }

    /**
     * Whether a card is what {@link Scorer#score} computes today from its form and policy.
     *
     * @param card the card, as read, not null
     * @return empty if it is; else the JSON pointer (in the card's JSON form) of the first difference, with the
     *     recorded and the computed value: {@code /indicators/0/points: the card has "0.01" where
     *     Scorer.score(form, policy) gives "5.00"}
     */
    public static Optional<String> verify(ScoreCard card) {
        return CardVerification.difference(Objects.requireNonNull(card, "card"));
    }

    /**
     * Whether a report is what {@link Audit#check(ScoreCard)} computes today from its card, and its card what
     * {@link Scorer#score} computes.
     *
     * @param report the report, as read, not null
     * @return empty if it is; else the JSON pointer (in the report's JSON form) of the first difference, with both
     *     values
     */
    public static Optional<String> verify(AuditReport report) {
        return CardVerification.difference(Objects.requireNonNull(report, "report"));
    }

    private static <T> List<T> read(InputStream in, String sourceName, String plural, String singular,
            JsonCursor.Read<T> read) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return JsonFormat.parse(in, sourceName, JsonCursor.STRICT, cursor -> {
            List<T> values = new ArrayList<>();
            JsonFormat.document(cursor, plural, singular, pointer -> values.add(read.read(cursor)));
            return values;
        });
    }
}
