// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.xlsx.Styles.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays out one form on one worksheet as the standard template of 财预〔2020〕10号, and jixiao's computed
 * columns beside it.
 *
 * <pre>
 *      A            B          C          D          E          F          G        H        I          K          L
 *   项目支出绩效自评表 (merged A:I)
 *   （2023年度）
 *   项目名称      name (B:I)
 *   主管部门      dept (B:D)                        实施单位    unit (F:I)
 *   项目负责人    lead (B:D)                        联系电话    phone (F:I)
 *   项目资金     (blank)    年初预算数  全年预算数  全年执行数  分值      执行率    得分               核算执行率  核算得分
 *   （万元）     年度资金总额  306.432444 303.50   303.50     10        100.00%  10.00              =E/D       =ROUND(…)
 *                其中：…      …          …         …          —         —        —
 *   年度总体目标  预期目标 (B:E)                              实际完成情况 (F:I)
 *                text                                        text
 *   绩效指标     一级指标    二级指标    三级指标    年度指标值  实际完成值  分值     得分     偏差原因…            核算得分
 *                产出指标    数量指标    name        ≥2000个    2000个     2        2                              (card)
 *   总分 (A:F)                                                            100      98                            =L+SUM(…)
 *   评分等级 (A:F)                                                        优 (G:H)                               =IF(…)
 * </pre>
 *
 * <p>The round-trip rule: every value the form prints is a constant in its template cell (amounts, weights
 * and scores as numbers with their own scale, everything else as text exactly as written), so reading the
 * sheet gives the form back. jixiao's formulas live only in the computed columns K:L, which the template
 * does not have, so they never stand in for a printed value.
 */
final class FormSheet {

    static final int LABEL = 0;
    static final int LEVEL1 = 1;
    static final int LEVEL2 = 2;
    static final int LEVEL3 = 3;
    static final int TARGET = 4;
    static final int ACTUAL = 5;
    static final int WEIGHT = 6;
    static final int SCORE = 7;
    static final int NOTE = 8;
    static final int LAST = NOTE;

    static final int LINE = 1;
    static final int INITIAL = 2;
    static final int BUDGET = 3;
    static final int EXECUTED = 4;
    static final int FUNDING_WEIGHT = 5;
    static final int RATE = 6;
    static final int FUNDING_SCORE = 7;

    static final int COMPUTED_RATE = 10;
    static final int COMPUTED_SCORE = 11;
    /** The first column of an indicator's other values (复核分, 备注 …), after jixiao's computed columns. */
    static final int OTHERS = 12;

    static final String DASH = "—";

    private static final double[] MIN_WIDTHS = {10, 12, 12, 16, 12, 12, 7, 7, 20, 2, 11, 10};
    private static final double[] MAX_WIDTHS = {10, 16, 14, 30, 22, 22, 12, 12, 40, 2, 11, 10};

    private final Grid grid;
    private final SelfEvaluation form;
    private final ExecutionFormula formula;
    private final boolean computedPoints;
    private final Map<String, int[]> places = new HashMap<>();
    private final List<Integer> leafRows = new ArrayList<>();
    private int row;
    private int fundingTotalRow;
    private int totalRow;

    private FormSheet(Grid grid, SelfEvaluation form, ExecutionFormula formula, boolean computedPoints) {
        this.grid = grid;
        this.form = form;
        this.formula = formula;
        this.computedPoints = computedPoints;
    }

    /**
     * Writes a form on a worksheet.
     *
     * @param computedPoints whether column L of the indicator rows will hold a score card's points (the
     *     computed 总分 then sums them; otherwise it sums the form's own 得分)
     */
    static FormSheet write(org.dhatim.fastexcel.Worksheet sheet, SelfEvaluation form, ExecutionFormula formula,
            boolean computedPoints) {
        FormSheet layout = new FormSheet(new Grid(sheet, MIN_WIDTHS, MAX_WIDTHS), form, formula, computedPoints);
        layout.title();
        layout.project(form.project());
        layout.funding(form.funding());
        layout.goal();
        layout.indicators(form.indicators());
        layout.total();
        layout.remarks();
        layout.grid.finish();
        return layout;
    }

    /**
     * Writes a score card's points in column L of the indicator rows (核算得分), in the order of
     * {@link IndicatorTree#leaves()}. Only for a sheet written with {@code computedPoints}.
     */
    void points(List<BigDecimal> points) {
        if (!computedPoints || points.size() != leafRows.size()) {
            throw new IllegalArgumentException("The score card has " + points.size() + " indicator scores but the form "
                    + leafRows.size() + " indicators");
        }
        for (int i = 0; i < points.size(); i++) {
            grid.number(leafRows.get(i), COMPUTED_SCORE, points.get(i), Kind.COMPUTED);
        }
        grid.applyStyles();
    }

    /**
     * Notes findings on the sheet: each as a cell comment on the cell its location names (the 得分 of an
     * indicator ({@code 产出指标 › 数量指标 › 新增功能}), a funding line ({@code 项目资金 › 年度资金总额}), 总分 or
     * 评分等级; the title for any other location), and a fill on that cell: red for an error, yellow for a
     * warning.
     */
    void mark(List<Finding> findings) {
        Map<Long, StringBuilder> comments = new LinkedHashMap<>();
        Map<Long, Severity> worst = new HashMap<>();
        for (Finding finding : findings) {
            int[] cell = places.getOrDefault(finding.location(), new int[] {0, 0});
            long key = (long) cell[0] << 16 | cell[1];
            StringBuilder comment = comments.computeIfAbsent(key, k -> new StringBuilder());
            if (comment.length() > 0) {
                comment.append('\n');
            }
            comment.append(AuditSheet.describe(finding));
            worst.merge(key, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        comments.forEach((key, comment) -> {
            int r = (int) (key >> 16);
            int c = (int) (key & 0xFFFF);
            grid.comment(r, c, comment.toString());
            Severity severity = worst.get(key);
            if (r > 0 && severity != Severity.INFO) {
                Styles.fill(grid.sheet().range(r, c, r, c), severity == Severity.ERROR ? Styles.ERROR_FILL
                        : Styles.WARNING_FILL);
            }
        });
    }

    private void title() {
        form.title().ifPresent(title -> {
            grid.mergedText(row, 0, row, LAST, title, Kind.TITLE);
            grid.lines(row, 2);
            row++;
        });
        if (form.year().isPresent()) {
            grid.mergedText(row, 0, row, LAST, "（" + form.year().get().getValue() + "年度）", Kind.SUBTITLE);
            row++;
        }
    }

    private void project(Project project) {
        wideRow("项目名称", project.name());
        project.code().ifPresent(code -> wideRow("项目编码", code));
        pairRow(project.department().map(d -> "主管部门"), project.department().orElse(""),
                project.implementingUnit().map(u -> "实施单位"), project.implementingUnit().orElse(""));
        if (project.lead().isPresent() || project.phone().isPresent()) {
            pairRow(project.lead().map(lead -> "项目负责人"), project.lead().orElse(""),
                    project.phone().map(phone -> "联系电话"), project.phone().orElse(""));
        }
        project.amount().ifPresent(amount -> {
            grid.text(row, LABEL, "项目金额（" + amount.unit().symbol() + "）", Kind.LABEL);
            grid.number(row, LINE, amount.number(), Kind.NUMBER);
            grid.merge(row, LINE, row, LAST, Kind.NUMBER);
            row++;
        });
        project.otherFields().forEach(this::wideRow);
    }

    private void wideRow(String label, String value) {
        grid.text(row, LABEL, label, Kind.LABEL);
        grid.mergedText(row, LINE, row, LAST, value, Kind.TEXT);
        grid.lines(row, grid.linesIn(value, LINE, LAST));
        row++;
    }

    /**
     * A row of two labelled values. An optional field's label is written only when the field is present,
     * so that a present but empty value (a label beside a blank cell) reads back apart from an absent one
     * (no label).
     */
    private void pairRow(Optional<String> leftLabel, String left, Optional<String> rightLabel, String right) {
        grid.text(row, LABEL, leftLabel.orElse(""), Kind.LABEL);
        grid.mergedText(row, LINE, row, BUDGET, left, Kind.TEXT);
        grid.text(row, EXECUTED, rightLabel.orElse(""), Kind.LABEL);
        grid.mergedText(row, FUNDING_WEIGHT, row, LAST, right, Kind.TEXT);
        grid.lines(row, Math.max(grid.linesIn(left, LINE, BUDGET), grid.linesIn(right, FUNDING_WEIGHT, LAST)));
        row++;
    }

    private void funding(Funding funding) {
        int top = row;
        grid.blank(row, LINE, Kind.LABEL);
        String[] headers = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < headers.length; i++) {
            grid.text(row, INITIAL + i, headers[i], Kind.LABEL);
        }
        grid.merge(row, FUNDING_SCORE, row, LAST, Kind.LABEL);
        grid.text(row, COMPUTED_RATE, "核算执行率", Kind.COMPUTED_LABEL);
        grid.text(row, COMPUTED_SCORE, "核算得分", Kind.COMPUTED_LABEL);
        row++;
        fundingTotalRow = row;
        funding.total().ifPresent(total -> {
            fundingLine(total, true);
            optionalNumber(FUNDING_WEIGHT, funding.weight());
            optionalNumber(FUNDING_SCORE, funding.reportedScore());
            grid.merge(row, FUNDING_SCORE, row, LAST, Kind.NUMBER);
            String rate = Grid.a1(row, COMPUTED_RATE);
            String executed = Grid.a1(row, EXECUTED);
            String budget = Grid.a1(row, formula.initialBudget() ? INITIAL : BUDGET);
            grid.formula(row, COMPUTED_RATE, formula.rate(executed, budget), Kind.COMPUTED, Styles.PERCENT);
            Optional<String> weight = funding.weight().isPresent() ? Optional.of(Grid.a1(row, FUNDING_WEIGHT))
                    : funding.printedPoints().map(BigDecimal::toPlainString);
            grid.formula(row, COMPUTED_SCORE, formula.score(executed, budget, rate, weight), Kind.COMPUTED,
                    Styles.decimal(formula.scoreScale()));
            places.put("项目资金 › " + total.label(), new int[] {row, FUNDING_SCORE});
            row++;
        });
        places.put("项目资金", new int[] {fundingTotalRow, FUNDING_SCORE});
        for (FundingSource source : funding.sources()) {
            fundingLine(source, false);
            grid.text(row, FUNDING_WEIGHT, DASH, Kind.VALUE);
            grid.mergedText(row, FUNDING_SCORE, row, LAST, DASH, Kind.VALUE);
            places.putIfAbsent("项目资金 › " + source.label(), new int[] {row, EXECUTED});
            row++;
        }
        String points = funding.printedPoints().map(p -> "（" + p.toPlainString() + "分）").orElse("");
        grid.mergedText(top, LABEL, row - 1, LABEL, "项目资金\n（" + funding.unit().symbol() + "）" + points, Kind.LABEL);
    }

    private void fundingLine(FundingSource line, boolean total) {
        grid.text(row, LINE, line.label(), Kind.LABEL);
        line.initialBudget().ifPresentOrElse(
                amount -> amount(INITIAL, amount),
                () -> grid.blank(row, INITIAL, Kind.NUMBER));
        line.adjustedBudget().ifPresentOrElse(amount -> amount(BUDGET, amount), () -> grid.blank(row, BUDGET, Kind.NUMBER));
        line.executed().ifPresentOrElse(amount -> amount(EXECUTED, amount), () -> grid.blank(row, EXECUTED, Kind.NUMBER));
        Optional<Quantity> rate = line.reportedRate();
        if (rate.isPresent() && rate.get().unit().symbol().isEmpty()) {
            grid.number(row, RATE, rate.get().value(), Kind.NUMBER);
        } else if (rate.isPresent()) {
            grid.text(row, RATE, rate.get().toString(), Kind.VALUE);
        } else if (total) {
            grid.blank(row, RATE, Kind.VALUE);
        } else {
            grid.text(row, RATE, DASH, Kind.VALUE);
        }
    }

    private void amount(int col, Amount amount) {
        grid.number(row, col, amount.number(), Kind.NUMBER);
    }

    private void goal() {
        grid.mergedText(row, LABEL, row + 1, LABEL, "年度总体目标", Kind.LABEL);
        grid.mergedText(row, LINE, row, EXECUTED, "预期目标", Kind.LABEL);
        grid.mergedText(row, FUNDING_WEIGHT, row, LAST, "实际完成情况", Kind.LABEL);
        row++;
        String expected = form.goal().expected();
        String actual = form.goal().actual();
        grid.mergedText(row, LINE, row, EXECUTED, expected, Kind.TEXT);
        grid.mergedText(row, FUNDING_WEIGHT, row, LAST, actual, Kind.TEXT);
        grid.lines(row, Math.max(grid.linesIn(expected, LINE, EXECUTED), grid.linesIn(actual, FUNDING_WEIGHT, LAST)));
        places.put("年度总体目标", new int[] {row, LINE});
        row++;
    }

    private void indicators(IndicatorTree tree) {
        int top = row;
        String[] headers = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < headers.length; i++) {
            grid.text(row, LEVEL1 + i, headers[i], Kind.LABEL);
        }
        if (computedPoints) {
            grid.text(row, COMPUTED_SCORE, "核算得分", Kind.COMPUTED_LABEL);
        }
        List<String> others = otherColumns(tree);
        for (int i = 0; i < others.size(); i++) {
            grid.text(row, OTHERS + i, others.get(i), Kind.LABEL);
        }
        row++;
        for (Category category : tree.categories()) {
            int categoryTop = row;
            int categoryLines = 0;
            int lastLines = 1;
            for (Subcategory subcategory : category.subcategories()) {
                int subTop = row;
                int subLines = 0;
                for (Indicator indicator : subcategory.indicators()) {
                    lastLines = indicator(indicator);
                    subLines += lastLines;
                    for (int i = 0; i < others.size(); i++) {
                        String value = indicator.otherValues().get(others.get(i));
                        if (value != null) {
                            grid.text(row, OTHERS + i, value, Kind.TEXT);
                        }
                    }
                    places.put(new IndicatorTree.Leaf(category, subcategory, indicator).path(),
                            new int[] {row, SCORE});
                    leafRows.add(row);
                    row++;
                }
                if (row == subTop) {
                    emptyRow();
                    lastLines = 1;
                    subLines = 1;
                }
                grid.mergedText(subTop, LEVEL2, row - 1, LEVEL2, subcategory.label(), Kind.VALUE);
                int grown = tallEnough(subcategory.label(), LEVEL2, subLines, lastLines);
                categoryLines += subLines + grown - lastLines;
                lastLines = grown;
            }
            if (row == categoryTop) {
                emptyRow();
                lastLines = 1;
                categoryLines = 1;
            }
            grid.mergedText(categoryTop, LEVEL1, row - 1, LEVEL1, category.label(), Kind.VALUE);
            tallEnough(category.label(), LEVEL1, categoryLines, lastLines);
        }
        String points = tree.printedPoints().map(p -> "（" + p.toPlainString() + "分）").orElse("");
        grid.mergedText(top, LABEL, Math.max(top, row - 1), LABEL, "绩效指标" + points, Kind.LABEL);
    }

    /**
     * Makes a 一级 or 二级 label merged down to the row before {@link #row} tall enough for its wrapped text: where
     * the rows it spans take fewer lines than it needs, the last of them grows.
     *
     * @param taken the lines the label's rows take together
     * @param last the lines its last row takes
     * @return the lines its last row takes now
     */
    private int tallEnough(String label, int col, int taken, int last) {
        int needed = grid.linesIn(label, col, col);
        if (needed <= taken) {
            return last;
        }
        int grown = last + needed - taken;
        grid.lines(row - 1, grown);
        return grown;
    }

    /** The headers of the indicators' other values, in the order first printed. */
    private static List<String> otherColumns(IndicatorTree tree) {
        Set<String> headers = new LinkedHashSet<>();
        for (IndicatorTree.Leaf leaf : tree.leaves()) {
            headers.addAll(leaf.indicator().otherValues().keySet());
        }
        return List.copyOf(headers);
    }

    /** A 一级 or 二级 indicator without indicators below it: a row with its label and nothing else. */
    private void emptyRow() {
        for (int col = LEVEL3; col <= NOTE; col++) {
            grid.blank(row, col, Kind.VALUE);
        }
        grid.blank(row, LEVEL2, Kind.VALUE);
        row++;
    }

    /** Writes an indicator's row; returns the lines it takes. */
    private int indicator(Indicator indicator) {
        grid.text(row, LEVEL3, indicator.name(), Kind.TEXT);
        grid.text(row, TARGET, indicator.target().text(), Kind.VALUE);
        grid.text(row, ACTUAL, indicator.actual().text(), Kind.VALUE);
        optionalNumber(WEIGHT, indicator.weight());
        indicator.reportedScore().ifPresentOrElse(
                score -> grid.number(row, SCORE, score, Kind.NUMBER),
                () -> grid.blank(row, SCORE, Kind.NUMBER));
        grid.text(row, NOTE, indicator.deviationNote(), Kind.TEXT);
        int lines = Math.max(Math.max(grid.linesIn(indicator.name(), LEVEL3, LEVEL3),
                grid.linesIn(indicator.deviationNote(), NOTE, NOTE)),
                Math.max(grid.linesIn(indicator.target().text(), TARGET, TARGET),
                        grid.linesIn(indicator.actual().text(), ACTUAL, ACTUAL)));
        grid.lines(row, lines);
        return lines;
    }

    private void total() {
        totalRow = row;
        grid.mergedText(row, LABEL, row, ACTUAL, "总分", Kind.LABEL);
        optionalNumber(WEIGHT, form.reportedWeightTotal());
        optionalNumber(SCORE, form.reportedTotal());
        grid.merge(row, SCORE, row, LAST, Kind.NUMBER);
        grid.formula(row, COMPUTED_SCORE, totalFormula(), Kind.COMPUTED, Styles.decimal(formula.scoreScale()));
        places.put("总分", new int[] {row, SCORE});
        row++;
        form.reportedGrade().ifPresent(grade -> {
            grid.mergedText(row, LABEL, row, ACTUAL, "评分等级", Kind.LABEL);
            grid.mergedText(row, WEIGHT, row, LAST, grade, Kind.VALUE);
            grid.formula(row, COMPUTED_SCORE, formula.grade(Grid.a1(totalRow, COMPUTED_SCORE)), Kind.COMPUTED,
                    "General");
            places.put("评分等级", new int[] {row, WEIGHT});
            row++;
        });
    }

    /** The remarks printed around the form: one row each, the label and the text beside it. */
    private void remarks() {
        for (Remark remark : form.remarks()) {
            grid.text(row, LABEL, remark.label(), Kind.LABEL);
            grid.mergedText(row, LINE, row, LAST, remark.text(), Kind.TEXT);
            grid.lines(row, grid.linesIn(remark.text(), LINE, LAST));
            row++;
        }
    }

    private void optionalNumber(int col, Optional<BigDecimal> number) {
        number.ifPresentOrElse(n -> grid.number(row, col, n, Kind.NUMBER), () -> grid.blank(row, col, Kind.NUMBER));
    }

    /** 总分 = execution 得分 + Σ indicator 得分 (jixiao's points with a score card, else the form's own). */
    private String totalFormula() {
        String execution = Grid.a1(fundingTotalRow, COMPUTED_SCORE);
        if (leafRows.isEmpty()) {
            return execution;
        }
        int col = computedPoints ? COMPUTED_SCORE : SCORE;
        return execution + "+SUM(" + Grid.a1(leafRows.get(0), col) + ":"
                + Grid.a1(leafRows.get(leafRows.size() - 1), col) + ")";
    }
}
