// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON format of forms (自评表的 JSON 格式): {@link io.github.jixiao.json.JsonFormat}, the {@code json}
 * {@link io.github.jixiao.spi.FormFormat}, and {@link io.github.jixiao.json.JixiaoModule}, the same
 * serialization as a Jackson module. The shape is documented in the module's README and in the JSON Schema
 * {@code io/github/jixiao/json/self-evaluation.schema.json} shipped in the jar. Score cards and audit reports travel
 * through {@link io.github.jixiao.json.JsonCards}.
 */
package io.github.jixiao.json;
