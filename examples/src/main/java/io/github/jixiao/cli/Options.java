// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command takes: {@code --policy}, {@code --policy-map}, {@code --vocabulary}, {@code --lang},
 * {@code --json}, {@code --min-severity}, {@code --wide}, {@code --verbose}. Enumerated values are case-insensitive
 * ({@code --lang EN}).
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

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Labels of your own, added to the layout vocabulary: lines such as "
                    + "'column.executed = 实际拨付数' (the format of jixiao's vocabulary.txt).")
    Path vocabulary;

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

    private PolicySelector policies;
    private ReadOptions reading;

    /** A file an option names that cannot be used (a policy file, a policy map, a vocabulary): a usage error. */
    static final class UnusableFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnusableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The policy selector of {@code --policy} and {@code --policy-map}, read once; call it before any output, so
     * that a bad policy file or map is reported alone.
     *
     * @throws UnusableFile if a policy file or the map cannot be used (a usage error, one line)
     */
    PolicySelector policies() {
        if (policies == null) {
            policies = Policies.selector(policy, policyMap);
        }
        return policies;
    }

    /**
     * How forms are read: leniently (what can be read is read, the rest becomes findings), with the labels of
     * {@code --vocabulary} added to jixiao's; read once; call it before any output.
     *
     * @throws UnusableFile if the vocabulary cannot be read or has a line that is not {@code key = synonyms}
     */
    ReadOptions reading() {
        if (reading == null) {
            ReadOptions lenient = ReadOptions.lenientReading();
            if (vocabulary != null) {
                try (Reader in = Files.newBufferedReader(vocabulary)) {
                    lenient = lenient.withVocabulary(Vocabulary.defaults().with(Vocabulary.read(in)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new UnusableFile(vocabulary + ": " + (e instanceof NoSuchFileException ? "no such file"
                            : e.getMessage()), e);
                }
            }
            reading = lenient;
        }
        return reading;
    }
}
