package io.github.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The main job over the paths given on the command line: find the files, read, score and audit them in
 * parallel over the cores, report each unreadable input on standard error (one line: file, place, reason; the
 * stack trace with {@code --verbose}), and pass every form on in input order.
 */
final class Pipeline {

    /** Receives each form, in input order. */
    interface Sink {
        void accept(Evaluated form) throws IOException;
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
        PrintWriter err = session.err();
        found.problems().forEach(problem -> problem.report(err, options.verbose));
        Evaluator evaluator = new Evaluator(options.policy);
        Progress progress = Progress.forFiles(err, found.files().size(), session.progress());
        int[] counts = new int[2];
        try {
            Batch.run(found.files(), Runtime.getRuntime().availableProcessors(), evaluator::evaluate, outcome -> {
                progress.step();
                if (outcome.problem().isPresent()) {
                    progress.finish();
                    outcome.problem().get().report(err, options.verbose);
                    counts[1]++;
                }
                for (Evaluated form : outcome.forms()) {
                    counts[0]++;
                    try {
                        sink.accept(form);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            progress.finish();
        }
        return new Counts(found.files().size(), counts[0], counts[1] + found.problems().size());
    }
}
