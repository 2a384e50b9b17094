// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points of one level-1 or level-2 indicator (一级 / 二级指标小计): Σ分值 and Σ得分 of the rows under it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path the label path: {@code 产出指标}, or {@code 产出指标 › 数量指标}
 * @param weight Σ分值
 * @param points Σ computed points
 */
public record Subtotal(String path, BigDecimal weight, BigDecimal points) {

    /**
     * Creates a subtotal.
     *
     * @param path not null
     * @param weight not null
     * @param points not null
     */
    public Subtotal {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(points, "points");
    }
}
