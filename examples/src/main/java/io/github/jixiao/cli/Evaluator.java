// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a file, scores every form in it under the policy chosen for it and audits it: the main job, for one file.
 * The policy of each form is chosen once, before scoring ({@link PolicySelector}); a guessed choice adds its
 * {@code POLICY_GUESSED} finding after the reader's. Never throws for a bad file: a file that cannot be read becomes
 * an {@link Outcome} with its {@link Problem}, so that a batch goes on with the other files. Thread-safe.
 */
final class Evaluator {

    private final PolicySelector policies;
    private final ReadOptions reading;

    Evaluator(PolicySelector policies, ReadOptions reading) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    Outcome evaluate(Path file) {
        String name = file.toString();
        try {
            ReadResult result = Formats.read(file, reading);
            if (result.entries().isEmpty()) {
                Optional<Finding> why = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                        .findFirst();
                return Outcome.failed(Problem.of(name, "文件中没有找到项目支出绩效自评表"
                        + why.map(f -> "（" + f.messageZh() + "）").orElse(""), "no 项目支出绩效自评表 found in the file"
                        + why.map(f -> " (" + f.messageEn() + ")").orElse("")));
            }
            List<Evaluation> forms = new ArrayList<>();
            List<Problem> unreadable = new ArrayList<>();
            List<Finding> documentFindings = result.findings();
            for (ReadResult.Entry entry : result.entries()) {
                if (entry.form().isEmpty()) {
                    Origin at = entry.location();
                    unreadable.add(new Problem(name, at.part().isEmpty() ? at.place() : at.part() + "!" + at.place(),
                            "此处的自评表无法读取：" + entry.reason().orElse(""),
                            "the form found here cannot be read: " + entry.reason().orElse(""), Optional.empty()));
                    continue;
                }
                List<Finding> reader = new ArrayList<>(forms.isEmpty() ? documentFindings : List.of());
                reader.addAll(entry.findings());
                SelfEvaluation form = entry.form().get();
                forms.add(Evaluation.of(source(file, entry.location()), form, reader,
                        policies.choose(form, file.toString())));
            }
            return Outcome.read(name, forms, unreadable);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(Problem.from(name, e));
        }
    }

    /** The form's source: the file as given, then the place in it ({@code forms/a.xlsx!Sheet1!A1}). */
    static Origin source(Path file, Origin location) {
        return new Origin(file.toString(), location.part(), location.place());
    }
}
