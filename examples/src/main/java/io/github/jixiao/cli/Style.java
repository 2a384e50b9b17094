// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

/** How a piece of output is emphasised; {@link Colours} turns a style into terminal codes or nothing. */
enum Style {
    PLAIN(""),
    HEADER("\u001b[1m"),
    TITLE("\u001b[1;36m"),
    DIM("\u001b[2m"),
    GOOD("\u001b[32m"),
    WARNING("\u001b[33m"),
    ERROR("\u001b[1;31m");

    private final String ansi;

    Style(String ansi) {
        this.ansi = ansi;
    }

    String ansi() {
        return ansi;
    }
}
