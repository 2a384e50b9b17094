// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the recogniser makes of grids that hold less than a form: a form cut short, a note, a summary. */
class FormRecognizerTest {

    private static final ReadOptions OPTIONS = ReadOptions.defaults().withSourceName("county.xlsx");

    @Test
    void aSheetCutShortToItsTitleIsAnUnreadableFormAtTheTitle() throws FormReadException {
        Grid good = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"}, {"", "年度资金总额", "100", "100", "90"}});
        Grid cut = grid("表2", new String[][] {{}, {}, {"", "2023年度项目支出绩效自评表"}});

        ReadResult result = FormRecognizer.recognize(List.of(good, cut), OPTIONS);

        assertThat(result.entries()).hasSize(2);
        assertThat(result.entries().get(0).form()).hasValueSatisfying(f ->
                assertThat(f.project().name()).isEqualTo("道路养护"));
        ReadResult.Entry unreadable = result.entries().get(1);
        assertThat(unreadable.form()).isEmpty();
        assertThat(unreadable.location()).hasToString("county.xlsx!表2!B3");
        assertThat(unreadable.findings()).extracting(Finding::code).contains("READ_FORM_UNREADABLE");
    }

    @Test
    void aNoteThatNamesTheFormIsNotAForm() {
        Grid note = grid("填表说明", new String[][] {{"填表说明"},
                {"1. 项目支出绩效自评表由项目实施单位填写，分值按年度绩效目标设置，得分保留两位小数。"}});

        assertThatExceptionOfType(FormReadException.class).isThrownBy(() ->
                FormRecognizer.recognize(List.of(note), ReadOptions.strictReading().withSourceName("note.xlsx")))
                .withMessageContaining("no form found");
    }

    @Test
    void aShortSentenceThatNamesTheFormIsNotAForm() {
        // a 决算 disclosure's table of funds, and under it the sentence that introduces the forms (40 characters)
        Grid funds = grid("表3", new String[][] {{"项目", "年初结转和结余", "本年收入"}, {"合计", "0.00", "120.00"},
                {"第三部分 项目支出绩效自评结果。以下为本部门 2022 年度项目支出绩效自评表。"}});

        assertThatExceptionOfType(FormReadException.class).isThrownBy(() ->
                FormRecognizer.recognize(List.of(funds), ReadOptions.strictReading().withSourceName("决算.pdf")))
                .withMessageContaining("no form found");
    }

    /** Amounts written with their unit: the block's unit read from them, or each converted to the block's. */
    @Test
    void anAmountWrittenWithItsUnitIsReadInTheBlocksUnit() throws FormReadException {
        Grid unnamed = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"},
                {"项目资金", "", "年初预算数", "全年预算数", "全年执行数"},
                {"", "年度资金总额", "450.00万元", "500.00 万元", "486.20万元"}});
        Grid mixed = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"},
                {"", "年度资金总额", "450", "5,000,000元", "￥486.2"}});

        ReadResult fromCells = FormRecognizer.recognize(List.of(unnamed), OPTIONS);
        ReadResult converted = FormRecognizer.recognize(List.of(mixed), OPTIONS);

        assertThat(fromCells.forms().get(0).funding().total().orElseThrow().adjustedBudget())
                .hasValueSatisfying(amount -> assertThat(amount).hasToString("500.00万元"));
        assertThat(fromCells.allFindings()).extracting(Finding::code)
                .doesNotContain("READ_UNIT_GUESSED", "READ_AMOUNT_NOT_A_NUMBER");
        assertThat(converted.forms().get(0).funding().total().orElseThrow().adjustedBudget())
                .hasValueSatisfying(amount -> assertThat(amount).hasToString("500万元"));
        assertThat(converted.forms().get(0).funding().total().orElseThrow().executed())
                .hasValueSatisfying(amount -> assertThat(amount).hasToString("486.2万元"));
        assertThat(converted.allFindings()).filteredOn(f -> f.code().equals("READ_AMOUNT_CONVERTED")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo("county.xlsx!表1!D4");
                    assertThat(f.messageEn()).contains("\"5,000,000元\"", "500 万元");
                });
    }

    /** A form printed over pages repeats its indicator header where a page breaks: the repeat is no indicator. */
    @Test
    void anIndicatorHeaderRepeatedWithinTheTableIsSkipped() throws FormReadException {
        String[] header = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"};
        Grid form = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"}, header,
                {"产出指标", "数量指标", "养护里程", "≥100公里", "120公里", "50", "50"}, header,
                {"效益指标", "社会效益指标", "通行时间", "≤30分钟", "25分钟", "50", "50"}, {"总分", "", "", "", "", "100", "100"}});

        ReadResult result = FormRecognizer.recognize(List.of(form), OPTIONS);

        assertThat(result.forms().get(0).indicators().leaves()).extracting(leaf -> leaf.indicator().name())
                .containsExactly("养护里程", "通行时间");
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_HEADER_REPEATED"))
                .extracting(Finding::location).containsExactly("county.xlsx!表1!A5");
        assertThat(result.forms().get(0).reportedTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("100"));
    }

    /** Weights written in percent are that share of the form's 100 points, said once at the first. */
    @Test
    void weightsInPercentAreReadAsPoints() throws FormReadException {
        Grid form = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"},
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分"},
                {"产出指标", "数量指标", "养护里程", "≥100公里", "120公里", "40%", "40"},
                {"效益指标", "社会效益指标", "通行时间", "≤30分钟", "25分钟", "50%", "50"}, {"总分", "", "", "", "", "90%", "90"}});

        ReadResult result = FormRecognizer.recognize(List.of(form), OPTIONS);

        assertThat(result.forms().get(0).indicators().leaves()).extracting(leaf -> leaf.indicator().weight()
                .orElseThrow().toPlainString()).containsExactly("40", "50");
        assertThat(result.forms().get(0).reportedWeightTotal()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("90"));
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_WEIGHT_PERCENT"))
                .extracting(Finding::location).containsExactly("county.xlsx!表1!F4");
    }

    /** Several fields written in one cell, each label with its colon: each field gets its own value. */
    @Test
    void fieldsWrittenInOneCellAreEachRead() throws FormReadException {
        Grid form = grid("表1", new String[][] {{"项目支出绩效自评表"},
                {"项目名称：道路养护工程    主管部门：某区交通局；实施单位：某区公路所  备注：(见附件)"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"}, {"", "年度资金总额", "100", "100", "90"}});

        ReadResult result = FormRecognizer.recognize(List.of(form), OPTIONS);

        assertThat(result.forms().get(0).project()).satisfies(project -> {
            assertThat(project.name()).isEqualTo("道路养护工程");
            assertThat(project.department()).hasValue("某区交通局");
            assertThat(project.implementingUnit()).hasValue("某区公路所  备注：(见附件)");
        });
    }

    /** A row that prints a 一级 group's points above its indicators is no indicator: its points would count twice. */
    @Test
    void aRowOfAGroupsPointsIsNoIndicator() throws FormReadException {
        Grid form = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"},
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                {"产出指标", "", "", "", "", "50", "48"},
                {"产出指标", "数量指标", "养护里程", "≥100公里", "120公里", "30", "30"},
                {"产出指标", "质量指标", "优良率", "≥90%", "85%", "20", "18"}, {"总分", "", "", "", "", "50", "48"}});

        ReadResult result = FormRecognizer.recognize(List.of(form), OPTIONS);

        assertThat(result.forms().get(0).indicators().leaves()).extracting(leaf -> leaf.indicator().name())
                .containsExactly("养护里程", "优良率");
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_GROUP_POINTS_ROW")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo("county.xlsx!表1!A4");
                    assertThat(f.messageEn()).contains("分值 50 and 得分 48");
                });
        assertThat(result.allFindings()).extracting(Finding::code).doesNotContain("READ_NAME_BLANK");
    }

    /** A row below the funding lines printing the rate, 分值 and 得分 gives them to the block, and is no line. */
    @Test
    void aRateRowBelowTheLinesGivesTheBlockItsRateWeightAndScore() throws FormReadException {
        Grid form = grid("表1", new String[][] {{"项目支出绩效自评表"}, {"项目名称", "道路养护"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"}, {"", "年度资金总额", "100", "100", "90"},
                {"", "其中：当年财政拨款", "100", "100", "90"}, {"", "预算执行率", "90%", "分值", "10%", "得分", "9"}});

        ReadResult result = FormRecognizer.recognize(List.of(form), OPTIONS);

        assertThat(result.forms().get(0).funding()).satisfies(funding -> {
            assertThat(funding.sources()).extracting(FundingSource::label).containsExactly("其中：当年财政拨款");
            assertThat(funding.total().orElseThrow().reportedRate()).hasValueSatisfying(
                    rate -> assertThat(rate.normalized()).isEqualByComparingTo("0.9"));
            assertThat(funding.total().orElseThrow().origin(Field.RATE)).hasValueSatisfying(
                    at -> assertThat(at.place()).isEqualTo("C6"));
            assertThat(funding.weight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("10"));
            assertThat(funding.reportedScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("9"));
        });
        assertThat(result.allFindings()).filteredOn(f -> f.code().equals("READ_WEIGHT_PERCENT"))
                .extracting(Finding::location).containsExactly("county.xlsx!表1!E6");
    }

    private static Grid grid(String name, String[][] rows) {
        Grid.Builder grid = Grid.builder("county.xlsx", name);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                grid.text(r, c, rows[r][c]);
            }
        }
        return grid.build();
    }
}
