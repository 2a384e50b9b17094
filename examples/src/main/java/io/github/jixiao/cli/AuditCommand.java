// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.json.JsonEvaluations;
import io.github.jixiao.report.FormRow;
import io.github.jixiao.report.HtmlReport;
import io.github.jixiao.xlsx.SummaryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao audit PATH...}: every form in the files and folders given, one line each, then the sums per
 * 主管部门 and overall; with {@code --report}, the HTML report of the batch, with {@code --summary}, the summary
 * workbook. A form found twice (the same form in two files) is counted once, under the first place it was found,
 * and the places are listed after the table. What each form leaves behind for the report and the summary is a
 * {@link FormRow} and what the writers spilled to temporary files, not its report: memory stays flat as the batch
 * grows.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Audit every form in the files and folders given (recursively: .xlsx, .xlsm, .xls, .et, .json, .docx, "
                + ".doc, .pdf), in "
                + "parallel: one line per form, then a summary per department and overall.")
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    Jixiao jixiao;

    @Mixin
    Options options;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the summary workbook (.xlsx): the forms, every finding (问题清单), the departments.")
    Path summaryWorkbook;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the HTML report of the batch (.html): one self-contained file, charts and a "
                    + "section per form, for any browser, offline.")
    Path htmlReport;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding is at or above this severity: error, warning.")
    Level failOn;

    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths",
            description = "Form files (.xlsx, .xlsm, .xls, .et, .json, .docx, .doc, .pdf) or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = options.lang;
        requireExtension(summaryWorkbook, "xlsx", lang.pick("--summary %s：汇总表是工作簿，请以 .xlsx 命名",
                "--summary %s: the summary is a workbook; name it .xlsx"));
        requireExtension(htmlReport, "html", lang.pick("--report %s：报告是网页，请以 .html 命名",
                "--report %s: the report is a web page; name it .html"));
        if (failOn == Level.info) {
            throw new ParameterException(spec.commandLine(), lang.pick("--fail-on 只接受 error 或 warning",
                    "--fail-on takes error or warning"));
        }
        options.policies();
        options.reading();
        Jixiao.Session session = jixiao.session;
        PrintWriter out = session.out();
        try (HtmlReport report = htmlReport == null ? null : HtmlReport.create(lang.language());
                SummaryWriter summaryRows = summaryWorkbook == null ? null : SummaryWriter.create(lang.language())) {
            Batch batch = new Batch(report, summaryRows);
            Pipeline.Counts counts;
            if (options.json) {
                try (JsonEvaluations.Writer json = JsonEvaluations.writer(out, lang.language())) {
                    counts = Pipeline.run(session, options, paths, form -> {
                        OptionalInt first = batch.add(form);
                        if (first.isPresent()) {
                            json.write(form, batch.source(first.getAsInt()));
                        } else {
                            json.write(form);
                        }
                    });
                }
            } else {
                Table forms = formsTable(lang, options.wide);
                int[] hidden = new int[1];
                counts = Pipeline.run(session, options, paths, form -> {
                    if (batch.add(form).isEmpty()) {
                        FormRow row = batch.last();
                        if (options.minSeverity.reachedBy(row.counts())) {
                            forms.row(row(row));
                        } else {
                            hidden[0]++;
                        }
                    }
                });
                out.print(forms.render(session.colours()));
                if (hidden[0] > 0) {
                    out.println(lang.pick("（另有 " + hidden[0] + " 份自评表没有" + CardPrinter.atOrAbove(lang,
                            options.minSeverity) + "的问题，未列出）", "(" + hidden[0] + " more forms have no finding at "
                            + "or above " + options.minSeverity + " and are not listed)"));
                }
                out.println();
                out.println(lang.pick(counts.files() + " 个文件，" + batch.rows() + " 份自评表，" + counts.problems()
                        + " 个无法读取", counts.files() + " files, " + batch.rows() + " forms, " + counts.problems()
                        + " unreadable") + duplicatesCount(lang, batch.duplicates()));
                printDuplicates(out, lang, batch);
                out.print(batch.summary().render(lang, session.colours()));
            }
            if (report != null) {
                report.files(counts.files(), counts.problems());
                Outputs.write(htmlReport, report::writeTo, lang);
            }
            if (summaryRows != null) {
                Outputs.write(summaryWorkbook, summaryRows::writeTo, lang);
            }
            if (counts.problems() > 0) {
                return Jixiao.UNREADABLE;
            }
            return failOn != null && failOn.reachedBy(batch.summary().overall().severities) ? Jixiao.FINDINGS
                    : Jixiao.OK;
        }
    }

    private void requireExtension(Path file, String extension, String message) {
        if (file != null && !Inputs.extension(file).equals(extension)) {
            throw new ParameterException(spec.commandLine(), String.format(message, file));
        }
    }

    /**
     * The forms of a batch as they come: each new form numbered, tallied and handed to the report and the summary
     * workbook; a form seen before only noted as found again.
     */
    private static final class Batch {
        private final HtmlReport report;
        private final SummaryWriter summaryRows;
        private final AuditSummary summary = new AuditSummary();
        private final Duplicates duplicates = new Duplicates();
        private final List<String> sources = new ArrayList<>();
        private FormRow last;

        Batch(HtmlReport report, SummaryWriter summaryRows) {
            this.report = report;
            this.summaryRows = summaryRows;
        }

        /** Adds a form: empty when it is new, else the number of the form it repeats. */
        OptionalInt add(Evaluation form) throws IOException {
            int number = sources.size() + 1;
            OptionalInt first = duplicates.see(form.form(), number);
            if (first.isPresent()) {
                duplicates.copy(first.getAsInt(), form.source().toString());
                if (report != null) {
                    report.copy(first.getAsInt(), form.source());
                }
                if (summaryRows != null) {
                    summaryRows.copy(first.getAsInt(), form.source());
                }
                return first;
            }
            sources.add(form.source().toString());
            last = FormRow.of(number, form);
            summary.add(last);
            if (report != null) {
                report.add(last, form);
            }
            if (summaryRows != null) {
                summaryRows.add(form);
            }
            return first;
        }

        FormRow last() {
            return last;
        }

        String source(int number) {
            return sources.get(number - 1);
        }

        int rows() {
            return sources.size();
        }

        Duplicates duplicates() {
            return duplicates;
        }

        AuditSummary summary() {
            return summary;
        }
    }

    private static String duplicatesCount(Lang lang, Duplicates duplicates) {
        int count = duplicates.count();
        return count == 0 ? "" : lang.pick("，" + count + " 份重复（只计一次）", ", " + count + " duplicates (counted once)");
    }

    private static void printDuplicates(PrintWriter out, Lang lang, Batch batch) {
        Map<Integer, List<String>> copies = batch.duplicates().copies();
        if (copies.isEmpty()) {
            return;
        }
        out.println(lang.pick("重复的自评表（同一项目、部门、年度和内容，只计一次）：",
                "Forms found more than once (same project, department, year and content; counted once):"));
        copies.forEach((number, later) -> out.println("  " + Terminals.safe(batch.source(number)) + " = "
                + Terminals.safe(String.join(" = ", later))));
    }

    private static Table formsTable(Lang lang, boolean wide) {
        int unlimited = Integer.MAX_VALUE;
        return new Table(List.of(
                new Table.Column(lang.pick("来源", "Source"), Table.Align.LEFT, wide ? unlimited : 40),
                new Table.Column(lang.pick("项目名称", "Project"), Table.Align.LEFT, wide ? unlimited : 30),
                new Table.Column(lang.pick("自评总分", "Reported"), Table.Align.RIGHT, 10),
                new Table.Column(lang.pick("计算总分", "Computed"), Table.Align.RIGHT, 10),
                new Table.Column(lang.pick("等级", "Grade"), Table.Align.LEFT, 8),
                new Table.Column(CardPrinter.severity(lang, Severity.ERROR), Table.Align.RIGHT, 8),
                new Table.Column(CardPrinter.severity(lang, Severity.WARNING), Table.Align.RIGHT, 8),
                new Table.Column(CardPrinter.severity(lang, Severity.INFO), Table.Align.RIGHT, 8)));
    }

    private static List<Table.Cell> row(FormRow form) {
        int errors = form.count(Severity.ERROR);
        int warnings = form.count(Severity.WARNING);
        boolean sameGrade = !form.gradeDiffers();
        return List.of(
                new Table.Cell(form.source().toString(), Style.PLAIN),
                new Table.Cell(form.project(), Style.PLAIN),
                new Table.Cell(form.reportedTotal().map(BigDecimal::toPlainString).orElse("—"), Style.PLAIN),
                new Table.Cell(form.computedTotal().toPlainString(), Style.PLAIN),
                new Table.Cell(sameGrade ? form.grade().label() : form.reportedGrade().orElseThrow() + " → "
                        + form.grade().label(), sameGrade ? Style.PLAIN : Style.WARNING),
                new Table.Cell(Integer.toString(errors), errors > 0 ? Style.ERROR : Style.PLAIN),
                new Table.Cell(Integer.toString(warnings), warnings > 0 ? Style.WARNING : Style.PLAIN),
                new Table.Cell(Integer.toString(form.count(Severity.INFO)), Style.PLAIN));
    }
}
