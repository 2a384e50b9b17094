// SPDX-License-Identifier: Apache-2.0
/**
 * The messages jixiao-core writes in Chinese and English (消息): {@link io.github.jixiao.message.MessageBundle} reads
 * them from resources beside the classes that use them, the audit for its findings and the scorer for its
 * explanations. Not exported from the module: not API.
 */
package io.github.jixiao.message;
