// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.evaluation.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main job over the paths given on the command line: find the files, read, score and audit them in
 * parallel over the cores, report each unreadable input on standard error (one line: file, place, reason; the
 * stack trace with {@code --verbose}), and pass every form on in input order.
 */
final class Pipeline {

    /** Receives each form, in input order. */
    interface Sink {
        void accept(Evaluation form) throws IOException;
    }

    /**
     * What a run saw.
     *
     * @param files the files read or tried
     * @param forms the forms passed on
     * @param problems the inputs that could not be read
     */
    record Counts(int files, int forms, int problems) {
    }

    private Pipeline() {
    }

    static Counts run(Jixiao.Session session, Options options, List<Path> paths, Sink sink) throws IOException {
        Inputs.Found found = Inputs.find(paths);
        found.problems().forEach(problem -> problem.report(session.err(), options.lang, options.verbose));
        Collector collector = new Collector(session.err(), options.lang, options.verbose, sink,
                Progress.forFiles(session.err(), found.files().size(), session.progress(), options.lang));
        try {
            Batch.run(found.files(), Runtime.getRuntime().availableProcessors(),
                    new Evaluator(options.policies(), options.reading())::evaluate, collector);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            collector.progress.finish();
        }
        return new Counts(found.files().size(), collector.forms, collector.problems + found.problems().size());
    }

    /** Takes each file's outcome, in input order: reports its problem, or passes its forms on. */
    private static final class Collector implements Consumer<Outcome> {
        final PrintWriter err;
        final Lang lang;
        final boolean verbose;
        final Sink sink;
        final Progress progress;
        int forms;
        int problems;

        Collector(PrintWriter err, Lang lang, boolean verbose, Sink sink, Progress progress) {
            this.err = err;
            this.lang = lang;
            this.verbose = verbose;
            this.sink = sink;
            this.progress = progress;
        }

        @Override
        public void accept(Outcome outcome) {
            progress.step();
            if (!outcome.problems().isEmpty()) {
                progress.finish();
                for (Problem problem : outcome.problems()) {
                    problem.report(err, lang, verbose);
                    problems++;
                }
            }
            for (Evaluation form : outcome.forms()) {
                forms++;
                try {
                    sink.accept(form);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
