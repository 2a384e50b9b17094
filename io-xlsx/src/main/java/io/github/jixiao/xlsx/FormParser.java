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

/**
 * Reads one form from a sheet grid, starting at its 项目名称 row, by its labels: the header fields, the
 * 项目资金 block (unit from its header, columns mapped by the header row), the 年度总体目标, the indicator table
 * (columns mapped by its header row; merged 一级 / 二级 labels carried down; 指标性质 / 指标值 / 度量单位
 * split over three columns joined into one text), the 总分 row and the 评分等级 row.
 */
final class FormParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final BigDecimal DEFAULT_EXECUTION_WEIGHT = BigDecimal.TEN;
    private static final List<Label> HEADER_FIELDS = List.of(Label.PROJECT_NAME, Label.PROJECT_CODE,
            Label.DEPARTMENT, Label.IMPLEMENTING_UNIT, Label.LEAD, Label.PHONE, Label.PROJECT_AMOUNT);

    private final List<GridRow> rows;
    private final int floor;
    private final int start;
    private final ReadNotes notes;
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
        Project.Builder project = Project.builder().name(fields.getOrDefault(Label.PROJECT_NAME, ""));
        project.department(fields.getOrDefault(Label.DEPARTMENT, ""));
        project.implementingUnit(fields.getOrDefault(Label.IMPLEMENTING_UNIT, ""));
        Optional.ofNullable(fields.get(Label.PROJECT_CODE)).ifPresent(project::code);
        Optional.ofNullable(fields.get(Label.LEAD)).ifPresent(project::lead);
        Optional.ofNullable(fields.get(Label.PHONE)).ifPresent(project::phone);
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

    private Map<Label, String> headerFields(int fundingRow) {
        Map<Label, String> fields = new EnumMap<>(Label.class);
        for (int r = start; r < fundingRow; r++) {
            List<GridCell> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                Optional<Label> label = cells.get(i).label();
                if (label.isPresent() && HEADER_FIELDS.contains(label.get()) && !fields.containsKey(label.get())) {
                    fields.put(label.get(), valueRightOf(cells, i).map(GridCell::text).orElse(""));
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
            throw problem(headerRow, "the indicator header has no 分值 column");
        }
        TreeBuilder tree = new TreeBuilder();
        int r = first;
        for (; r < rows.size(); r++) {
            GridRow row = rows.get(r);
            if (hasLabel(row, Label.TOTAL, nameColumn) || hasLabel(row, Label.GRADE, nameColumn)
                    || hasLabel(row, Label.PROJECT_NAME, Integer.MAX_VALUE)) {
                break;
            }
            indicatorRow(row, columns, tree);
        }
        end = r - 1;
        closing(r, columns, form);
        return build(() -> tree.build(), headerRow);
    }

    private void indicatorRow(GridRow row, Map<Label, Integer> columns, TreeBuilder tree) throws CellProblem {
        Optional<GridCell> level1 = optionalAt(row, columns, Label.LEVEL1);
        Optional<GridCell> level2 = optionalAt(row, columns, Label.LEVEL2);
        Optional<GridCell> name = row.at(columns.get(Label.LEVEL3));
        Optional<GridCell> weightCell = row.at(columns.get(Label.WEIGHT));
        level1.ifPresent(c -> tree.category(c.text()));
        level2.ifPresent(c -> tree.subcategory(c.text()));
        if (name.isEmpty()) {
            if (weightCell.isPresent()) {
                throw new CellProblem(GridCell.address(row.index(), columns.get(Label.LEVEL3)),
                        "三级指标 is blank on a row with a 分值; expected the indicator's name");
            }
            return;
        }
        if (!tree.hasCategory()) {
            throw new CellProblem(name.get().address(), "三级指标 " + name.get().text() + " has no 一级指标 above it");
        }
        BigDecimal weight = Decimals.of(weightCell, "分值 of " + name.get().text())
                .orElseThrow(() -> new CellProblem(GridCell.address(row.index(), columns.get(Label.WEIGHT)),
                        "分值 of " + name.get().text() + " is blank; expected the indicator's weight"));
        Indicator.Builder indicator = Indicator.builder().name(name.get().text()).weight(weight)
                .target(Target.parse(targetText(row, columns)))
                .actual(Actual.parse(optionalAt(row, columns, Label.ACTUAL).map(GridCell::text).orElse("")));
        Decimals.of(optionalAt(row, columns, Label.SCORE), "得分 of " + name.get().text())
                .ifPresent(indicator::reportedScore);
        optionalAt(row, columns, Label.NOTE).ifPresent(c -> indicator.deviationNote(c.text()));
        tree.add(build(indicator::build, name.get()));
    }

    /** The target's text; split over 指标性质 / 指标值 / 度量单位 it is joined: ≥ + 120 + 万条/月 = ≥120万条/月. */
    private static String targetText(GridRow row, Map<Label, Integer> columns) {
        StringBuilder text = new StringBuilder();
        optionalAt(row, columns, Label.NATURE).ifPresent(c -> text.append(c.text()));
        optionalAt(row, columns, Label.TARGET).ifPresent(c -> text.append(c.text()));
        optionalAt(row, columns, Label.MEASURE_UNIT).ifPresent(c -> text.append(c.text()));
        return text.toString();
    }

    /** Reads the 总分 row and a 评分等级 row beside or right after it; moves {@link #end} past them. */
    private void closing(int r, Map<Label, Integer> columns, SelfEvaluation.Builder form) throws CellProblem {
        if (r >= rows.size() || !hasLabel(rows.get(r), Label.TOTAL, columns.get(Label.LEVEL3))) {
            notes.guess("READ_TOTAL_MISSING", GridCell.address(rows.get(end).index() + 1, 0),
                    "未找到总分行", "no 总分 row closes the indicator table; the reported total is left blank");
        } else {
            GridRow total = rows.get(r);
            end = r;
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
        }
        for (int g = Math.max(r, 0); g < Math.min(rows.size(), r + 2); g++) {
            List<GridCell> cells = rows.get(g).cells();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).is(Label.GRADE)) {
                    valueRightOf(cells, i).ifPresent(c -> form.reportedGrade(c.text()));
                    end = Math.max(end, g);
                    return;
                }
            }
        }
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
