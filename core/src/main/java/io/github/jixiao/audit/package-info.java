// SPDX-License-Identifier: Apache-2.0
/**
 * The audit (审核): {@link io.github.jixiao.audit.Audit#check} compares what a form reports with what
 * {@link io.github.jixiao.scoring.Scorer} computes and checks the form's own arithmetic, returning an
 * {@link io.github.jixiao.audit.AuditReport} of {@link io.github.jixiao.finding.Finding}s with stable
 * {@link io.github.jixiao.audit.FindingCode}s, a {@link io.github.jixiao.finding.Severity}, a location in the
 * form's own terms and messages in Chinese and English (from {@code messages_zh.properties} and
 * {@code messages_en.properties}, never from the default locale).
 */
package io.github.jixiao.audit;
