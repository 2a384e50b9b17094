// SPDX-License-Identifier: Apache-2.0
/**
 * Short, compiled examples for integrators (示例): read and score a workbook, define a custom scoring policy,
 * plug a new form format. Each is tested with the build.
 */
package io.github.jixiao.examples;
