package io.github.jixiao.cli;

import io.github.jixiao.scoring.ScoringPolicy;
import picocli.CommandLine.Option;

/** The options every command takes: {@code --policy}, {@code --lang}, {@code --json}, {@code --verbose}. */
final class Options {

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "national", converter = Policies.class,
            completionCandidates = Policies.class,
            description = "Scoring rules: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ScoringPolicy policy;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of labels and messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--json", description = "Print a JSON array, one object per form (keys in examples/README.md).")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace behind an error.")
    boolean verbose;
}
