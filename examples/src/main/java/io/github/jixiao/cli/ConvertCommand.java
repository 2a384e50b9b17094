// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadResult;
import io.github.jixiao.pdf.PdfAuditMarks;
import io.github.jixiao.xlsx.TemplateWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code jixiao convert IN OUT}: every form of one file written in another format, chosen by extension (read
 * {@code .xlsx}, {@code .xls}, {@code .json}, {@code .docx}, {@code .doc}, {@code .pdf}; write {@code .xlsx},
 * {@code .json}). With {@code --audit}, the audit instead (each form scored under {@code --policy}): OUT
 * {@code .xlsx} is the audited template (findings marked, a 审核 sheet); for a PDF, OUT {@code .pdf} is the audited
 * PDF (在原件上标注审核意见, {@link PdfAuditMarks}): a copy of the original with a red box and a note at each cell a
 * finding cites, the notes in the language of {@code --lang}. A finding that cites no cell of the PDF (such as the
 * guessed policy, {@code POLICY_GUESSED}) cannot be drawn: each is printed on one line of standard error, and the
 * exit code stays 0.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Convert forms between formats, by the files' extensions: read .xlsx, .xlsm, .xls, .et, .json, .docx, .doc, "
                + ".pdf; write .xlsx, .json. What the reader noticed is printed on standard error.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    Jixiao jixiao;

    @Spec
    CommandSpec spec;

    @Mixin
    Options options;

    @Option(names = "--audit", description = "Write the audit, each form scored under --policy: OUT .xlsx is the "
            + "audited template (findings marked on the cells and listed on a last sheet, 审核); for a PDF, OUT .pdf "
            + "is a copy of it with a red box and a note at each finding's cell (findings that cite no cell of it "
            + "are printed on standard error).")
    boolean audit;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in",
            description = "The form file to read (.xlsx, .xlsm, .xls, .et, .json, .docx, .doc, .pdf).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out",
            description = "The file to write (.xlsx, .json; with --audit, .xlsx, or .pdf for a PDF).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = jixiao.session.err();
        if (audit) {
            return audit(err);
        }
        FormFormat target = writableFormat();
        ReadResult read;
        try {
            read = Formats.read(in, options.reading());
        } catch (IOException e) {
            Problem.from(in.toString(), e).report(err, options.lang, options.verbose);
            return Jixiao.UNREADABLE;
        }
        for (Finding finding : CardPrinter.bySeverity(read.allFindings())) {
            err.println(Terminals.safe("jixiao: " + in + ": " + finding.origin().map(o -> o.part() + "!" + o.place())
                    .orElse(finding.location()) + ": " + finding.message(options.lang.language())));
        }
        for (ReadResult.Entry unreadable : read.unreadable()) {
            err.println(Terminals.safe("jixiao: " + in + ": " + unreadable.location().part() + "!"
                    + unreadable.location().place() + ": " + options.lang.pick("无法读取：", "cannot be read: ")
                    + unreadable.reason().orElse("")));
        }
        Outputs.write(out, stream -> target.write(read.forms(), stream), options.lang);
        return read.unreadable().isEmpty() ? Jixiao.OK : Jixiao.UNREADABLE;
    }

    /** The audited template, or the audited PDF; a form that cannot be read writes nothing (exit 3). */
    private Integer audit(PrintWriter err) throws IOException {
        boolean markPdf = checkAuditOutput();
        Outcome outcome = new Evaluator(options.policies(), options.reading()).evaluate(in);
        if (!outcome.problems().isEmpty()) {
            outcome.problems().forEach(problem -> problem.report(err, options.lang, options.verbose));
            return Jixiao.UNREADABLE;
        }
        if (!markPdf) {
            Outputs.write(out, stream -> TemplateWriter.writeAudited(outcome.forms(), stream), options.lang);
            return Jixiao.OK;
        }
        byte[] original = Files.readAllBytes(in);
        List<Finding> findings = outcome.forms().stream().flatMap(form -> form.findings().stream()).toList();
        List<Finding> unmarked = new ArrayList<>();
        Outputs.write(out, stream -> unmarked.addAll(PdfAuditMarks.write(original, findings,
                options.lang.language(), stream)), options.lang);
        for (Finding finding : unmarked) {
            err.println(Terminals.safe("jixiao: " + in + ": " + options.lang.pick("未标在 PDF 上（未指向其中的单元格）：",
                    "not marked on the PDF (it cites no cell of it): ") + CardPrinter.severity(options.lang,
                    finding.severity()) + " " + finding.code() + " " + finding.location() + ": "
                    + finding.message(options.lang.language())));
        }
        return Jixiao.OK;
    }

    /**
     * Whether {@code --audit} writes the audited PDF (OUT {@code .pdf}, IN a PDF) rather than the template (OUT
     * {@code .xlsx}).
     *
     * @throws ParameterException for any other OUT
     */
    private boolean checkAuditOutput() {
        Lang lang = options.lang;
        String written = Inputs.extension(out);
        boolean fromPdf = Inputs.extension(in).equals("pdf");
        if (written.equals("pdf") && !fromPdf) {
            throw new ParameterException(spec.commandLine(), lang.pick("OUT " + out + "：--audit 只为 PDF 写出审核后的 "
                    + "PDF；请以 .xlsx 命名，写出审核后的模板", "OUT " + out + ": --audit writes a PDF only for a PDF; "
                    + "name it .xlsx for the audited template"));
        }
        if (!written.equals("xlsx") && !written.equals("pdf")) {
            throw new ParameterException(spec.commandLine(), fromPdf
                    ? lang.pick("OUT " + out + "：--audit 写出的是模板（.xlsx）或审核后的 PDF（.pdf），请以 .xlsx 或 .pdf "
                            + "命名", "OUT " + out + ": --audit writes the template (.xlsx) or the audited PDF (.pdf); "
                            + "name it .xlsx or .pdf")
                    : lang.pick("OUT " + out + "：--audit 写出的是模板，请以 .xlsx 命名", "OUT " + out
                            + ": --audit writes the template; name it .xlsx"));
        }
        return written.equals("pdf");
    }

    private FormFormat writableFormat() {
        Lang lang = options.lang;
        try {
            FormFormat format = Formats.forPath(out);
            if (!format.canWrite()) {
                throw new ParameterException(spec.commandLine(), lang.pick("OUT " + out + "：." + Inputs.extension(out)
                        + " 只能读取，请写出 .xlsx 或 .json", "OUT " + out + ": ." + Inputs.extension(out)
                        + " is read only; write .xlsx or .json"));
            }
            String written = format.fileExtensions().get(0);
            if (!written.equals(Inputs.extension(out))) {
                throw new ParameterException(spec.commandLine(), lang.pick("OUT " + out + "：jixiao 写出的是 ." + written
                        + "，不是 ." + Inputs.extension(out) + "，请以 ." + written + " 命名", "OUT " + out
                        + ": jixiao writes ." + written + ", not ." + Inputs.extension(out) + "; name it ." + written));
            }
            return format;
        } catch (FormReadException e) {
            throw new ParameterException(spec.commandLine(), "OUT " + e.getMessage());
        }
    }
}
