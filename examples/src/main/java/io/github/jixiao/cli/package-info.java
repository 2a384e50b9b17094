// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code jixiao} command line (命令行): {@link io.github.jixiao.cli.Jixiao} and its commands {@code score},
 * {@code audit} and {@code convert}. Everything but the entry point is package-private.
 */
package io.github.jixiao.cli;
