// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Moneta's start-up line off the console of an application that embeds jixiao. The first JSR-354 amount Moneta
 * creates builds its default {@code MonetaryContext}, and Moneta 1.4 logs that at INFO through
 * {@code java.util.logging} on every path (configured or not: {@code Using custom MathContext: precision=256,
 * roundingMode=HALF_EVEN} with its own {@code javamoney.properties}), which the JDK's default configuration prints on
 * standard error. Its logger is set to WARNING — Moneta's warnings and errors still show — unless the application
 * has given that logger a level itself.
 */
final class QuietMoneta {

    /** The logger Moneta logs its default context with; held here, as {@code java.util.logging} holds it weakly. */
    private static final Logger CONTEXT_FACTORY = Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");

    private QuietMoneta() {
    }

    /** Sets the logger's level to WARNING, if the application has given it none. */
    static void apply() {
        if (CONTEXT_FACTORY.getLevel() == null) {
            CONTEXT_FACTORY.setLevel(Level.WARNING);
        }
    }
}
