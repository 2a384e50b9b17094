package io.github.jixiao.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of one input file: its forms, or the problem that kept it from being read.
 *
 * @param file the file
 * @param forms the forms read, scored and audited; empty when the file could not be read
 * @param problem why the file could not be read
 */
record Outcome(String file, List<Evaluated> forms, Optional<Problem> problem) {

    Outcome {
        Objects.requireNonNull(file, "file");
        forms = List.copyOf(forms);
        Objects.requireNonNull(problem, "problem");
    }

    static Outcome read(String file, List<Evaluated> forms) {
        return new Outcome(file, forms, Optional.empty());
    }

    static Outcome failed(Problem problem) {
        return new Outcome(problem.file(), List.of(), Optional.of(problem));
    }
}
