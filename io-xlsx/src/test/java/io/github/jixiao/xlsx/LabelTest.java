package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels are matched on normalised text: white space removed, a trailing colon dropped. */
class LabelTest {

    @Test
    void normalisingDropsEveryKindOfSpaceAndATrailingColon() {
        assertThat(Label.normalize("可持续影 响指\u3000标\n")).isEqualTo("可持续影响指标");
        assertThat(Label.normalize("年度资金总额：")).isEqualTo("年度资金总额");
        assertThat(Label.normalize("项目资金\n（万元）")).isEqualTo("项目资金（万元）");
        assertThat(Label.of(Label.normalize(" 三级\u00A0指标 "))).contains(Label.LEVEL3);
    }

    /** Classifying text as written agrees with classifying its normalised text, labels and values alike. */
    @Test
    void classifyingTextAsWrittenAgreesWithClassifyingItNormalised() {
        List<String> texts = new ArrayList<>(List.of("", " ", "\u3000\n", "≥2000个", "100%", "达成指标", "项目名称：按预算填列",
                "项目名称（盖章）", "总分：", "总分合计", "新增功能", "其中：当年财政拨款"));
        for (String written : List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施", "年度资金总额", "项目资金（万元）", "全年预算数", "全年执行数", "执行率",
                "主管部门", "实施单位", "项目负责人", "联系电话", "评分等级", "自评等级")) {
            for (String text : new String[] {written, " " + written, written.charAt(0) + " " + written.substring(1),
                    "\n" + written + "：", written + "（元）"}) {
                texts.add(text);
            }
        }
        for (String text : texts) {
            assertThat(Label.classify(text)).as(text).isEqualTo(Label.of(Label.normalize(text)));
        }
        assertThat(Label.classify(" 三级\u00A0指标 ")).contains(Label.LEVEL3);
        assertThat(Label.classify("≥2000个")).isEmpty();
    }
}
