package io.github.jixiao.cli;

import io.github.jixiao.scoring.PolicySelector;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command takes: {@code --policy}, {@code --policy-map}, {@code --lang}, {@code --json},
 * {@code --verbose}.
 */
final class Options {

    @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = Policies.AUTO, converter = Policies.class,
            completionCandidates = Policies.class,
            description = "Scoring rules: ${COMPLETION-CANDIDATES}, or a policy file (.json). auto scores each form "
                    + "by the preset of the region it names, and prints why (default: ${DEFAULT-VALUE}).")
    Policies.Given policy;

    @Option(names = "--policy-map", paramLabel = "FILE",
            description = "A policy map: rules such as 'department 上海市 = shanghai' or 'path anhui/** = anhui.json' "
                    + "that choose each form's rules first; forms no rule covers follow --policy.")
    Path policyMap;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of labels and messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--json", description = "Print a JSON array, one object per form (keys in examples/README.md).")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace behind an error.")
    boolean verbose;

    private PolicySelector policies;

    /**
     * The policy selector of {@code --policy} and {@code --policy-map}, read once; call it before any output, so
     * that a bad policy file or map is reported alone.
     *
     * @throws Policies.BadPolicy if a policy file or the map cannot be used (a usage error, one line)
     */
    PolicySelector policies() {
        if (policies == null) {
            policies = Policies.selector(policy, policyMap);
        }
        return policies;
    }
}
