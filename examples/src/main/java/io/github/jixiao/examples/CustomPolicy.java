// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.examples;

import io.github.jixiao.scoring.GradeBands;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Example: define a custom {@link ScoringPolicy} (自定义评分规则). A policy is data, not code: start from the
 * national defaults and change what a region does differently. This one is for a hypothetical province that
 * gives 20 points to the budget execution rate (where a form prints no 分值 of its own), truncates rates and scores to one decimal, scores 0 for a
 * target exceeded by more than 30 % (偏离度), and grades 优 from 85.
 */
public final class CustomPolicy {

    private CustomPolicy() {
    }

    /**
     * The policy.
     *
     * @return never null
     */
    public static ScoringPolicy province() {
        return ScoringPolicy.builder()
                .name("example-province")
                .executionWeight(BigDecimal.valueOf(20))
                .rounding(new RoundingPolicy(3, RoundingMode.DOWN, false, 1, RoundingMode.DOWN))
                .overAchievement(ScoringPolicy.OverAchievement.DEDUCT)
                .overAchievementThreshold(new BigDecimal("0.30"))
                .grades(new GradeBands(BigDecimal.valueOf(85), BigDecimal.valueOf(75), BigDecimal.valueOf(60), true))
                .build();
    }
}
