// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.model.Category;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays forms out in workbooks the way real forms are laid out (test scope, POI usermodel, so the same code
 * writes .xlsx and .xls): the central template, Shenzhen's and Shanghai's, and the variations the reader must
 * handle. Merged cells keep their value in the top-left cell, as Excel does.
 */
final class FormSheets {

    /** Splits a target into 指标性质 / 指标值 / 度量单位: {@code ≥120.00(万条/月)} is ≥ · 120.00 · (万条/月). */
    private static final Pattern SPLIT = Pattern.compile("^([^0-9]*)([0-9][0-9.,]*)(.*)$");

    /**
     * How a form is laid out.
     *
     * @param title whether the title and year rows are written above the form
     * @param indicatorColumn the column of 一级指标 (0, or 1 with a 绩效指标 section label in column A)
     * @param weightHeader 分值 or 分数 in the funding header
     * @param ratePercentColumn whether 执行率 is headed 执行率(%) and holds bare percentages
     * @param initialBudget whether the funding block has a 年初预算数 column
     * @param weightBeforeTarget whether 分值 comes before 年度指标值
     * @param splitTarget whether 年度指标值 is split into 指标性质 / 指标值 / 度量单位
     * @param numbersAsText whether amounts, weights and scores are text cells
     * @param spacedLabels whether header labels carry stray spaces and line breaks (项目 名称, 一级\n指标)
     * @param gradeLabel 评分等级 or 自评等级
     */
    record Layout(boolean title, int indicatorColumn, String weightHeader, boolean ratePercentColumn,
            boolean initialBudget, boolean weightBeforeTarget, boolean splitTarget, boolean numbersAsText,
            boolean spacedLabels, String gradeLabel) {

        /** The central template (财预〔2020〕10号), as Beijing prints it. */
        static final Layout CENTRAL = new Layout(true, 1, "分值", false, true, false, false, false, false, "评分等级");
        /** Shenzhen's export: 绩效指标 section column, 项目金额, 执行率 as a fraction. */
        static final Layout SHENZHEN = CENTRAL;
        /** Shanghai's: indicator table from column A, 分数, 执行率(%), 评分等级 row. */
        static final Layout SHANGHAI = new Layout(true, 0, "分数", true, true, false, false, false, false, "评分等级");

        Layout withWeightBeforeTarget() {
            return new Layout(title, indicatorColumn, weightHeader, ratePercentColumn, initialBudget, true,
                    splitTarget, numbersAsText, spacedLabels, gradeLabel);
        }

        Layout withSplitTarget() {
            return new Layout(title, indicatorColumn, weightHeader, ratePercentColumn, initialBudget,
                    weightBeforeTarget, true, numbersAsText, spacedLabels, gradeLabel);
        }

        Layout withoutInitialBudget() {
            return new Layout(title, indicatorColumn, weightHeader, ratePercentColumn, false, weightBeforeTarget,
                    splitTarget, numbersAsText, spacedLabels, gradeLabel);
        }

        Layout withNumbersAsText() {
            return new Layout(title, indicatorColumn, weightHeader, ratePercentColumn, initialBudget,
                    weightBeforeTarget, splitTarget, true, spacedLabels, gradeLabel);
        }

        Layout withSpacedLabels() {
            return new Layout(title, indicatorColumn, weightHeader, ratePercentColumn, initialBudget,
                    weightBeforeTarget, splitTarget, numbersAsText, true, gradeLabel);
        }

        Layout withGradeLabel(String label) {
            return new Layout(title, indicatorColumn, weightHeader, ratePercentColumn, initialBudget,
                    weightBeforeTarget, splitTarget, numbersAsText, spacedLabels, label);
        }
    }

    private final Workbook workbook;
    private final Map<Integer, CellStyle> scaleStyles = new HashMap<>();

    private FormSheets(Workbook workbook) {
        this.workbook = workbook;
    }

    /** A new .xlsx workbook (XSSF). */
    static FormSheets xlsx() {
        return new FormSheets(new XSSFWorkbook());
    }

    /** A new .xls workbook (HSSF). */
    static FormSheets xls() {
        return new FormSheets(new HSSFWorkbook());
    }

    /** Writes forms one below another in one sheet. */
    FormSheets sheet(String name, Layout layout, List<SelfEvaluation> forms) {
        Sheet sheet = workbook.createSheet(name);
        int row = 0;
        for (SelfEvaluation form : forms) {
            row = new Writer(sheet, layout).form(form, row) + 2;
        }
        return this;
    }

    byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one form from a row; the columns follow the layout. */
    private final class Writer {
        private final Sheet sheet;
        private final Layout layout;
        private final int last;

        Writer(Sheet sheet, Layout layout) {
            this.sheet = sheet;
            this.layout = layout;
            this.last = layout.indicatorColumn() + (layout.splitTarget() ? 10 : 8);
        }

        int form(SelfEvaluation form, int start) {
            int r = start;
            if (layout.title()) {
                text(r, 0, form.title().orElse(SelfEvaluation.STANDARD_TITLE));
                merge(r, r, 0, last);
                r++;
                if (form.year().isPresent()) {
                    text(r, 0, "（" + form.year().get() + "年度）");
                    merge(r, r, 0, last);
                    r++;
                }
            }
            text(r, 0, label("项目名称"));
            text(r, 1, form.project().name());
            merge(r, r, 1, 4);
            if (form.project().amount().isPresent()) {
                text(r, 5, label("项目金额"));
                number(r, 6, form.project().amount().get().number());
            }
            r++;
            text(r, 0, label("主管部门"));
            text(r, 1, form.project().department().orElse(""));
            merge(r, r, 1, 4);
            text(r, 5, label("实施单位"));
            text(r, 6, form.project().implementingUnit().orElse(""));
            r++;
            if (form.project().lead().isPresent() || form.project().phone().isPresent()) {
                text(r, 0, label("项目负责人"));
                text(r, 1, form.project().lead().orElse(""));
                text(r, 5, label("联系电话"));
                text(r, 6, form.project().phone().orElse(""));
                r++;
            }
            r = funding(form, r);
            r = goal(form, r);
            return indicators(form, r);
        }

        private int funding(SelfEvaluation form, int start) {
            int c = 2;
            List<String> headers = new ArrayList<>();
            if (layout.initialBudget()) {
                headers.add("年初预算数");
            }
            headers.addAll(List.of("全年预算数", "全年执行数", layout.weightHeader(),
                    layout.ratePercentColumn() ? "执行率(%)" : "执行率", "得分"));
            text(start, 0, label("项目资金") + (layout.spacedLabels() ? "\n" : "") + "（"
                    + form.funding().unit().symbol() + "）");
            for (int i = 0; i < headers.size(); i++) {
                text(start, c + i, label(headers.get(i)));
            }
            List<FundingSource> lines = form.funding().lines();
            int r = start + 1;
            for (FundingSource line : lines) {
                int row = r;
                boolean total = r == start + 1;
                text(r, 1, line.label());
                int col = c;
                if (layout.initialBudget()) {
                    line.initialBudget().ifPresent(a -> number(row, c, a.number()));
                    col++;
                }
                number(r, col, line.adjustedBudget().orElseThrow().number());
                number(r, col + 1, line.executed().orElseThrow().number());
                if (total) {
                    number(r, col + 2, form.funding().weight().orElseThrow());
                } else {
                    text(r, col + 2, "—");
                }
                rate(r, col + 3, line.reportedRate());
                if (total && form.funding().reportedScore().isPresent()) {
                    number(r, col + 4, form.funding().reportedScore().get());
                } else if (!total) {
                    text(r, col + 4, "—");
                }
                r++;
            }
            merge(start, r - 1, 0, 0);
            return r;
        }

        private void rate(int r, int c, Optional<Quantity> rate) {
            if (rate.isEmpty()) {
                text(r, c, "—");
            } else if (rate.get().unit().symbol().isEmpty()
                    || layout.ratePercentColumn() && rate.get().unit().symbol().equals("%")) {
                number(r, c, rate.get().value());
            } else {
                text(r, c, rate.get().toString());
            }
        }

        private int goal(SelfEvaluation form, int r) {
            text(r, 0, label("年度总体目标"));
            text(r, 1, label("预期目标"));
            merge(r, r, 1, 4);
            text(r, 5, label("实际完成情况"));
            merge(r, r, 5, last);
            text(r + 1, 1, form.goal().expected());
            merge(r + 1, r + 1, 1, 4);
            text(r + 1, 5, form.goal().actual());
            merge(r + 1, r + 1, 5, last);
            merge(r, r + 1, 0, 0);
            return r + 2;
        }

        private int indicators(SelfEvaluation form, int start) {
            int c = layout.indicatorColumn();
            List<String> columns = new ArrayList<>(List.of("一级指标", "二级指标", "三级指标"));
            List<String> values = layout.splitTarget() ? List.of("指标性质", "指标值", "度量单位") : List.of("年度指标值");
            if (layout.weightBeforeTarget()) {
                columns.add("分值");
                columns.addAll(values);
                columns.add("实际完成值");
            } else {
                columns.addAll(values);
                columns.addAll(List.of("实际完成值", "分值"));
            }
            columns.addAll(List.of("得分", "偏差原因分析及改进措施"));
            int r = start;
            if (layout.splitTarget()) {
                int first = c + columns.indexOf("指标性质");
                for (int i = 0; i < columns.size(); i++) {
                    boolean part = values.contains(columns.get(i));
                    text(r, c + i, part ? label("年度指标值") : label(columns.get(i)));
                    text(r + 1, c + i, part ? label(columns.get(i)) : "");
                    if (!part) {
                        merge(r, r + 1, c + i, c + i);
                    }
                }
                sheet.getRow(r).getCell(first + 1).setBlank();
                sheet.getRow(r).getCell(first + 2).setBlank();
                merge(r, r, first, first + 2);
                r += 2;
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    text(r, c + i, label(columns.get(i)));
                }
                r++;
            }
            int tableStart = start;
            for (Category category : form.indicators().categories()) {
                int categoryStart = r;
                text(r, c, category.label());
                for (Subcategory sub : category.subcategories()) {
                    int subStart = r;
                    text(r, c + 1, sub.label());
                    for (Indicator indicator : sub.indicators()) {
                        indicatorRow(indicator, r, c, columns);
                        r++;
                    }
                    merge(subStart, r - 1, c + 1, c + 1);
                }
                merge(categoryStart, r - 1, c, c);
            }
            if (c > 0) {
                text(tableStart, 0, label("绩效指标"));
                merge(tableStart, r - 1, 0, 0);
            }
            int weightColumn = c + columns.indexOf("分值");
            text(r, 0, label("总分"));
            merge(r, r, 0, Math.min(weightColumn, c + columns.indexOf("得分")) - 1);
            int totalRow = r;
            form.reportedWeightTotal().ifPresent(w -> number(totalRow, weightColumn, w));
            form.reportedTotal().ifPresent(t -> number(totalRow, c + columns.indexOf("得分"), t));
            int end = r;
            if (form.reportedGrade().isPresent()) {
                end = r + 1;
                text(end, 0, label(layout.gradeLabel()));
                text(end, 1, form.reportedGrade().get());
            }
            return end;
        }

        private void indicatorRow(Indicator indicator, int r, int c, List<String> columns) {
            text(r, c + 2, indicator.name());
            if (layout.splitTarget()) {
                Matcher m = SPLIT.matcher(indicator.target().text());
                boolean split = m.matches();
                text(r, c + columns.indexOf("指标性质"), split ? m.group(1) : "");
                text(r, c + columns.indexOf("指标值"), split ? m.group(2) : indicator.target().text());
                text(r, c + columns.indexOf("度量单位"), split ? m.group(3) : "");
            } else {
                text(r, c + columns.indexOf("年度指标值"), indicator.target().text());
            }
            text(r, c + columns.indexOf("实际完成值"), indicator.actual().text());
            number(r, c + columns.indexOf("分值"), indicator.weight().orElseThrow());
            indicator.reportedScore().ifPresent(s -> number(r, c + columns.indexOf("得分"), s));
            text(r, c + columns.indexOf("偏差原因分析及改进措施"), indicator.deviationNote());
        }

        private String label(String label) {
            if (!layout.spacedLabels() || label.length() < 3) {
                return label;
            }
            int middle = label.length() / 2;
            return label.substring(0, middle) + (middle % 2 == 0 ? "\n" : " 　") + label.substring(middle);
        }

        private void text(int r, int c, String text) {
            cell(r, c).setCellValue(text);
        }

        private void number(int r, int c, BigDecimal number) {
            Cell cell = cell(r, c);
            if (layout.numbersAsText()) {
                cell.setCellValue(number.toPlainString());
                return;
            }
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(scaleStyles.computeIfAbsent(Math.max(0, number.scale()), scale -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(scale == 0 ? "0" : "0." + "0".repeat(scale)));
                return style;
            }));
        }

        private Cell cell(int r, int c) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        }

        private void merge(int r1, int r2, int c1, int c2) {
            if (r2 > r1 || c2 > c1) {
                sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            }
        }
    }
}
