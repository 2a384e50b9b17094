// SPDX-License-Identifier: Apache-2.0
/**
 * Scoring (评分): {@link io.github.jixiao.scoring.Scorer#score} turns a
 * {@link io.github.jixiao.model.SelfEvaluation} and a {@link io.github.jixiao.scoring.ScoringPolicy} into a
 * {@link io.github.jixiao.scoring.ScoreCard}: the execution-rate score, every indicator's points with the
 * allowed range, the rule applied and an explanation, subtotals, the total and the grade.
 *
 * <p>Policies are data: {@link io.github.jixiao.scoring.ScoringPolicy#read} reads a policy file, the presets are such
 * files in the jar, and {@link io.github.jixiao.scoring.PolicySelector} chooses each form's policy, once, before it is
 * scored, from what the form shows or from a caller's policy map ({@code docs/policies.md}).
 *
 * <p>Scoring is a pure function: no I/O, no clock, no default locale; every rounding is named by the policy.
 * It never throws on a valid form: what it cannot assess is scored by a named rule and noted on the card,
 * and the {@link io.github.jixiao.audit.Audit} turns those notes into findings.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // no org.immutables.value.Generated on generated types: the annotations are compile-only, and users compiling
    // against the model would be warned of its missing methods (Override is a placeholder: empty allows all)
    allowedClasspathAnnotations = {Override.class},
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true))
package io.github.jixiao.scoring;

import org.immutables.value.Value;
