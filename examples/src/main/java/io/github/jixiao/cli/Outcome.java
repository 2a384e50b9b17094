// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.evaluation.Evaluation;
import java.util.List;
import java.util.Objects;

/**
 * What came of one input file: its forms, and the problems that kept the file, or some of its forms, from being
 * read (each form found but unreadable is a problem of its own, at its own place).
 *
 * @param file the file
 * @param forms the forms read, scored and audited; empty when the file could not be read
 * @param problems why the file, or a form in it, could not be read
 */
record Outcome(String file, List<Evaluation> forms, List<Problem> problems) {

    Outcome {
        Objects.requireNonNull(file, "file");
        forms = List.copyOf(forms);
        problems = List.copyOf(problems);
    }

    static Outcome read(String file, List<Evaluation> forms, List<Problem> unreadable) {
        return new Outcome(file, forms, unreadable);
    }

    static Outcome failed(Problem problem) {
        return new Outcome(problem.file(), List.of(), List.of(problem));
    }
}
