// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.finding;

/**
 * How serious a finding is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
    /** The form contradicts the rules or itself: a reported figure is wrong. */
    ERROR,
    /** Something is probably wrong and should be looked at. */
    WARNING,
    /** Worth knowing; nothing is wrong. */
    INFO
}
