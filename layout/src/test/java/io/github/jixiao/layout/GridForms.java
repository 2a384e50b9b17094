package io.github.jixiao.layout;

import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders forms into grids the many ways real provinces lay them out (a {@link Style}): other labels for the same
 * columns, other column orders, merged or repeated 一级/二级 labels, a two-row header, targets split over 指标性质 /
 * 指标值 / 度量单位, placeholders in unused cells, amounts as numbers or as text with thousands separators, the year
 * in the title or on its own row, the grade in the 总分 row or below it, forms stacked in one grid. What a form
 * prints is what it holds: reading a rendered grid must give the form back.
 */
final class GridForms {

    private static final Pattern SPLIT = Pattern.compile("([≥≤><=≧≦═]+)([0-9.]+)(\\S*)");

    private final Grid.Builder grid;
    private int row;

    private GridForms(String name) {
        this.grid = Grid.builder("forms.xlsx", name);
    }

    /** The form as a grid in a style prints it: with its year in the title, the title reads so. */
    static SelfEvaluation printed(SelfEvaluation form, Style style) {
        if (!style.yearInTitle() || form.year().isEmpty()) {
            return form;
        }
        String title = form.title().orElse(TITLES.get(style.titleLabel()));
        return SelfEvaluation.builder().from(form).title(form.year().get() + "年度" + title).build();
    }

    /** One grid holding the forms one below another, each in its style. */
    static Grid render(List<SelfEvaluation> forms, List<Style> styles) {
        GridForms out = new GridForms("Sheet1");
        for (int i = 0; i < forms.size(); i++) {
            out.form(forms.get(i), styles.get(i % styles.size()));
            out.row += 2;
        }
        return out.grid.build();
    }

    /**
     * How a form is laid out. Column labels are picked from the synonyms real forms print; the orders are
     * permutations of the columns after the fixed ones.
     */
    record Style(int titleLabel, boolean yearInTitle, boolean pairedHeader, int fundingTitle, boolean unitInHeaders,
            List<Integer> fundingOrder, int budgetLabel, int executedLabel, int rateLabel, int weightLabel,
            int scoreLabel, boolean amountsAsText, int placeholder, int goalLabels, List<Integer> indicatorOrder,
            int targetLabel, int actualLabel, int noteLabel, boolean splitTarget, boolean twoRowHeader,
            boolean repeatLevels, boolean totalsInOrder, boolean gradeInTotalRow) {
    }

    static final List<String> TITLES = List.of("项目支出绩效自评表", "财政项目支出绩效自评表", "部门预算项目支出绩效自评表",
            "绩效目标自评表");
    static final List<String> FUNDING_TITLES = List.of("项目资金", "资金情况", "预算执行情况", "项目资金情况");
    static final List<String> BUDGETS = List.of("全年预算数", "预算数(A)", "调整后预算数", "全年预算数（A）");
    static final List<String> EXECUTED = List.of("全年执行数", "执行数(B)", "预算执行数", "全年执行数（B）");
    static final List<String> RATES = List.of("执行率", "执行率(B/A)", "预算执行率");
    static final List<String> WEIGHTS = List.of("分值", "权重", "指标分值");
    static final List<String> SCORES = List.of("得分", "自评得分", "执行率得分");
    static final List<String> PLACEHOLDERS = List.of("—", "-", "/", "");
    static final List<String[]> GOALS = List.of(new String[] {"预期目标", "实际完成情况"},
            new String[] {"年初设定目标", "年度总体目标完成情况综述"}, new String[] {"年度目标", "目标完成情况"});
    static final List<String> TARGETS = List.of("年度指标值", "指标值", "年初目标值(A)", "预期指标值");
    static final List<String> ACTUALS = List.of("实际完成值", "全年实际值", "实际完成值(B)", "完成值");
    static final List<String> NOTES = List.of("偏差原因分析及改进措施", "未完成原因及拟采取的改进措施", "偏差大或目标未完成原因分析");

    private void form(SelfEvaluation form, Style style) {
        String title = form.title().orElse(TITLES.get(style.titleLabel()));
        if (style.yearInTitle() && form.year().isPresent()) {
            text(0, form.year().get() + "年度" + title);
            row++;
        } else {
            text(0, title);
            row++;
            form.year().ifPresent(year -> {
                text(0, "（" + year + "年度）");
                row++;
            });
        }
        header(form, style);
        funding(form, style);
        goal(form, style);
        indicators(form, style);
    }

    private void header(SelfEvaluation form, Style style) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"项目名称", form.project().name()});
        form.project().code().ifPresent(code -> fields.add(new String[] {"项目编码", code}));
        form.project().department().ifPresent(d -> fields.add(new String[] {"主管部门", d}));
        form.project().implementingUnit().ifPresent(u -> fields.add(new String[] {"实施单位", u}));
        form.project().lead().ifPresent(l -> fields.add(new String[] {"项目负责人", l}));
        form.project().phone().ifPresent(p -> fields.add(new String[] {"联系电话", p}));
        for (int i = 0; i < fields.size(); i++) {
            text(0, fields.get(i)[0]);
            text(1, fields.get(i)[1]);
            if (style.pairedHeader() && i + 1 < fields.size() && i > 0) {
                i++;
                text(5, fields.get(i)[0]);
                text(6, fields.get(i)[1]);
            }
            row++;
        }
        form.project().amount().ifPresent(amount -> {
            text(0, "项目金额（" + amount.unit().symbol() + "）");
            number(1, amount.number(), style);
            row++;
        });
        form.project().otherFields().forEach((label, value) -> {
            text(0, label);
            text(1, value);
            row++;
        });
    }

    private void funding(SelfEvaluation form, Style style) {
        String unit = "（" + form.funding().unit().symbol() + "）";
        String points = form.funding().printedPoints().map(p -> "(" + p.toPlainString() + "分)").orElse("");
        text(0, FUNDING_TITLES.get(style.fundingTitle()) + (style.unitInHeaders() ? "" : unit) + points);
        String[] labels = {"年初预算数", BUDGETS.get(style.budgetLabel()), EXECUTED.get(style.executedLabel()),
            WEIGHTS.get(style.weightLabel()), RATES.get(style.rateLabel()), SCORES.get(style.scoreLabel())};
        for (int i = 0; i < 3; i++) {
            labels[i] += style.unitInHeaders() ? unit : "";
        }
        List<Integer> order = style.fundingOrder();
        for (int i = 0; i < order.size(); i++) {
            text(2 + i, labels[order.get(i)]);
        }
        row++;
        boolean first = true;
        for (FundingSource line : form.funding().lines()) {
            boolean total = first && form.funding().total().isPresent();
            text(1, line.label());
            for (int i = 0; i < order.size(); i++) {
                int column = 2 + i;
                switch (order.get(i)) {
                    case 0 -> amount(column, line.initialBudget(), style);
                    case 1 -> amount(column, line.adjustedBudget(), style);
                    case 2 -> amount(column, line.executed(), style);
                    case 3 -> points(column, total ? form.funding().weight() : Optional.empty(), style);
                    case 4 -> rate(column, line.reportedRate(), style);
                    default -> points(column, total ? form.funding().reportedScore() : Optional.empty(), style);
                }
            }
            first = false;
            row++;
        }
    }

    private void goal(SelfEvaluation form, Style style) {
        String[] labels = GOALS.get(style.goalLabels());
        text(0, "年度总体目标");
        text(1, labels[0]);
        text(5, labels[1]);
        row++;
        text(1, form.goal().expected());
        text(5, form.goal().actual());
        row++;
    }

    private void indicators(SelfEvaluation form, Style style) {
        List<String> others = new ArrayList<>();
        form.indicators().leaves().forEach(leaf -> leaf.indicator().otherValues().keySet().stream()
                .filter(key -> !others.contains(key)).forEach(others::add));
        List<String> fixed = style.splitTarget() ? List.of("指标性质", TARGETS.get(1), "度量单位")
                : List.of(TARGETS.get(style.targetLabel()));
        List<List<String>> movable = List.of(fixed, List.of(ACTUALS.get(style.actualLabel())),
                List.of(WEIGHTS.get(style.weightLabel())), List.of(SCORES.get(style.scoreLabel())),
                List.of(NOTES.get(style.noteLabel())));
        List<String> headers = new ArrayList<>();
        for (int i : style.indicatorOrder()) {
            headers.addAll(movable.get(i));
        }
        headers.addAll(others);
        String section = "绩效指标" + form.indicators().printedPoints().map(p -> "(" + p.toPlainString() + "分)").orElse("");
        text(0, section);
        if (style.twoRowHeader()) {
            // 绩效指标 over 一级/二级/三级, 年度指标值 over a split target, the other headers in the upper row only
            text(1, "绩效指标");
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i);
                if (header.equals("指标性质")) {
                    text(4 + i, "年度指标值");
                } else if (!header.equals(TARGETS.get(1)) || !style.splitTarget()) {
                    if (!header.equals("度量单位")) {
                        text(4 + i, header);
                    }
                }
            }
            row++;
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i);
                if (style.splitTarget() && (header.equals("指标性质") || header.equals(TARGETS.get(1))
                        || header.equals("度量单位"))) {
                    text(4 + i, header);
                }
            }
        } else {
            for (int i = 0; i < headers.size(); i++) {
                text(4 + i, headers.get(i));
            }
        }
        text(1, "一级指标");
        text(2, "二级指标");
        text(3, "三级指标");
        row++;
        for (Category category : form.indicators().categories()) {
            boolean firstOfCategory = true;
            for (Subcategory subcategory : category.subcategories()) {
                boolean firstOfSub = true;
                if (subcategory.indicators().isEmpty()) {
                    if (firstOfCategory || style.repeatLevels()) {
                        text(1, category.label());
                    }
                    text(2, subcategory.label());
                    row++;
                    firstOfCategory = false;
                    continue;
                }
                for (Indicator indicator : subcategory.indicators()) {
                    if (firstOfCategory || style.repeatLevels()) {
                        text(1, category.label());
                    }
                    if (firstOfSub || style.repeatLevels()) {
                        text(2, subcategory.label());
                    }
                    text(3, indicator.name());
                    int column = 4;
                    for (String header : headers) {
                        column = cell(column, header, indicator, others, style);
                    }
                    firstOfCategory = false;
                    firstOfSub = false;
                    row++;
                }
            }
        }
        total(form, style, headers);
    }

    private int cell(int column, String header, Indicator indicator, List<String> others, Style style) {
        Matcher split = SPLIT.matcher(indicator.target().text());
        boolean splits = split.matches();
        switch (header) {
            case "指标性质" -> text(column, splits ? split.group(1) : "");
            case "度量单位" -> text(column, splits ? split.group(3) : "");
            default -> {
                if (others.contains(header)) {
                    text(column, indicator.otherValues().getOrDefault(header, ""));
                } else if (TARGETS.contains(header)) {
                    text(column, style.splitTarget() && splits ? split.group(2) : indicator.target().text());
                } else if (ACTUALS.contains(header)) {
                    text(column, indicator.actual().text());
                } else if (WEIGHTS.contains(header)) {
                    points(column, indicator.weight(), style);
                } else if (SCORES.contains(header)) {
                    points(column, indicator.reportedScore(), style);
                } else {
                    text(column, indicator.deviationNote());
                }
            }
        }
        return column + 1;
    }

    private void total(SelfEvaluation form, Style style, List<String> headers) {
        text(0, "总分");
        int weight = 4 + headers.indexOf(WEIGHTS.get(style.weightLabel()));
        int score = 4 + headers.indexOf(SCORES.get(style.scoreLabel()));
        if (style.totalsInOrder() && form.reportedWeightTotal().isPresent() && form.reportedTotal().isPresent()) {
            // after the label, in order, under no column: 总分 | 100 | 96
            points(2, form.reportedWeightTotal(), style);
            points(3, form.reportedTotal(), style);
        } else {
            points(weight, form.reportedWeightTotal(), style);
            points(score, form.reportedTotal(), style);
        }
        if (form.reportedGrade().isPresent() && style.gradeInTotalRow()) {
            text(Math.max(weight, score) + 2, "自评等级");
            text(Math.max(weight, score) + 3, form.reportedGrade().get());
        }
        row++;
        if (form.reportedGrade().isPresent() && !style.gradeInTotalRow()) {
            text(0, "评分等级");
            text(1, form.reportedGrade().get());
            row++;
        }
        for (Remark remark : form.remarks()) {
            text(0, remark.label());
            text(1, remark.text());
            row++;
        }
    }

    private void text(int column, String text) {
        grid.text(row, column, text);
    }

    private void number(int column, BigDecimal number, Style style) {
        if (style.amountsAsText()) {
            grid.text(row, column, grouped(number));
        } else {
            grid.number(row, column, number.toPlainString(), number, "");
        }
    }

    private void amount(int column, Optional<Amount> amount, Style style) {
        if (amount.isPresent()) {
            number(column, amount.get().number(), style);
        } else {
            text(column, PLACEHOLDERS.get(style.placeholder()));
        }
    }

    private void points(int column, Optional<BigDecimal> points, Style style) {
        if (points.isPresent()) {
            grid.number(row, column, points.get().toPlainString(), points.get(), "");
        } else {
            text(column, PLACEHOLDERS.get(style.placeholder()));
        }
    }

    private void rate(int column, Optional<Quantity> rate, Style style) {
        text(column, rate.map(Quantity::toString).orElse(PLACEHOLDERS.get(style.placeholder())));
    }

    /** 1234567.50 as 1,234,567.50. */
    private static String grouped(BigDecimal number) {
        String plain = number.abs().toPlainString();
        int dot = plain.indexOf('.');
        int digits = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(number.signum() < 0 ? "-" : "");
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i < digits && (digits - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.toString();
    }
}
