// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.json.JsonEvaluations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jixiao score FILE...}: each form's score card and findings. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Score each form: the indicator table with reported and computed points, the execution "
                + "rate and score, reported against computed total and grade, and the findings.")
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    Jixiao jixiao;

    @Mixin
    Options options;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files",
            description = "Form files (.xlsx, .xlsm, .xls, .et, .json, .docx, .doc, .pdf) or folders.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        options.policies();
        options.reading();
        Jixiao.Session session = jixiao.session;
        PrintWriter out = session.out();
        Pipeline.Counts counts;
        if (options.json) {
            try (JsonEvaluations.Writer json = JsonEvaluations.writer(out, options.lang.language())) {
                counts = Pipeline.run(session, options, files, json::write);
            }
        } else {
            CardPrinter printer = new CardPrinter(options.lang, session.colours(), options.wide,
                    options.minSeverity);
            counts = Pipeline.run(session, options, files, form -> {
                out.println(printer.print(form));
                out.flush();
            });
        }
        return counts.problems() > 0 ? Jixiao.UNREADABLE : Jixiao.OK;
    }
}
