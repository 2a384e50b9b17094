package io.github.jixiao.cli;

import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.xlsx.SummaryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * 主管部门 and overall; with {@code --summary}, the batch summary workbook too (which holds every form's report
 * until the end, where the rest of an audit holds only a line per form).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Audit every form in the files and folders given (recursively: .xlsx, .xls, .json), in "
                + "parallel: one line per form, then a summary per department and overall.")
final class AuditCommand implements Callable<Integer> {

    /** The lowest severity that makes the exit code {@value Jixiao#FINDINGS}. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING);

        private final Severity severity;

        FailOn(Severity severity) {
            this.severity = severity;
        }

        boolean reachedBy(AuditSummary.Tally tally) {
            for (Severity s : Severity.values()) {
                if (s.compareTo(severity) <= 0 && tally.findings(s) > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    @ParentCommand
    Jixiao jixiao;

    @Mixin
    Options options;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the batch summary workbook (.xlsx): one row per form.")
    Path summaryWorkbook;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding is at or above this severity: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Form files (.xlsx, .xls, .json) or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (summaryWorkbook != null && !Inputs.extension(summaryWorkbook).equals("xlsx")) {
            throw new ParameterException(spec.commandLine(), "--summary " + summaryWorkbook + ": the summary is a "
                    + "workbook; name it .xlsx");
        }
        options.policies();
        List<AuditReport> reports = new ArrayList<>();
        Jixiao.Session session = jixiao.session;
        PrintWriter out = session.out();
        Lang lang = options.lang;
        AuditSummary summary = new AuditSummary();
        Pipeline.Counts counts;
        if (options.json) {
            try (JsonReport json = new JsonReport(out, lang)) {
                counts = Pipeline.run(session, options, paths, form -> {
                    json.write(form);
                    summary.add(form);
                    keep(reports, form);
                });
            }
        } else {
            Table forms = formsTable(lang);
            counts = Pipeline.run(session, options, paths, form -> {
                forms.row(row(form));
                summary.add(form);
                keep(reports, form);
            });
            out.print(forms.render(session.colours()));
            out.println();
            out.println(lang.pick(counts.files() + " 个文件，" + counts.forms() + " 份自评表，" + counts.problems()
                    + " 个无法读取", counts.files() + " files, " + counts.forms() + " forms, " + counts.problems()
                    + " unreadable"));
            out.print(summary.render(lang, session.colours()));
        }
        if (summaryWorkbook != null) {
            Outputs.write(summaryWorkbook, stream -> SummaryWriter.write(reports, stream));
        }
        if (counts.problems() > 0) {
            return Jixiao.UNREADABLE;
        }
        return failOn != null && failOn.reachedBy(summary.overall()) ? Jixiao.FINDINGS : Jixiao.OK;
    }

    /** Keeps the form's report for the summary workbook, only when one is asked for. */
    private void keep(List<AuditReport> reports, Evaluated form) {
        if (summaryWorkbook != null) {
            reports.add(form.report());
        }
    }

    private static Table formsTable(Lang lang) {
        return new Table(List.of(
                new Table.Column(lang.pick("来源", "Source"), Table.Align.LEFT, 40),
                new Table.Column(lang.pick("项目名称", "Project"), Table.Align.LEFT, 30),
                new Table.Column(lang.pick("自评总分", "Reported"), Table.Align.RIGHT, 10),
                new Table.Column(lang.pick("计算总分", "Computed"), Table.Align.RIGHT, 10),
                new Table.Column(lang.pick("等级", "Grade"), Table.Align.LEFT, 8),
                new Table.Column(CardPrinter.severity(lang, Severity.ERROR), Table.Align.RIGHT, 8),
                new Table.Column(CardPrinter.severity(lang, Severity.WARNING), Table.Align.RIGHT, 8)));
    }

    private static List<Table.Cell> row(Evaluated form) {
        int errors = form.report().count(Severity.ERROR);
        int warnings = form.report().count(Severity.WARNING);
        Grade grade = form.card().grade();
        boolean sameGrade = form.form().reportedGrade().flatMap(Grade::parse).map(g -> g == grade).orElse(true);
        return List.of(
                new Table.Cell(form.source(), Style.PLAIN),
                new Table.Cell(form.form().project().name(), Style.PLAIN),
                new Table.Cell(form.form().reportedTotal().map(BigDecimal::toPlainString).orElse("—"), Style.PLAIN),
                new Table.Cell(form.card().finalTotal().toPlainString(), Style.PLAIN),
                new Table.Cell(sameGrade ? grade.label() : form.form().reportedGrade().orElseThrow() + " → "
                        + grade.label(), sameGrade ? Style.PLAIN : Style.WARNING),
                new Table.Cell(Integer.toString(errors), errors > 0 ? Style.ERROR : Style.PLAIN),
                new Table.Cell(Integer.toString(warnings), warnings > 0 ? Style.WARNING : Style.PLAIN));
    }
}
