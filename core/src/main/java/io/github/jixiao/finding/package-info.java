// SPDX-License-Identifier: Apache-2.0
/**
 * What reading and auditing find in a form (发现的问题): {@link io.github.jixiao.finding.Finding}, with a stable
 * code, a {@link io.github.jixiao.finding.Severity}, where it is and messages in Chinese and English. Readers
 * (the {@code spi} formats) and the audit both report findings; neither depends on the other.
 */
package io.github.jixiao.finding;
