// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.report.FlatTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jixiao export PATH... --format csv|jsonl --out DIR}: every form of the files and folders given, scored and
 * audited, written as five flat tables ({@link FlatTables}) for a spreadsheet, a database or pandas. A form found
 * twice is written once; its second place has a row in {@code forms} naming the first.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Export every form in the files and folders given as flat tables (forms, funding_lines, "
                + "indicators, scores, findings), CSV or JSON Lines, for a spreadsheet, a database or pandas.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Jixiao jixiao;

    @Mixin
    Options options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "The format of the tables: csv (UTF-8 with a byte-order mark), jsonl (default: csv).")
    FlatTables.Format format;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write the tables into (created if missing).")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths",
            description = "Form files (.xlsx, .xlsm, .xls, .et, .json, .docx, .doc, .pdf) or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Lang lang = options.lang;
        options.policies();
        options.reading();
        Duplicates duplicates = new Duplicates();
        List<io.github.jixiao.model.Origin> firsts = new ArrayList<>();
        Pipeline.Counts counts;
        try (FlatTables tables = open(lang)) {
            counts = Pipeline.run(jixiao.session, options, paths, form -> {
                OptionalInt first = duplicates.see(form.form(), firsts.size() + 1);
                if (first.isPresent()) {
                    tables.duplicate(form.source(), firsts.get(first.getAsInt() - 1));
                } else {
                    firsts.add(form.source());
                    tables.add(form);
                }
            });
        }
        return counts.problems() > 0 ? Jixiao.UNREADABLE : Jixiao.OK;
    }

    private FlatTables open(Lang lang) throws IOException {
        try {
            return FlatTables.open(out, format, lang.language());
        } catch (IOException e) {
            throw new IOException(lang.pick("无法写入 " + out + "：", "cannot write " + out + ": ") + e, e);
        }
    }
}
