package io.github.jixiao.xlsx;

import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import io.github.jixiao.notation.NotationParseException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one form from a sheet grid, starting at its 项目名称 row, by its labels: the header fields, the
 * 项目资金 block (unit from its header, columns mapped by the header row), the 年度总体目标, the indicator table
 * (columns mapped by its header row; merged 一级 / 二级 labels carried down; 指标性质 / 指标值 / 度量单位
 * split over three columns joined into one text), the 总分 row and the 评分等级 row.
 */
final class FormParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final BigDecimal DEFAULT_EXECUTION_WEIGHT = BigDecimal.TEN;
    private static final Pattern CODE_PREFIX = Pattern.compile("([0-9A-Za-z]{12,})\\s*[-－—_]\\s*(\\S.*)", Pattern.DOTALL);
    private static final Pattern LEAD_AND_PHONE =
            Pattern.compile("(.*?)[\\s,，;；/、:：]*((?:\\+?86[-\\s]?)?[0-9][0-9\\-－\\s]{5,}[0-9])");
    private static final Pattern POINTS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)分");
    private static final Pattern PLACEHOLDER = Pattern.compile("指标[0-9０-９一二三四五六七八九十]*[:：]?|[.。…·]+|/|无");
    private static final Pattern POINTS_ONLY = Pattern.compile("[（(][0-9.]+分[)）]");
    private static final Pattern GRADE_WORD = Pattern.compile("优秀?|良好?|中|差|合格|不合格|较好|一般|较差");
    private static final List<Label> HEADER_FIELDS = List.of(Label.PROJECT_NAME, Label.PROJECT_CODE,
            Label.DEPARTMENT, Label.IMPLEMENTING_UNIT, Label.LEAD, Label.PHONE, Label.PROJECT_AMOUNT);

    private final List<GridRow> rows;
    private final int floor;
    private final int start;
    private final ReadNotes notes;
    private final Map<Label, String> fieldLabels = new EnumMap<>(Label.class);
    private final Map<Label, String> fieldCells = new EnumMap<>(Label.class);
    private int end;
    private String anchor;

    /**
     * @param rows the sheet's rows
     * @param floor the first row after the previous form (the title may sit between it and {@code start})
     * @param start the index of the 项目名称 row in {@code rows}
     * @param notes where guesses are recorded
     */
    FormParser(List<GridRow> rows, int floor, int start, ReadNotes notes) {
        this.rows = rows;
        this.floor = floor;
        this.start = start;
        this.notes = notes;
        this.end = start;
    }

    /** The index in the rows of the form's last row (its 总分 or 评分等级 row). */
    int end() {
        return end;
    }

    /** The address of the form's first cell: its title, or its 项目名称 label. */
    String anchor() {
        return anchor;
    }

    SelfEvaluation parse() throws CellProblem {
        SelfEvaluation.Builder form = SelfEvaluation.builder();
        anchor = firstCell(rows.get(start)).address();
        title(form);
        int fundingRow = find(start, Label.FUNDING)
                .orElseThrow(() -> problem(start, "no 项目资金 block follows 项目名称; expected a 项目资金（万元） header"));
        AmountUnit unit = unit(fundingRow);
        Map<Label, String> fields = headerFields(fundingRow);
        Project.Builder project = Project.builder();
        nameAndCode(fields, project);
        project.department(fields.getOrDefault(Label.DEPARTMENT, ""));
        project.implementingUnit(fields.getOrDefault(Label.IMPLEMENTING_UNIT, ""));
        leadAndPhone(fields, project);
        projectAmount(unit, fundingRow).ifPresent(project::amount);
        int indicatorHeader = findIndicatorHeader(fundingRow)
                .orElseThrow(() -> problem(fundingRow, "no indicator table (一级指标 … 三级指标 header) follows 项目资金"));
        int goalRow = find(fundingRow, Label.GOAL_EXPECTED).filter(r -> r < indicatorHeader).orElse(-1);
        form.funding(funding(unit, fundingRow, goalRow >= 0 ? goalRow : indicatorHeader));
        form.goal(goal(goalRow, indicatorHeader));
        form.project(build(project::build, fundingRow));
        form.indicators(indicators(indicatorHeader, form));
        return build(form::build, start);
    }

    // ---------------------------------------------------------------- title, header fields, unit

    private void title(SelfEvaluation.Builder form) {
        boolean titled = false;
        for (int r = Math.max(floor, start - 3); r < start; r++) {
            for (GridCell cell : rows.get(r).cells()) {
                String text = cell.text();
                if (!titled && text.contains("自评表")) {
                    form.title(text);
                    anchor = cell.address();
                    titled = true;
                }
                Matcher year = YEAR.matcher(text);
                if (year.find()) {
                    form.year(Year.of(Integer.parseInt(year.group(1))));
                }
            }
        }
    }

    /**
     * The name, and the code: from 项目编码, or from a code prefixed to the name as Sichuan prints it
     * ({@code 51092324T000010263357-某项目}), which is split off and said so.
     */
    private void nameAndCode(Map<Label, String> fields, Project.Builder project) {
        String name = fields.getOrDefault(Label.PROJECT_NAME, "");
        Matcher prefixed = CODE_PREFIX.matcher(name);
        if (!fields.containsKey(Label.PROJECT_CODE) && prefixed.matches()) {
            project.code(prefixed.group(1)).name(prefixed.group(2));
            notes.info("READ_CODE_IN_NAME", fieldCells.get(Label.PROJECT_NAME),
                    "项目名称以项目编码开头，拆分为编码“" + prefixed.group(1) + "”和名称",
                    "the 项目名称 starts with a project code; it is split into the code \"" + prefixed.group(1)
                            + "\" and the name");
            return;
        }
        project.name(name);
        Optional.ofNullable(fields.get(Label.PROJECT_CODE)).ifPresent(project::code);
    }

    /** 项目负责人 and 联系电话; under one label 项目负责人及电话 the value is split at the phone number. */
    private void leadAndPhone(Map<Label, String> fields, Project.Builder project) {
        String lead = fields.get(Label.LEAD);
        Matcher both = LEAD_AND_PHONE.matcher(lead == null ? "" : lead);
        if (!fields.containsKey(Label.PHONE) && fieldLabels.getOrDefault(Label.LEAD, "").contains("电话")
                && both.matches()) {
            project.lead(both.group(1)).phone(both.group(2));
            return;
        }
        Optional.ofNullable(lead).ifPresent(project::lead);
        Optional.ofNullable(fields.get(Label.PHONE)).ifPresent(project::phone);
    }

    private Map<Label, String> headerFields(int fundingRow) {
        Map<Label, String> fields = new EnumMap<>(Label.class);
        for (int r = start; r < fundingRow; r++) {
            List<GridCell> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                Optional<Label> label = cells.get(i).label();
                if (label.isPresent() && HEADER_FIELDS.contains(label.get()) && !fields.containsKey(label.get())) {
                    Optional<GridCell> value = valueRightOf(cells, i);
                    fields.put(label.get(), value.map(GridCell::text).orElse(""));
                    fieldLabels.put(label.get(), Label.normalize(cells.get(i).text()));
                    fieldCells.put(label.get(), value.orElse(cells.get(i)).address());
                }
            }
        }
        return fields;
    }

    /** The next cell to the right of a label, unless that cell is itself a header label. */
    private static Optional<GridCell> valueRightOf(List<GridCell> cells, int i) {
        if (i + 1 >= cells.size()) {
            return Optional.empty();
        }
        GridCell next = cells.get(i + 1);
        Optional<Label> label = next.label();
        return label.isPresent() && HEADER_FIELDS.contains(label.get()) ? Optional.empty() : Optional.of(next);
    }

    private Optional<Amount> projectAmount(AmountUnit fundingUnit, int fundingRow) throws CellProblem {
        for (int r = start; r < fundingRow; r++) {
            List<GridCell> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                String label = cells.get(i).text();
                if (cells.get(i).is(Label.PROJECT_AMOUNT)) {
                    Optional<GridCell> value = valueRightOf(cells, i);
                    AmountUnit unit = AmountUnit.find(Label.normalize(label).substring(4)).orElse(fundingUnit);
                    Optional<BigDecimal> number = Decimals.of(value, "项目金额");
                    return number.map(n -> new Amount(n, unit));
                }
            }
        }
        return Optional.empty();
    }

    private AmountUnit unit(int fundingRow) {
        GridCell header = cellWith(fundingRow, Label.FUNDING).orElseThrow();
        Optional<AmountUnit> unit = AmountUnit.find(Label.normalize(header.text()).substring(4));
        if (unit.isEmpty() && fundingRow + 1 < rows.size()) {
            unit = rows.get(fundingRow + 1).at(header.column()).flatMap(c -> AmountUnit.find(c.text()));
        }
        for (int r = fundingRow; unit.isEmpty() && r < Math.min(rows.size(), fundingRow + 2); r++) {
            unit = rows.get(r).cells().stream().filter(c -> c.is(Label.ADJUSTED_BUDGET) || c.is(Label.EXECUTED))
                    .map(c -> AmountUnit.find(c.text())).flatMap(Optional::stream).findFirst();
        }
        if (unit.isEmpty()) {
            notes.guess("READ_UNIT_GUESSED", header.address(),
                    "项目资金表头未注明金额单位，按万元读取", "the 项目资金 header names no unit; amounts are read as 万元");
            return AmountUnit.TEN_THOUSAND_YUAN;
        }
        return unit.get();
    }

    // ---------------------------------------------------------------- funding

    private Funding funding(AmountUnit unit, int fundingRow, int stop) throws CellProblem {
        int headerRow = fundingRow;
        Map<Label, Integer> columns = columns(rows.get(fundingRow));
        if (!columns.containsKey(Label.ADJUSTED_BUDGET) && fundingRow + 1 < stop) {
            headerRow = fundingRow + 1;
            columns = columns(rows.get(headerRow));
        }
        if (!columns.containsKey(Label.ADJUSTED_BUDGET) || !columns.containsKey(Label.EXECUTED)) {
            throw problem(fundingRow, "the 项目资金 header has no 全年预算数 and 全年执行数 columns");
        }
        boolean ratePercent = cellWith(headerRow, Label.RATE).map(c -> c.text().contains("%")).orElse(false);
        int firstAmount = columns.entrySet().stream()
                .filter(e -> e.getKey() == Label.INITIAL_BUDGET || e.getKey() == Label.ADJUSTED_BUDGET
                        || e.getKey() == Label.EXECUTED)
                .mapToInt(Map.Entry::getValue).min().orElseThrow();
        Funding.Builder funding = Funding.builder().unit(unit);
        boolean first = true;
        for (int r = headerRow + 1; r < stop; r++) {
            GridRow row = rows.get(r);
            Optional<GridCell> adjusted = row.at(columns.get(Label.ADJUSTED_BUDGET));
            Optional<GridCell> executed = row.at(columns.get(Label.EXECUTED));
            if (adjusted.isEmpty() && executed.isEmpty()) {
                continue;
            }
            Optional<GridCell> labelCell = row.cells().stream()
                    .filter(c -> c.column() < firstAmount && !c.is(Label.FUNDING))
                    .reduce((a, b) -> b);
            String label = labelCell.map(GridCell::text).orElse("");
            if (!first && Decimals.of(adjusted, "全年预算数 of " + label).isEmpty()
                    && Decimals.of(executed, "全年执行数 of " + label).isEmpty()) {
                GridCell at = adjusted.or(() -> executed).orElseThrow();
                notes.info("READ_FUNDING_LINE_EMPTY", at.address(), "资金行“" + label + "”只有占位符“" + at.text() + "”，未读取",
                        "the funding line \"" + label + "\" holds only placeholders (\"" + at.text()
                                + "\") and no amounts; it is not read");
                continue;
            }
            FundingSource line = fundingLine(row, columns, unit, label, ratePercent);
            if (first) {
                if (FundingKind.classify(label) != FundingKind.TOTAL) {
                    notes.guess("READ_TOTAL_LINE_GUESSED", row.cells().get(0).address(),
                            "资金第一行“" + label + "”不是年度资金总额，按总额读取",
                            "the first funding line \"" + label + "\" is not 年度资金总额; it is read as the total");
                }
                funding.total(line);
                Optional<BigDecimal> weight = Decimals.of(optionalAt(row, columns, Label.WEIGHT), "分值");
                if (weight.isEmpty()) {
                    weight = pointsInHeader(fundingRow, headerRow);
                }
                if (weight.isEmpty()) {
                    notes.guess("READ_EXECUTION_WEIGHT_GUESSED", row.cells().get(0).address(),
                            "预算执行率分值为空，按 10 分读取", "the 分值 of the execution rate is blank; 10 is assumed");
                }
                funding.weight(weight.orElse(DEFAULT_EXECUTION_WEIGHT));
                Decimals.of(optionalAt(row, columns, Label.SCORE), "得分").ifPresent(funding::reportedScore);
                first = false;
            } else {
                funding.addSources(line);
            }
        }
        if (first) {
            throw problem(headerRow, "the 项目资金 block has no 年度资金总额 line");
        }
        return build(funding::build, fundingRow);
    }

    /** The execution weight a header states, as 得分(20分*执行率) or 预算执行情况(10分) do. */
    private Optional<BigDecimal> pointsInHeader(int fundingRow, int headerRow) {
        for (int r = fundingRow; r <= headerRow; r++) {
            for (GridCell cell : rows.get(r).cells()) {
                Matcher points = POINTS.matcher(cell.text());
                if ((cell.is(Label.WEIGHT) || cell.is(Label.SCORE) || cell.is(Label.FUNDING)) && points.find()) {
                    return Optional.of(new BigDecimal(points.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    private FundingSource fundingLine(GridRow row, Map<Label, Integer> columns, AmountUnit unit, String label,
            boolean ratePercent) throws CellProblem {
        FundingSource.Builder line = FundingSource.builder().label(label);
        Decimals.of(optionalAt(row, columns, Label.INITIAL_BUDGET), "年初预算数 of " + label)
                .ifPresent(n -> line.initialBudget(new Amount(n, unit)));
        line.adjustedBudget(new Amount(required(row, columns.get(Label.ADJUSTED_BUDGET), "全年预算数 of " + label), unit));
        line.executed(new Amount(required(row, columns.get(Label.EXECUTED), "全年执行数 of " + label), unit));
        optionalAt(row, columns, Label.RATE).flatMap(cell -> rate(cell, ratePercent)).ifPresent(line::reportedRate);
        return line.build();
    }

    private Optional<Quantity> rate(GridCell cell, boolean percentColumn) {
        String text = cell.text();
        if (text.endsWith("%") || text.endsWith("％")) {
            try {
                return Optional.of(Quantity.parse(text));
            } catch (NotationParseException e) {
                // reported below
            }
        }
        try {
            Optional<BigDecimal> number = Decimals.of(cell, "执行率");
            return number.map(n -> Quantity.of(n, percentColumn ? "%" : ""));
        } catch (CellProblem e) {
            notes.guess("READ_RATE_UNREADABLE", cell.address(), "执行率“" + text + "”无法识别，未读取",
                    "the 执行率 \"" + text + "\" is not a rate; it is left out (the rate is computed from the amounts)");
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- goal

    private AnnualGoal goal(int goalRow, int indicatorHeader) {
        if (goalRow < 0) {
            notes.guess("READ_GOAL_MISSING", firstCell(rows.get(indicatorHeader)).address(),
                    "未找到年度总体目标（预期目标）", "no 年度总体目标 (预期目标) block was found; the goal is left blank");
            return AnnualGoal.of("", "");
        }
        int expectedColumn = cellWith(goalRow, Label.GOAL_EXPECTED).orElseThrow().column();
        int actualColumn = cellWith(goalRow, Label.GOAL_ACTUAL).map(GridCell::column).orElse(Integer.MAX_VALUE);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int r = goalRow + 1; r < indicatorHeader; r++) {
            GridRow row = rows.get(r);
            row.firstIn(expectedColumn, actualColumn).ifPresent(c -> expected.add(c.text()));
            row.firstIn(actualColumn, Integer.MAX_VALUE).ifPresent(c -> actual.add(c.text()));
        }
        return AnnualGoal.of(String.join("\n", expected), String.join("\n", actual));
    }

    // ---------------------------------------------------------------- indicators, 总分, 评分等级

    private Optional<Integer> findIndicatorHeader(int from) {
        for (int r = from; r < rows.size(); r++) {
            Map<Label, Integer> columns = columns(rows.get(r));
            if (columns.containsKey(Label.LEVEL3) && (columns.containsKey(Label.LEVEL1) || columns.containsKey(Label.TARGET))) {
                return Optional.of(r);
            }
            if (r > from && hasLabel(rows.get(r), Label.PROJECT_NAME, Integer.MAX_VALUE)) {
                break;
            }
        }
        return Optional.empty();
    }

    private IndicatorTree indicators(int headerRow, SelfEvaluation.Builder form) throws CellProblem {
        Map<Label, Integer> columns = columns(rows.get(headerRow));
        int first = headerRow + 1;
        if (first < rows.size()) {
            Map<Label, Integer> sub = columns(rows.get(first));
            if (sub.containsKey(Label.NATURE) || sub.containsKey(Label.MEASURE_UNIT)) {
                columns.putAll(sub);
                first++;
            }
        }
        int nameColumn = columns.get(Label.LEVEL3);
        if (!columns.containsKey(Label.WEIGHT)) {
            throw problem(headerRow, "the indicator table has no per-row 分值 (or 权重) column; where a template gives "
                    + "weights only per 一级指标, such as 产出指标(60分), the weight of each indicator is unknown and is "
                    + "not invented");
        }
        rows.get(headerRow).cells().stream().filter(c -> c.is(Label.AGGREGATION)).forEach(c -> notes.guess("READ_COLUMN_NOT_READ", c.address(),
                "“" + c.text() + "”列属于另一种计分方式（权重占比、折算得分），未读取",
                "the column \"" + c.text() + "\" belongs to another scoring model (权重占比 / 折算得分); it is not read: "
                        + "分值 and 得分 are read as the indicator's weight and score"));
        TreeBuilder tree = new TreeBuilder();
        int r = first;
        for (; r < rows.size() && !closes(rows.get(r), nameColumn); r++) {
            indicatorRow(rows.get(r), columns, tree);
        }
        end = r - 1;
        closing(r, columns, form);
        return build(() -> tree.build(), headerRow);
    }

    /** Whether a row ends the indicator table: 总分, 评分等级, a remark row, or the next form. */
    private static boolean closes(GridRow row, int nameColumn) {
        for (GridCell cell : row.cells()) {
            if (cell.is(Label.PROJECT_NAME) || cell.column() <= nameColumn && (cell.is(Label.TOTAL)
                    || cell.is(Label.GRADE) || cell.is(Label.REMARKS) || cell.is(Label.MEASURES))) {
                return true;
            }
        }
        return false;
    }

    private void indicatorRow(GridRow row, Map<Label, Integer> columns, TreeBuilder tree) throws CellProblem {
        Optional<GridCell> level1 = optionalAt(row, columns, Label.LEVEL1);
        Optional<GridCell> level2 = optionalAt(row, columns, Label.LEVEL2);
        Optional<GridCell> name = row.at(columns.get(Label.LEVEL3));
        Optional<GridCell> weightCell = row.at(columns.get(Label.WEIGHT));
        if (level1.isPresent()) {
            tree.category(level1.get().text());
            if (POINTS_ONLY.matcher(Label.normalize(level1.get().text())).matches()) {
                notes.guess("READ_LEVEL1_UNNAMED", level1.get().address(),
                        "一级指标只写了分值“" + level1.get().text() + "”，没有名称，按原文保留",
                        "the 一级指标 is only its points \"" + level1.get().text() + "\", with no name; it is kept as "
                                + "written and its kind is unknown");
            }
        }
        level2.ifPresent(c -> tree.subcategory(c.text()));
        if (name.isEmpty()) {
            if (weightCell.isPresent()) {
                throw new CellProblem(GridCell.address(row.index(), columns.get(Label.LEVEL3)),
                        "三级指标 is blank on a row with a 分值; expected the indicator's name");
            }
            return;
        }
        if (weightCell.isEmpty() && skipped(row, name.get(), columns)) {
            return;
        }
        if (!tree.hasCategory()) {
            throw new CellProblem(name.get().address(), "三级指标 " + name.get().text() + " has no 一级指标 above it");
        }
        BigDecimal weight = Decimals.of(weightCell, "分值", name.get().text())
                .orElseThrow(() -> new CellProblem(GridCell.address(row.index(), columns.get(Label.WEIGHT)),
                        "分值 of " + name.get().text() + " is blank; expected the indicator's weight"));
        Indicator.Builder indicator = Indicator.builder().name(name.get().text()).weight(weight)
                .target(Target.parse(targetText(row, columns)))
                .actual(Actual.parse(optionalAt(row, columns, Label.ACTUAL).map(GridCell::text).orElse("")));
        Decimals.of(optionalAt(row, columns, Label.SCORE), "得分", name.get().text()).ifPresent(indicator::reportedScore);
        Optional<GridCell> noteCell = optionalAt(row, columns, Label.NOTE);
        Optional<GridCell> measures = optionalAt(row, columns, Label.MEASURES);
        String note = noteCell.isPresent() && measures.isPresent() ? noteCell.get().text() + "\n" + measures.get().text()
                : noteCell.or(() -> measures).map(GridCell::text).orElse("");
        if (!note.isEmpty()) {
            indicator.deviationNote(note);
        }
        tree.add(build(indicator::build, name.get()));
    }

    /**
     * Skips, and says so, a row without a 分值 that is no indicator: a template placeholder left in (指标1:, ……)
     * with nothing filled in, or a 其中… sub-row of the indicator above.
     */
    private boolean skipped(GridRow row, GridCell name, Map<Label, Integer> columns) {
        String text = Label.normalize(name.text());
        boolean empty = optionalAt(row, columns, Label.TARGET).isEmpty() && optionalAt(row, columns, Label.ACTUAL).isEmpty()
                && optionalAt(row, columns, Label.SCORE).isEmpty();
        if (PLACEHOLDER.matcher(text).matches() && empty) {
            notes.info("READ_PLACEHOLDER_SKIPPED", name.address(), "模板占位行“" + name.text() + "”未填写，已跳过",
                    "the template placeholder row \"" + name.text() + "\" is not filled in; it is skipped");
            return true;
        }
        if (text.startsWith("其中")) {
            notes.info("READ_SUB_ROW_SKIPPED", name.address(), "“" + name.text() + "”是上一指标的分项，没有分值，未作为指标读取",
                    "\"" + name.text() + "\" is a sub-row of the indicator above, with no 分值; it is not read as an "
                            + "indicator");
            return true;
        }
        return false;
    }

    /** The target's text; split over 指标性质 / 指标值 / 度量单位 it is joined: ≥ + 120 + 万条/月 = ≥120万条/月. */
    private static String targetText(GridRow row, Map<Label, Integer> columns) {
        if (!columns.containsKey(Label.NATURE) && !columns.containsKey(Label.MEASURE_UNIT)) {
            return optionalAt(row, columns, Label.TARGET).map(GridCell::text).orElse("");
        }
        StringBuilder text = new StringBuilder();
        optionalAt(row, columns, Label.NATURE).ifPresent(c -> text.append(c.text()));
        optionalAt(row, columns, Label.TARGET).ifPresent(c -> text.append(c.text()));
        optionalAt(row, columns, Label.MEASURE_UNIT).ifPresent(c -> text.append(c.text()));
        return text.toString();
    }

    /**
     * Reads the rows that close the table, in any order: the 总分 row (a grade printed in it is read too), a
     * 评分等级 / 自评等级 row, and remark rows (其他需要说明事项, 评价结论, 存在问题, 改进措施), which the form model
     * has no place for and which are reported; moves {@link #end} past them.
     */
    private void closing(int r, Map<Label, Integer> columns, SelfEvaluation.Builder form) throws CellProblem {
        int nameColumn = columns.get(Label.LEVEL3);
        boolean totalSeen = false;
        boolean gradeSeen = false;
        for (; r < rows.size() && !hasLabel(rows.get(r), Label.PROJECT_NAME, Integer.MAX_VALUE); r++) {
            GridRow row = rows.get(r);
            if (!totalSeen && hasLabel(row, Label.TOTAL, nameColumn)) {
                totalSeen = true;
                gradeSeen |= total(row, columns, form);
            } else if (hasLabel(row, Label.REMARKS, nameColumn) || hasLabel(row, Label.MEASURES, nameColumn)) {
                GridCell label = firstCell(row);
                String text = row.cells().stream().skip(1).map(GridCell::text).collect(Collectors.joining(" "));
                notes.info("READ_REMARK_NOT_KEPT", label.address(),
                        "“" + label.text() + "”一行不属于表单模型，未保留：" + text,
                        "the row \"" + label.text() + "\" has no place in the form model and is not kept: " + text);
            } else if (!grade(row, form)) {
                break;
            } else {
                gradeSeen = true;
            }
            end = r;
            if (totalSeen && gradeSeen) {
                break;
            }
        }
        if (!totalSeen) {
            notes.guess("READ_TOTAL_MISSING", GridCell.address(rows.get(end).index() + 1, 0),
                    "未找到总分行", "no 总分 row closes the indicator table; the reported total is left blank");
        }
    }

    /** Reads the 总分 row; whether it also holds the grade (Yunnan prints 总分 100 96 优). */
    private boolean total(GridRow total, Map<Label, Integer> columns, SelfEvaluation.Builder form) throws CellProblem {
        Optional<BigDecimal> weights = Decimals.of(total.at(columns.get(Label.WEIGHT)), "总分 分值");
        Optional<BigDecimal> score = Decimals.of(optionalAt(total, columns, Label.SCORE), "总分");
        if (weights.isEmpty() && score.isEmpty()) {
            List<GridCell> numbers = numbersAfterLabel(total, Label.TOTAL);
            if (!numbers.isEmpty()) {
                notes.guess("READ_TOTAL_COLUMNS_GUESSED", total.cells().get(0).address(),
                        "总分行的数字不在分值、得分列下，按出现顺序读取",
                        "the 总分 row's numbers are not under 分值 and 得分; they are read in order");
                score = numbers.get(numbers.size() - 1).number();
                weights = numbers.size() > 1 ? numbers.get(0).number() : Optional.empty();
            }
        }
        weights.ifPresent(form::reportedWeightTotal);
        score.ifPresent(form::reportedTotal);
        if (grade(total, form)) {
            return true;
        }
        GridCell last = total.cells().get(total.cells().size() - 1);
        if (last.number().isEmpty() && GRADE_WORD.matcher(Label.normalize(last.text())).matches()) {
            form.reportedGrade(last.text());
            return true;
        }
        return false;
    }

    /** Reads a 评分等级 / 自评等级 label's value in a row; whether there was one. */
    private static boolean grade(GridRow row, SelfEvaluation.Builder form) {
        List<GridCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).is(Label.GRADE)) {
                valueRightOf(cells, i).ifPresent(c -> form.reportedGrade(c.text()));
                return true;
            }
        }
        return false;
    }

    private static List<GridCell> numbersAfterLabel(GridRow row, Label label) {
        List<GridCell> numbers = new ArrayList<>();
        boolean after = false;
        for (GridCell cell : row.cells()) {
            if (after && cell.number().isPresent()) {
                numbers.add(cell);
            }
            after |= cell.is(label);
        }
        return numbers;
    }

    // ---------------------------------------------------------------- helpers

    /** The columns of a header row, by label; the first cell with a label wins. */
    private static Map<Label, Integer> columns(GridRow row) {
        Map<Label, Integer> columns = new EnumMap<>(Label.class);
        for (GridCell cell : row.cells()) {
            cell.label().ifPresent(l -> columns.putIfAbsent(l, cell.column()));
        }
        return columns;
    }

    private static Optional<GridCell> optionalAt(GridRow row, Map<Label, Integer> columns, Label label) {
        Integer column = columns.get(label);
        return column == null ? Optional.empty() : row.at(column);
    }

    private BigDecimal required(GridRow row, int column, String what) throws CellProblem {
        return Decimals.of(row.at(column), what).orElseThrow(
                () -> new CellProblem(GridCell.address(row.index(), column), what + " is blank; expected an amount"));
    }

    private Optional<Integer> find(int from, Label label) {
        for (int r = from; r < rows.size(); r++) {
            if (hasLabel(rows.get(r), label, Integer.MAX_VALUE)) {
                return Optional.of(r);
            }
            if (r > from && label != Label.PROJECT_NAME && hasLabel(rows.get(r), Label.PROJECT_NAME, Integer.MAX_VALUE)) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<GridCell> cellWith(int r, Label label) {
        return rows.get(r).cells().stream().filter(c -> c.is(label)).findFirst();
    }

    private static boolean hasLabel(GridRow row, Label label, int maxColumn) {
        for (GridCell cell : row.cells()) {
            if (cell.column() > maxColumn) {
                return false;
            }
            if (cell.is(label)) {
                return true;
            }
        }
        return false;
    }

    private static GridCell firstCell(GridRow row) {
        return row.cells().get(0);
    }

    private CellProblem problem(int r, String reason) {
        return new CellProblem(firstCell(rows.get(r)).address(), reason);
    }

    /** A model builder's call; what it refuses (a negative 分值, a repeated name) becomes a problem at a cell. */
    private <T> T build(Supplier<T> builder, int r) throws CellProblem {
        return build(builder, firstCell(rows.get(r)));
    }

    private static <T> T build(Supplier<T> builder, GridCell at) throws CellProblem {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CellProblem(at.address(), e.getMessage());
        }
    }

    /** The indicator tree as it is read, with 一级 and 二级 labels carried down over merged cells. */
    private static final class TreeBuilder {
        private final List<Category.Builder> categories = new ArrayList<>();
        private final List<List<Subcategory.Builder>> subcategories = new ArrayList<>();
        private Subcategory.Builder current;

        void category(String label) {
            categories.add(Category.builder().label(label));
            subcategories.add(new ArrayList<>());
            current = null;
        }

        void subcategory(String label) {
            if (categories.isEmpty()) {
                return;
            }
            current = Subcategory.builder().label(label);
            subcategories.get(subcategories.size() - 1).add(current);
        }

        boolean hasCategory() {
            return !categories.isEmpty();
        }

        void add(Indicator indicator) {
            if (current == null) {
                subcategory("");
            }
            current.addIndicators(indicator);
        }

        IndicatorTree build() {
            List<Category> built = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                for (Subcategory.Builder sub : subcategories.get(i)) {
                    categories.get(i).addSubcategories(sub.build());
                }
                built.add(categories.get(i).build());
            }
            return IndicatorTree.of(built);
        }
    }
}
