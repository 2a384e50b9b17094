// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Labels as printed are classified by the vocabulary after white space, bracketed notes (points such as {@code (50分)})
 * and leading ordinals are dropped, and their printed points are read.
 */
class LabelsTest {

    @Test
    void whiteSpaceAndAPointsNoteDoNotChangeTheKind() {
        assertThat(SubcategoryKind.classify("可持续影 响指\u3000标\n")).isEqualTo(SubcategoryKind.SUSTAINABLE_IMPACT);
        assertThat(CategoryKind.classify("产出指标 (50分)")).isEqualTo(CategoryKind.OUTPUT);
        assertThat(CategoryKind.classify("效益指标（３０分）")).isEqualTo(CategoryKind.BENEFIT);
        assertThat(CategoryKind.classify("满意度指标（10.5分）")).isEqualTo(CategoryKind.SATISFACTION);
        assertThat(CategoryKind.classify("一、产出指标")).isEqualTo(CategoryKind.OUTPUT);
    }

    @Test
    void aLabelWithoutAKnownWordIsOther() {
        assertThat(CategoryKind.classify("（50分）")).isEqualTo(CategoryKind.OTHER);
        assertThat(CategoryKind.classify("效果指标")).isEqualTo(CategoryKind.OTHER);
        assertThat(CategoryKind.classify("")).isEqualTo(CategoryKind.OTHER);
        assertThat(SubcategoryKind.classify(" \u00a0\n")).isEqualTo(SubcategoryKind.UNSPECIFIED);
        assertThat(SubcategoryKind.classify("(空)")).isEqualTo(SubcategoryKind.OTHER);
    }

    @Test
    void pointsArePrintedInBracketsOrAfterTheLabel() {
        assertThat(Labels.points("产出指标(50分)")).contains(new BigDecimal("50"));
        assertThat(Labels.points("（10.5分）")).contains(new BigDecimal("10.5"));
        assertThat(Labels.points("产出指标")).isEmpty();
    }
}
