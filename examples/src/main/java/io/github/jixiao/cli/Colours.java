// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

/**
 * Paints text with ANSI colours, or leaves it plain. Colour is used only when the output is a terminal and
 * the {@code NO_COLOR} environment variable is not set (see no-color.org).
 */
enum Colours {
    /** Plain text. */
    NONE,
    /** ANSI escape codes. */
    ANSI;

    private static final String RESET = "\u001b[0m";

    String paint(Style style, String text) {
        if (this == NONE || style == Style.PLAIN || text.isEmpty()) {
            return text;
        }
        return style.ansi() + text + RESET;
    }

    /** Colours for the process's standard output: ANSI when it is a terminal and NO_COLOR is unset. */
    static Colours forStandardOutput() {
        return Terminals.isTerminal(Terminals.STDOUT) && System.getenv("NO_COLOR") == null ? ANSI : NONE;
    }
}
