// SPDX-License-Identifier: Apache-2.0
/**
 * The service-provider interface for form formats: {@link io.github.jixiao.spi.FormFormat} implementations
 * (json, xlsx, xls) are found with {@link java.util.ServiceLoader}.
 */
package io.github.jixiao.spi;
