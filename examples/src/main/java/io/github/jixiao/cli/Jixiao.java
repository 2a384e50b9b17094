package io.github.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code jixiao} command line (绩效自评表命令行): {@code score} prints each form's computed score beside the
 * self-given one and what is wrong, {@code audit} does that for folders of thousands of forms and sums up,
 * {@code convert} moves forms between {@code .xlsx}, {@code .xls} and {@code .json}.
 *
 * <p>Exit codes: {@value #OK} done; {@value #FINDINGS} findings at or above {@code --fail-on}; {@value #USAGE}
 * a usage error; {@value #UNREADABLE} an input could not be read (the others are still processed);
 * {@value #FAILED} an output could not be written, or an internal error.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
        description = "Scores and audits 项目支出绩效自评表 (project expenditure performance self-evaluation forms).",
        subcommands = {ScoreCommand.class, AuditCommand.class, ConvertCommand.class},
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
        CommandLine commandLine = new CommandLine(new Jixiao(session))
                .setOut(session.out())
                .setErr(session.err())
                .setExecutionExceptionHandler(Jixiao::failed);
        try {
            return commandLine.execute(args);
        } finally {
            session.out().flush();
            session.err().flush();
        }
    }

    /** Without a command: the usage, and a usage error. */
    @Override
    public Integer call() {
        session.err().println("jixiao: a command is required: score, audit or convert");
        spec.commandLine().usage(session.err());
        return USAGE;
    }

    private static int failed(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("jixiao: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (last.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        // a policy file or map that cannot be used is a usage error, reported on the one line above
        return e instanceof Policies.BadPolicy ? USAGE : FAILED;
    }

    /**
     * Where a run writes and how: the output and error streams, whether to colour, whether to draw a progress bar.
     *
     * @param out standard output
     * @param err standard error
     * @param colours the colours of standard output
     * @param progress whether standard error is a terminal that can show a progress bar
     */
    record Session(PrintWriter out, PrintWriter err, Colours colours, boolean progress) {
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
