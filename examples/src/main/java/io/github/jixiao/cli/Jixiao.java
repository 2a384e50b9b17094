// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code jixiao} command line (绩效自评表命令行): {@code score} prints each form's computed score beside the
 * self-given one and what is wrong, {@code audit} does that for folders of thousands of forms and sums up,
 * {@code convert} moves forms from any format read ({@code .xlsx}, {@code .xls}, {@code .json}, {@code .docx},
 * {@code .doc}, {@code .pdf}) to {@code .xlsx} or {@code .json}, or writes the audit onto a template or onto the
 * original PDF, {@code export} writes the flat tables of a batch.
 *
 * <p>Help, usage errors and every line on standard error are in the language of {@code --lang} (Chinese by
 * default): the Chinese help comes from the resource bundle {@code io/github/jixiao/cli/Usage_zh.properties}.
 * Option values are case-insensitive ({@code --lang EN}, {@code --fail-on ERROR}).
 *
 * <p>Exit codes: {@value #OK} done; {@value #FINDINGS} findings at or above {@code --fail-on}; {@value #USAGE}
 * a usage error; {@value #UNREADABLE} an input could not be read (the others are still processed);
 * {@value #FAILED} an output could not be written, or an internal error.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Scores and audits 项目支出绩效自评表 (project expenditure performance self-evaluation forms).",
        subcommands = {ScoreCommand.class, AuditCommand.class, ConvertCommand.class, ExportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:findings at or above --fail-on", "2:usage error",
            "3:an input could not be read (the others are still processed)", "4:an output could not be written"})
public final class Jixiao implements Callable<Integer> {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Exit code: a usage error (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** Exit code: an input could not be read; the other inputs were still processed and reported. */
    public static final int UNREADABLE = 3;
    /** Exit code: an output could not be written, or an internal error. */
    public static final int FAILED = 4;

    @Spec
    CommandSpec spec;

    final Session session;

    private Jixiao(Session session) {
        this.session = session;
    }

    /**
     * Runs the command line as a process: UTF-8 output, colour and a progress bar when writing to a terminal,
     * and the exit code of {@link #run(PrintStream, PrintStream, String...)}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // start-up: picocli would otherwise look up converters for java.sql and java.time types by reflection,
        // loading java.sql's DriverManager; no option here takes such a type
        defaultProperty("picocli.converters.excludes", "java\\.sql\\..*|java\\.time\\..*");
        // POI (.xls) logs through log4j-api, which without a provider prints a status error on standard error;
        // its simple logger prints only what POI logs at ERROR
        defaultProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(new Session(out, err, Colours.forStandardOutput(), Terminals.isTerminal(Terminals.STDERR)),
                args);
        System.exit(code);
    }

    /** Sets a system property unless the user has set it (with {@code -D} or {@code JAVA_TOOL_OPTIONS}). */
    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /**
     * Runs the command line in this process, without colour or progress bar, writing UTF-8 text.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the arguments, not null
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(new Session(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), Colours.NONE, false), args);
    }

    private static int run(Session session, String... args) {
        Lang lang = language(args);
        CommandLine commandLine = new CommandLine(new Jixiao(session.in(lang)))
                .setOut(session.out())
                .setErr(session.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Jixiao::failed)
                .setParameterExceptionHandler((e, arguments) -> usageError(e, lang));
        if (lang.chinese()) {
            commandLine.setResourceBundle(ResourceBundle.getBundle("io.github.jixiao.cli.Usage", Locale.CHINESE));
            commandLine.getCommandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters(true);
        }
        try {
            return commandLine.execute(args);
        } finally {
            session.out().flush();
            session.err().flush();
        }
    }

    /**
     * The language asked for with {@code --lang} (or {@code --lang=}), whatever the case, before the arguments are
     * parsed, so that the help and the parser's own errors are in it: Chinese when none is given or the value is
     * not a language (the parser then says so).
     */
    static Lang language(String... args) {
        Lang lang = Lang.zh;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && value.equalsIgnoreCase("en")) {
                lang = Lang.en;
            } else if (value != null && value.equalsIgnoreCase("zh")) {
                lang = Lang.zh;
            }
        }
        return lang;
    }

    /** Without a command: the usage, and a usage error. */
    @Override
    public Integer call() {
        session.err().println(session.lang().pick("jixiao: 请给出命令：score、audit、convert 或 export",
                "jixiao: a command is required: score, audit, convert or export"));
        spec.commandLine().usage(session.err());
        return USAGE;
    }

    /**
     * A usage error, said in the language asked for: the parser's message (translated for unknown options, missing
     * arguments and bad values), then the usage of the command.
     */
    private static int usageError(ParameterException e, Lang lang) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(Terminals.safe(lang.chinese() ? chinese(e) : e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        commandLine.usage(err);
        return USAGE;
    }

    /** The parser's message in Chinese. */
    static String chinese(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return "无法识别的选项或参数：" + unmatched.getUnmatched().stream().map(a -> "'" + a + "'")
                    .collect(Collectors.joining("、"));
        }
        if (e instanceof MissingParameterException missing) {
            return "缺少必需的参数：" + missing.getMissing().stream().map(Jixiao::name)
                    .collect(Collectors.joining("、"));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            List<String> choices = new java.util.ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(choices::add);
            }
            return name(arg) + " 的值 '" + e.getValue() + "' 无效" + (choices.isEmpty() ? ""
                    : "，可选：" + String.join("、", choices));
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static int failed(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Lang lang = ((Jixiao) commandLine.getCommandSpec().root().userObject()).session.lang();
        err.println("jixiao: " + Terminals.safe(e instanceof java.io.IOException || e instanceof Options.UnusableFile
                ? message
                : lang.pick("内部错误：", "internal error: ") + message));
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (last.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        // a policy file, policy map or vocabulary that cannot be used is a usage error, reported on the one line above
        return e instanceof Options.UnusableFile ? USAGE : FAILED;
    }

    /**
     * Where a run writes and how: the output and error streams, whether to colour, whether to draw a progress bar,
     * and the language asked for on the command line.
     *
     * @param out standard output
     * @param err standard error
     * @param colours the colours of standard output
     * @param progress whether standard error is a terminal that can show a progress bar
     * @param lang the language of {@code --lang}
     */
    record Session(PrintWriter out, PrintWriter err, Colours colours, boolean progress, Lang lang) {

        Session(PrintWriter out, PrintWriter err, Colours colours, boolean progress) {
            this(out, err, colours, progress, Lang.zh);
        }

        Session in(Lang other) {
            return new Session(out, err, colours, progress, other);
        }
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Jixiao.class.getPackage().getImplementationVersion();
            return new String[] {"jixiao " + (version == null ? "(development build)" : version)};
        }
    }
}
