// SPDX-License-Identifier: Apache-2.0
/**
 * One form evaluated (评价): {@link io.github.jixiao.evaluation.Evaluation} brings together what the reader, the
 * policy selector, the scorer and the audit say about a form, each stage's findings kept apart.
 */
package io.github.jixiao.evaluation;
