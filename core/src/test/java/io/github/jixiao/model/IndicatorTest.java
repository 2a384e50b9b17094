// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;
import io.github.jixiao.model.Blank;
import org.junit.jupiter.api.Test;

/** Indicator, Subcategory and Category: building, invariants and their messages. */
class IndicatorTest {

    /** Beijing 2023, 产出指标 › 数量指标 › 功能升级: 6个 / 6个, 3 points, scored 3. */
    private static final Indicator 功能升级 = Indicator.builder()
            .name("功能升级")
            .target(Target.parse("6个"))
            .actual(Actual.parse("6个"))
            .weight(new BigDecimal("3"))
            .reportedScore(new BigDecimal("3"))
            .build();

    @Test
    void keepsEverythingAsWritten() {
        assertThat(功能升级.name()).isEqualTo("功能升级");
        assertThat(功能升级.target().text()).isEqualTo("6个");
        assertThat(功能升级.weight()).contains(new BigDecimal("3"));
        assertThat(功能升级.reportedScore()).contains(new BigDecimal("3"));
        assertThat(功能升级.deviationNote()).isEmpty();
        assertThat(功能升级.isCore()).isFalse();
    }

    @Test
    void equalityIsByValueAndScaleMatters() {
        Indicator same = Indicator.builder().from(功能升级).build();
        assertThat(same).isEqualTo(功能升级).hasSameHashCodeAs(功能升级);
        assertThat(Indicator.builder().from(功能升级).weight(new BigDecimal("3.00")).build()).isNotEqualTo(功能升级);
    }

    @Test
    void aNegativeWeightIsRejectedNamingTheIndicator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Indicator.builder().from(功能升级).weight(new BigDecimal("-1")).build())
                .withMessage("分值 of 功能升级 is -1; it must be ≥ 0");
    }

    @Test
    void aRowWithOnlyANameKeepsItsHoles() {
        Indicator holes = Indicator.builder().name("指标1:工程质量合格").build();
        assertThat(holes.target()).isEqualTo(Blank.EMPTY);
        assertThat(holes.actual()).isEqualTo(Blank.EMPTY);
        assertThat(holes.weight()).isEmpty();
        assertThat(holes.reportedScore()).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> Indicator.builder().build()).withMessageContaining("name");
    }

    @Test
    void nullIsRejectedNamingTheField() {
        assertThatNullPointerException().isThrownBy(() -> Indicator.builder().name(null)).withMessage("name");
    }

    @Test
    void aBlankNameIsKeptAsPrinted() {
        assertThat(Indicator.builder().from(功能升级).name("").build().name()).isEmpty();
    }

    @Test
    void aStarMarksACoreIndicator() {
        assertThat(Indicator.builder().from(功能升级).name("★功能升级").build().isCore()).isTrue();
    }

    @Test
    void aNamePrintedTwiceIsKeptTwice() {
        assertThat(Subcategory.of("数量指标", List.of(功能升级, 功能升级)).indicators()).hasSize(2);
    }

    @Test
    void originsAreKeptButAreNotPartOfTheValue() {
        Origin g14 = Origin.cell("shanghai.xlsx", "表1", "G14");
        Indicator cited = Indicator.builder().from(功能升级).putOrigins(Field.SCORE, g14).build();
        assertThat(cited.origin(Field.SCORE)).contains(g14);
        assertThat(cited.origin(Field.TARGET)).isEmpty();
        assertThat(cited).isEqualTo(功能升级).hasSameHashCodeAs(功能升级);
        assertThat(cited.toString()).doesNotContain("G14");
        assertThat(g14).hasToString("shanghai.xlsx!表1!G14");
        assertThat(Origin.pointer("forms.json", "/0/funding")).hasToString("forms.json#/0/funding");
    }

    @Test
    void labelsAreClassifiedDespiteStraySpaces() {
        assertThat(Subcategory.of("可持续影 响指 标", List.of()).kind()).isEqualTo(SubcategoryKind.SUSTAINABLE_IMPACT);
        assertThat(Subcategory.of("", List.of()).kind()).isEqualTo(SubcategoryKind.UNSPECIFIED);
        assertThat(Subcategory.of("生态环境成本指标", List.of()).kind()).isEqualTo(SubcategoryKind.ECO_ENVIRONMENTAL_COST);
        assertThat(Subcategory.of("成本指标", List.of()).kind().isCost()).isTrue();
        assertThat(Category.of("产出指标(50分)", List.of()).kind()).isEqualTo(CategoryKind.OUTPUT);
        assertThat(Category.of("满意度指 标", List.of()).kind()).isEqualTo(CategoryKind.SATISFACTION);
        assertThat(Category.of("成本指标", List.of()).kind()).isEqualTo(CategoryKind.COST);
        assertThat(Category.of("效果指标", List.of()).kind()).isEqualTo(CategoryKind.OTHER);
    }

    @Test
    void leavesCarryTheirPathInFormOrder() {
        Indicator 新增功能 = Indicator.builder().from(功能升级).name("新增功能").build();
        IndicatorTree tree = IndicatorTree.of(List.of(
                Category.of("产出指标", List.of(Subcategory.of("数量指标", List.of(功能升级, 新增功能)))),
                Category.of("满意度指标", List.of(Subcategory.of("", List.of(功能升级))))));
        assertThat(tree.leaves()).extracting(IndicatorTree.Leaf::path).containsExactly(
                "产出指标 › 数量指标 › 功能升级", "产出指标 › 数量指标 › 新增功能", "满意度指标 › 功能升级");
        assertThat(tree.leaves()).extracting(IndicatorTree.Leaf::parentPath).containsExactly(
                "产出指标 › 数量指标", "产出指标 › 数量指标", "满意度指标");
        assertThat(tree.totalWeight()).isEqualTo(new BigDecimal("9"));
    }
}
