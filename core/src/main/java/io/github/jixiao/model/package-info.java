// SPDX-License-Identifier: Apache-2.0
/**
 * The immutable model of a project expenditure performance self-evaluation form (项目支出绩效自评表).
 *
 * <p>Every type here is immutable, thread-safe and null-free: a {@code null} argument is rejected with a
 * {@link java.lang.NullPointerException} naming the argument. Values are built through static factories
 * ({@code of}, {@code parse}) or {@code builder()} on the public type; generated implementation classes
 * never appear in user code. Text read from a form is kept exactly as written beside what was parsed from it.
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
package io.github.jixiao.model;

import org.immutables.value.Value;
