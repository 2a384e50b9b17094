package io.github.jixiao.cli;

import io.github.jixiao.scoring.ScoringPolicy;
import picocli.CommandLine.Option;

/**
 * The options every command takes: {@code --policy}, {@code --lang}, {@code --json}, {@code --min-severity},
 * {@code --wide}, {@code --verbose}. Enumerated values are case-insensitive ({@code --lang EN}).
 */
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

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Text output: show findings (and, for audit, forms) at or above this severity: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Level minSeverity;

    @Option(names = "--wide", description = "Text output: do not cut long names (indicators, projects, sources).")
    boolean wide;

    @Option(names = "--verbose", description = "Print the stack trace behind an error.")
    boolean verbose;
}
