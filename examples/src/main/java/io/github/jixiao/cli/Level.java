// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.finding.Severity;

/** A severity named on the command line ({@code --min-severity}, {@code --fail-on}): info, warning or error. */
enum Level {
    /** Everything. */
    info(Severity.INFO),
    /** Warnings and errors. */
    warning(Severity.WARNING),
    /** Errors only. */
    error(Severity.ERROR);

    private final Severity severity;

    Level(Severity severity) {
        this.severity = severity;
    }

    /** Whether a severity is at or above this level. */
    boolean admits(Severity other) {
        return other.compareTo(severity) <= 0;
    }

    /** Whether any of the counts, by {@link Severity#ordinal()}, is of a severity at or above this level. */
    boolean reachedBy(int[] counts) {
        for (Severity s : Severity.values()) {
            if (admits(s) && counts[s.ordinal()] > 0) {
                return true;
            }
        }
        return false;
    }
}
