// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao layout: the format-neutral {@link io.github.jixiao.layout.Grid} (cells with shown text, exact decimal,
 * number format, merged ranges and addresses) that every document adapter builds, and the
 * {@link io.github.jixiao.layout.FormRecognizer} that finds forms in grids by their labels.
 */
module io.github.jixiao.layout {
    requires transitive io.github.jixiao.core;

    exports io.github.jixiao.layout;
}
