package io.github.jixiao.cli;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadResult;
import io.github.jixiao.xlsx.TemplateWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code jixiao convert IN OUT}: every form of one file written in another format, chosen by extension; with
 * {@code --audit}, the audited template (each form scored under {@code --policy}, findings marked, a 审核 sheet).
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Convert forms between .xlsx, .xls (read only) and .json, by the files' extensions. What the "
                + "reader noticed is printed on standard error.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    Jixiao jixiao;

    @Spec
    CommandSpec spec;

    @Mixin
    Options options;

    @Option(names = "--audit", description = "Write the audited template (OUT must be .xlsx): each form scored "
            + "under --policy, its findings marked on the cells and listed on a last sheet, 审核.")
    boolean audit;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in", description = "The form file to read (.xlsx, .xls, .json).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out", description = "The file to write (.xlsx, .json).")
    Path out;

    @Override
    public Integer call() throws IOException {
        FormFormat target = writableFormat();
        PrintWriter err = jixiao.session.err();
        if (audit) {
            Outcome outcome = new Evaluator(options.policies(), options.reading()).evaluate(in);
            if (!outcome.problems().isEmpty()) {
                outcome.problems().forEach(problem -> problem.report(err, options.lang, options.verbose));
                return Jixiao.UNREADABLE;
            }
            Outputs.write(out, stream -> TemplateWriter.writeAudited(outcome.forms(), stream), options.lang);
            return Jixiao.OK;
        }
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

    private FormFormat writableFormat() {
        Lang lang = options.lang;
        if (audit && !Inputs.extension(out).equals("xlsx")) {
            throw new ParameterException(spec.commandLine(), lang.pick("OUT " + out + "：--audit 写出的是模板，请以 "
                    + ".xlsx 命名", "OUT " + out + ": --audit writes the template; name it .xlsx"));
        }
        try {
            FormFormat format = Formats.forPath(out);
            if (!format.canWrite()) {
                throw new ParameterException(spec.commandLine(), lang.pick("OUT " + out + "：." + Inputs.extension(out)
                        + " 只能读取，请写出 .xlsx 或 .json", "OUT " + out + ": ." + Inputs.extension(out)
                        + " is read only; write .xlsx or .json"));
            }
            return format;
        } catch (FormReadException e) {
            throw new ParameterException(spec.commandLine(), "OUT " + e.getMessage());
        }
    }
}
