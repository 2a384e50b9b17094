// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

/**
 * The three levels of a qualitative result (定性指标完成情况), as written in 实际完成值 on many forms:
 * 达成指标, 部分达成指标并具有一定效果, 未达成指标且效果较差.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AchievementLevel {
    /** 达成年度指标. */
    ACHIEVED("达成"),
    /** 部分达成年度指标并具有一定效果. */
    PARTIALLY_ACHIEVED("部分达成"),
    /** 未达成年度指标且效果较差. */
    NOT_ACHIEVED("未达成");

    private final String label;

    AchievementLevel(String label) {
        this.label = label;
    }

    /** The Chinese label: 达成, 部分达成 or 未达成. @return never null */
    public String label() {
        return label;
    }
}
