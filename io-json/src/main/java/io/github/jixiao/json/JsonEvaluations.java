// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Language;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluations (评价结果) as JSON: the one JSON form of results, what {@code jixiao score --json} and
 * {@code audit --json} print. Each evaluation is an object whose first keys are a summary for scripts — the command
 * line's stable keys ({@code source}, {@code project}, {@code policy}, {@code policyReason}, {@code reported},
 * {@code computed}, {@code indicators}, {@code findings} …) plus {@code lang}, the funding amounts and each
 * indicator's target and actual as printed — and whose {@code evaluation} key holds everything the evaluation was
 * made of, losslessly: {@code read(write(e))} equals {@code e}. The shape is {@code evaluationDocument} in the
 * schema {@code io/github/jixiao/json/self-evaluation.schema.json}.
 *
 * <pre>{@code
 * try (JsonEvaluations.Writer out = JsonEvaluations.writer(System.out, Language.CHINESE)) {
 *     for (Evaluation e : evaluations) {
 *         out.write(e);
 *     }
 * }
 * List<Evaluation> back = JsonEvaluations.read(in, "results.json");
 * }</pre>
 *
 * <p>Reading gives each evaluation back as recorded: nothing is scored again (use {@link JsonCards#verify} on its
 * audit to ask whether today's rules agree), and a summary key that no longer says what its evaluation says is a
 * {@link io.github.jixiao.spi.FormReadException} at its pointer.
 *
 * <p>This class is stateless and thread-safe; a {@link Writer} is not.
 */
public final class JsonEvaluations {

    private JsonEvaluations() {
    }

    /**
     * Writes evaluations as a JSON array.
     *
     * @param evaluations the evaluations, not null
     * @param language the language of the summary's messages and reasons, not null
     * @param out where to write UTF-8; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Evaluation> evaluations, Language language, OutputStream out) throws IOException {
        Objects.requireNonNull(evaluations, "evaluations");
        try (Writer writer = writer(out, language)) {
            for (Evaluation evaluation : evaluations) {
                writer.write(evaluation);
            }
        }
    }

    /**
     * Starts a JSON array to which evaluations are written one at a time, as a batch produces them; closing it ends
     * the array and flushes the stream, which stays open.
     *
     * @param out where to write UTF-8, not null
     * @param language the language of the summary's messages and reasons, not null
     * @return never null
     * @throws IOException if writing fails
     */
    public static Writer writer(OutputStream out, Language language) throws IOException {
        Objects.requireNonNull(language, "language");
        return new Writer(JsonFormat.generator(Objects.requireNonNull(out, "out")), out, language);
    }

    /**
     * Starts a JSON array of evaluations on a character stream, such as standard output's {@code PrintWriter};
     * closing it ends the array and flushes the writer, which stays open.
     *
     * @param out where to write, not null
     * @param language the language of the summary's messages and reasons, not null
     * @return never null
     * @throws IOException if writing fails
     */
    public static Writer writer(java.io.Writer out, Language language) throws IOException {
        Objects.requireNonNull(language, "language");
        return new Writer(JsonFormat.generator(Objects.requireNonNull(out, "out")), out, language);
    }

    /**
     * Reads evaluations: an array of them or one evaluation object.
     *
     * @param in the document, UTF-8; not closed
     * @param sourceName the name of the source for messages, such as a file name; not null
     * @return the evaluations, never null
     * @throws io.github.jixiao.spi.FormReadException if the document is not an evaluation document, a card in it
     *     contradicts its form or policy, or a summary key does not say what its evaluation says
     * @throws IOException if reading fails
     */
    public static List<Evaluation> read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return JsonFormat.parse(in, sourceName, JsonCursor.STRICT, cursor -> {
            List<Evaluation> values = new ArrayList<>();
            JsonFormat.document(cursor, "evaluations", "evaluation",
                    pointer -> values.add(EvaluationReader.evaluation(cursor)));
            return values;
        });
    }

    /** An array of evaluations being written. */
    public static final class Writer implements Closeable {

        private final JsonGenerator generator;
        private final Flushable out;
        private final Language language;
        private final FormWriter form;

        private Writer(JsonGenerator generator, Flushable out, Language language) throws IOException {
            this.generator = generator;
            this.out = out;
            this.language = language;
            this.form = new FormWriter(generator);
            generator.writeStartArray();
        }

        /**
         * Writes an evaluation.
         *
         * @param evaluation the evaluation, not null
         * @throws IOException if writing fails
         */
        public void write(Evaluation evaluation) throws IOException {
            EvaluationWriter.evaluation(form, Objects.requireNonNull(evaluation, "evaluation"), language,
                    Optional.empty());
        }

        /**
         * Writes an evaluation of a form found earlier in the batch too: its summary gains {@code duplicateOf}.
         *
         * @param evaluation the evaluation, not null
         * @param duplicateOf the source where the same form was found first, not null
         * @throws IOException if writing fails
         */
        public void write(Evaluation evaluation, String duplicateOf) throws IOException {
            EvaluationWriter.evaluation(form, Objects.requireNonNull(evaluation, "evaluation"), language,
                    Optional.of(Objects.requireNonNull(duplicateOf, "duplicateOf")));
        }

        /** Ends the array, with a final line end, and flushes; the stream stays open. */
        @Override
        public void close() throws IOException {
            generator.writeEndArray();
            generator.writeRaw('\n');
            generator.close();
            out.flush();
        }
    }
}
