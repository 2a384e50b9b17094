// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.SelfEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateWriterTest {

    private static final SelfEvaluation BEIJING = SeedForms.beijing();

    @Test
    void writesTheTemplateLabelsAndTheProjectOfSeed000() throws IOException {
        try (Written written = Written.template(List.of(BEIJING))) {
            assertThat(written.text("A1")).isEqualTo("项目支出绩效自评表");
            assertThat(written.text("A2")).isEqualTo("（2023年度）");
            assertThat(written.text("A3")).isEqualTo("项目名称");
            assertThat(written.text("B3")).isEqualTo("北京市住房和城乡建设信用服务监管平台升级改造");
            assertThat(written.text("B4")).isEqualTo("北京市住房和城乡建设委员会");
            assertThat(written.text("E4")).isEqualTo("实施单位");
            assertThat(written.text("F5")).isEqualTo("010-55597026");
            assertThat(written.text("A6")).isEqualTo("项目资金\n（万元）");
            assertThat(List.of(written.text("C6"), written.text("D6"), written.text("E6"), written.text("F6"),
                    written.text("G6"), written.text("H6")))
                    .containsExactly("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            assertThat(written.sheet(0).getSheetName()).isEqualTo("1 北京市住房和城乡建设信用服务监管平台升级改造");
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.jixiao.fixtures.SeedForms#seeds")
    void writesEveryPrintedValueOfEachSeedInItsCell(SeedForms.Seed seed) throws IOException {
        try (Written written = Written.template(List.of(seed.form()))) {
            PrintedCells.assertPrinted(written.sheet(0), seed.form());
        }
    }

    @Test
    void writesEachAmountWithTheFormatOfItsOwnScale() throws IOException {
        try (Written written = Written.template(List.of(BEIJING))) {
            Cell initial = written.cell("C7");
            Cell adjusted = written.cell("D7");
            assertThat(initial.getNumericCellValue()).isEqualTo(306.432444);
            assertThat(initial.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000000");
            assertThat(adjusted.getNumericCellValue()).isEqualTo(303.5);
            assertThat(adjusted.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(written.text("G7")).isEqualTo("100.00%");
            assertThat(written.cell("F7").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(written.text("F8")).isEqualTo("—");
        }
    }

    @Test
    void writesTargetsAndActualsAsTheirTextAndMergesTheLevelsAbove() throws IOException {
        try (Written written = Written.template(List.of(BEIJING))) {
            int row = PrintedCells.row(written.sheet(0), "测评成本");
            assertThat(written.text("E" + row)).isEqualTo("≤8.907444\n万元");
            assertThat(written.text("F" + row)).isEqualTo("8万元");
            int first = PrintedCells.row(written.sheet(0), "系统年故障率");
            int outputs = BEIJING.indicators().categories().get(0).subcategories().stream()
                    .mapToInt(sub -> sub.indicators().size()).sum();
            assertThat(written.text("B" + first)).isEqualTo("产出指标");
            assertThat(written.text("C" + first)).isEqualTo("质量指标");
            assertThat(written.sheet(0).getMergedRegions()).contains(
                    new CellRangeAddress(first - 1, first - 2 + outputs, 1, 1),
                    new CellRangeAddress(first - 1, first + 7, 2, 2));
            int note = PrintedCells.row(written.sheet(0), "市区两级业务部门满意率");
            assertThat(written.text("I" + note)).startsWith("区级业务管理部门满意率覆盖不足");
        }
    }

    @Test
    void keepsThePrintedTotalsAsConstants() throws IOException {
        try (Written written = Written.template(List.of(BEIJING))) {
            String total = Written.find(written.sheet(0), "总分");
            int row = Integer.parseInt(total.substring(1));
            assertThat(written.cell("G" + row).getNumericCellValue()).isEqualTo(100);
            assertThat(written.cell("H" + row).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(written.cell("H" + row).getNumericCellValue()).isEqualTo(98);
            assertThat(written.cell("H7").getNumericCellValue()).isEqualTo(10);
        }
    }

    @Test
    void computesRateScoreAndTotalWithLiveFormulas() throws IOException {
        try (Written written = Written.template(List.of(BEIJING))) {
            assertThat(written.cell("K7").getCellFormula()).isEqualTo("IF(D7>0,ROUND(E7/D7,4),\"\")");
            assertThat(evaluate(written, "K7", 4)).isEqualByComparingTo("1");
            assertThat(evaluate(written, "L7", 2)).isEqualByComparingTo("10.00");
            int row = Integer.parseInt(Written.find(written.sheet(0), "总分").substring(1));
            BigDecimal reported = BEIJING.indicators().leaves().stream()
                    .map(leaf -> leaf.indicator().reportedScore().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(evaluate(written, "L" + row, 2)).isEqualByComparingTo(reported.add(BigDecimal.TEN));
        }
    }

    @Test
    void recalculatesWhenAnAmountIsEdited() throws IOException {
        try (Written written = Written.template(List.of(BEIJING))) {
            written.cell("E7").setCellValue(263.11);
            assertThat(evaluate(written, "K7", 6)).isEqualByComparingTo("0.8669");
            assertThat(evaluate(written, "L7", 2)).isEqualByComparingTo("8.67");
            written.cell("D7").setCellValue(0);
            written.evaluator.clearAllCachedResultValues();
            assertThat(evaluate(written, "L7", 2)).isEqualByComparingTo("0");
        }
    }

    static Stream<String> formulaLikeText() {
        return Stream.of("=1+1", "+86 010-55597026", "-5", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"x\")");
    }

    @ParameterizedTest
    @MethodSource("formulaLikeText")
    void writesTextBeginningLikeAFormulaAsText(String text) throws IOException {
        Indicator row = Indicator.builder().name(text).target(Target.parse(text)).actual(Actual.parse(text))
                .weight(BigDecimal.TEN).deviationNote(text).build();
        SelfEvaluation form = SelfEvaluation.builder().from(BEIJING)
                .project(Project.builder().from(BEIJING.project()).name(text).phone(text).build())
                .indicators(IndicatorTree.of(List.of(Category.of(text, List.of(Subcategory.of(text, List.of(row)))))))
                .build();
        try (Written written = Written.template(List.of(form))) {
            List<String> formulas = new ArrayList<>();
            int texts = 0;
            for (Row r : written.sheet(0)) {
                for (Cell cell : r) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getAddress().formatAsString());
                    } else if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        texts++;
                    }
                }
            }
            assertThat(formulas).allMatch(a1 -> a1.startsWith("K") || a1.startsWith("L"));
            assertThat(texts).as("name, phone, 一级, 二级, 三级, target, actual, note").isEqualTo(8);
        }
    }

    /** A 二级 label longer than its column on a one-row group wraps; its row grows, as a long 三级 name's does. */
    @Test
    void aLongLevelLabelOnOneRowMakesTheRowTallEnough() throws IOException {
        Indicator row = Indicator.builder().name("农户满意度").target(Target.parse("≥90%")).actual(Actual.parse("95%"))
                .weight(BigDecimal.TEN).build();
        SelfEvaluation form = SelfEvaluation.builder().from(BEIJING).indicators(IndicatorTree.of(List.of(
                Category.of("满意度指标", List.of(Subcategory.of("服务对象满意度指标", List.of(row)),
                        Subcategory.of("数量指标", List.of(row))))))).build();
        try (Written written = Written.template(List.of(form))) {
            Sheet sheet = written.sheet(0);
            int wrapped = new CellReference(Written.find(sheet, "服务对象满意度指标")).getRow();
            int plain = new CellReference(Written.find(sheet, "数量指标")).getRow();
            assertThat(sheet.getRow(wrapped).getHeightInPoints()).isEqualTo(30f);
            assertThat(sheet.getRow(plain).getHeightInPoints()).isLessThan(30f);
        }
    }

    @Test
    void sharesStylesInsteadOfMakingOnePerCell() throws IOException {
        int one;
        try (Written written = Written.template(List.of(BEIJING))) {
            one = written.workbook.getNumCellStyles();
        }
        try (Written written = Written.template(Collections.nCopies(50, BEIJING))) {
            assertThat(written.workbook.getNumberOfSheets()).isEqualTo(50);
            assertThat(written.workbook.getNumCellStyles()).isEqualTo(one).isLessThan(20);
            assertThat(written.sheet(49).getSheetName()).startsWith("50 北京市");
        }
    }

    @Test
    void flushesButDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }) {
            TemplateWriter.standard().write(List.of(BEIJING), out);
            assertThat(closed[0]).isFalse();
        }
        assertThat(bytes.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void refusesAnEmptyListOfForms() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TemplateWriter.standard().write(List.of(), new ByteArrayOutputStream()))
                .withMessage("forms is empty; a workbook needs at least one form");
    }

    static BigDecimal evaluate(Written written, String a1, int scale) {
        double value = written.evaluator.evaluate(written.cell(a1)).getNumberValue();
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
