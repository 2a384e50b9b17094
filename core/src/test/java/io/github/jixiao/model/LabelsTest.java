package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels as printed are normalised before they are classified: no white space, no trailing points note. */
class LabelsTest {

    @Test
    void whiteSpaceAndATrailingPointsNoteAreRemoved() {
        assertThat(Labels.normalize("可持续影 响指\u3000标\n")).isEqualTo("可持续影响指标");
        assertThat(Labels.normalize("产出指标 (50分)")).isEqualTo("产出指标");
        assertThat(Labels.normalize("效益指标（３０分）")).isEqualTo("效益指标");
        assertThat(Labels.normalize("满意度指标（10.5分）")).isEqualTo("满意度指标");
    }

    @Test
    void anythingElseIsKept() {
        assertThat(Labels.normalize("产出指标")).isEqualTo("产出指标");
        assertThat(Labels.normalize("比例（五分）")).isEqualTo("比例（五分）");
        assertThat(Labels.normalize("（50分）产出指标")).isEqualTo("（50分）产出指标");
        assertThat(Labels.normalize("分)")).isEqualTo("分)");
        assertThat(Labels.normalize("")).isEmpty();
        assertThat(CategoryKind.classify("产出指标 (50分)")).isEqualTo(CategoryKind.OUTPUT);
    }
}
