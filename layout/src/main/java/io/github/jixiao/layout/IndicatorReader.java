// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the indicator table (绩效指标) and the rows that close it. The header may take one row or several (绩效指标
 * over 一级/二级/三级, 年度指标值 over 指标性质/指标值/度量单位); each column's role is the lowest header above it,
 * and spans to the next header. 一级 and 二级 labels may be merged down, repeated on every row, or written once
 * with blanks below. Rows left as the template printed them (指标1:, ……) are skipped and said so; a 二级 printed
 * with nothing under it is kept empty. Closing rows: 总分 (its 分值 and 得分 under their columns or in order after
 * the label, a grade printed in it), 评分等级, and remarks (其他需要说明事项, 注: …), each kept.
 */
final class IndicatorReader {

    /** A label, a colon and a value in one cell, the label short: {@code 自评结果：优}. */
    private static final Pattern INLINE_GRADE = Pattern.compile("\\s*([^:：]{1,12}?)\\s*[:：]\\s*(\\S.*)", Pattern.DOTALL);
    private static final Pattern POINTS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分");
    /** What separates the two levels in one cell: 产出指标-数量指标, 产出指标/数量指标, 产出指标：数量指标. */
    private static final String LEVEL_SEPARATORS = "-—－–/／·:：";
    private static final Pattern POINTS_ONLY = Pattern.compile("\\s*[（(]?\\s*[0-9.]+\\s*分\\s*[)）]?\\s*");
    private static final Pattern GRADE_WORD = Pattern.compile("优秀?|良好?|中等?|差|合格|不合格|较好|一般|较差");
    private static final int BAND_ROWS = 3;

    private final Context context;
    private final Labels labels;
    /** Whether a weight written in percent was said to be read as points (once a table). */
    private boolean percentWeightSaid;

    IndicatorReader(Context context) {
        this.context = context;
        this.labels = context.labels();
    }

    /** Whether a row heads an indicator table: it names two table columns, one of them 一级, 三级 or 年度指标值. */
    static boolean isHeader(GridRow row, Labels labels) {
        int count = 0;
        boolean key = false;
        List<GridCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            Optional<Term> term = labels.term(cells.get(i), Term.Group.INDICATOR_COLUMN);
            if (term.isPresent() && term.get() != Term.COLUMN_OTHER) {
                count++;
                Term t = term.get();
                key |= t == Term.COLUMN_LEVEL1 || t == Term.COLUMN_LEVEL3 || t == Term.COLUMN_TARGET;
            }
        }
        return count >= 2 && key;
    }

    /** Reads the table whose header starts at {@code rows.get(start)}, and the closing rows after it. */
    void read(List<GridRow> rows, int start, SelfEvaluation.Builder form) {
        int end = bandEnd(rows, start);
        Header header = header(rows, start, end);
        IndicatorTree.Builder tree = IndicatorTree.builder();
        header.section().ifPresent(section -> {
            Matcher points = POINTS.matcher(section.text());
            if (points.find()) {
                tree.printedPoints(new BigDecimal(points.group(1))).putOrigins(Field.POINTS, context.at(section));
            }
        });
        Columns columns = header.columns();
        Optional<Columns.Column> names = columns.of(Term.COLUMN_LEVEL3).or(() -> columns.of(Term.COLUMN_LEVEL2));
        if (names.isEmpty()) {
            context.warn("READ_NAME_COLUMN_MISSING", context.at(rows.get(start).cells().get(0)),
                    "指标表没有“三级指标”列，指标未读取", "the indicator table has no 三级指标 column; no indicator is read");
            form.indicators(tree.build());
            closing(rows, end, columns, -1, form);
            return;
        }
        if (!columns.has(Term.COLUMN_WEIGHT)) {
            context.info("READ_NO_WEIGHT_COLUMN", context.at(header.first()),
                    "指标表没有“分值”列，各指标分值为空（评分时按一级指标标注的分值平均分配，如有）",
                    "the indicator table has no 分值 column; the rows' weights are blank (scoring shares a 一级's printed "
                            + "points among its rows where it prints them)");
        }
        for (Columns.Column column : columns.all()) {
            if (column.term() == null) {
                context.info("READ_COLUMN_KEPT", context.at(column.header()), "“" + column.header().text()
                        + "”列不在词表中，按原样保留在各指标的其他列中", "the column \"" + Finding.echo(column.header().text())
                        + "\" is not in the vocabulary; its cells are kept as each row's other values");
            }
        }
        int limit = columns.of(Term.COLUMN_LEVEL1).orElse(names.get()).start();
        Tree built = new Tree(names.get() != columns.of(Term.COLUMN_LEVEL3).orElse(null));
        int r = end + 1;
        for (; r < rows.size() && !closes(rows.get(r), limit); r++) {
            if (repeatsHeader(rows.get(r), names.get())) {
                GridCell first = rows.get(r).cells().get(0);
                context.info("READ_HEADER_REPEATED", context.at(first), "指标表头在表中再次出现（如分页时重复的标题行），已跳过",
                        "the indicator table's header is printed again within the table (as a page break repeats "
                                + "title rows); the row is skipped");
                continue;
            }
            row(rows.get(r), columns, names.get(), built);
        }
        form.indicators(tree.categories(built.build()).build());
        closing(rows, r, columns, limit, form);
    }

    /** The last row of the header band: the row naming most columns, and the header rows just above and below it. */
    private int bandEnd(List<GridRow> rows, int start) {
        int best = start;
        int bestCount = count(rows.get(start));
        for (int i = start + 1; i < Math.min(rows.size(), start + BAND_ROWS); i++) {
            int count = count(rows.get(i));
            if (count > bestCount && noNumbers(rows.get(i))) {
                best = i;
                bestCount = count;
            }
        }
        int end = best;
        while (end + 1 < rows.size() && end + 1 < start + BAND_ROWS && count(rows.get(end + 1)) > 0
                && noNumbers(rows.get(end + 1)) && rows.get(end + 1).index() == rows.get(end).index() + 1) {
            end++;
        }
        return end;
    }

    private int count(GridRow row) {
        int n = 0;
        for (GridCell cell : row.cells()) {
            if (labels.term(cell, Term.Group.INDICATOR_COLUMN).isPresent()) {
                n++;
            }
        }
        return n;
    }

    private static boolean noNumbers(GridRow row) {
        for (GridCell cell : row.cells()) {
            if (cell.number().isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The header band's columns, each from the lowest header cell above it; a section label left of them aside. */
    private Header header(List<GridRow> rows, int start, int end) {
        Map<Integer, GridCell> lowest = new TreeMap<>();
        for (int i = start; i <= end; i++) {
            for (GridCell cell : rows.get(i).cells()) {
                lowest.put(cell.column(), cell);
            }
        }
        List<GridCell> cells = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        GridCell section = null;
        for (GridCell cell : lowest.values()) {
            Optional<Term> term = labels.term(cell, Term.Group.INDICATOR_COLUMN);
            if (term.isEmpty() && cells.isEmpty() && (labels.isAny(cell, Term.Group.INDICATORS_TITLE)
                    || cell.number().isPresent() || isPointsOnly(cell.text()))) {
                section = labels.isAny(cell, Term.Group.INDICATORS_TITLE) ? cell : section;
                continue;
            }
            if (term.isEmpty() && cells.isEmpty()) {
                section = cell; // a section label the vocabulary does not know, left of the table
                continue;
            }
            if (term.orElse(null) == Term.COLUMN_COMPUTED) {
                context.passOver(cell.column());
            }
            cells.add(cell);
            terms.add(term.orElse(null));
        }
        // an upper-row section label (绩效指标 over 一级…三级) left of the band's lowest cells
        for (int i = start; i <= end && section == null; i++) {
            for (GridCell cell : rows.get(i).cells()) {
                if (labels.isAny(cell, Term.Group.INDICATORS_TITLE)) {
                    section = cell;
                    break;
                }
            }
        }
        return new Header(Columns.of(cells, terms, context.region().right()), Optional.ofNullable(section),
                rows.get(start).cells().get(0));
    }

    private static boolean isPointsOnly(String text) {
        return POINTS_ONLY.matcher(text).matches();
    }

    /** Whether a row is the header again: its 三级指标 cell a column name, and the row a header. */
    private boolean repeatsHeader(GridRow row, Columns.Column names) {
        Optional<GridCell> name = names.cell(row);
        return name.isPresent() && labels.term(name.get(), Term.Group.INDICATOR_COLUMN).isPresent()
                && isHeader(row, labels);
    }

    /** Whether a row closes the table: a 总分, 评分等级 or remark label at or left of the 一级 column. */
    private boolean closes(GridRow row, int limit) {
        GridCell first = row.cells().get(0);
        return first.column() <= limit && labels.isAny(first, Term.Group.CLOSING);
    }

    private void row(GridRow row, Columns columns, Columns.Column names, Tree tree) {
        Optional<GridCell> level1 = columns.cell(row, Term.COLUMN_LEVEL1);
        Optional<GridCell> level2 = tree.namesInLevel2 ? Optional.empty() : columns.cell(row, Term.COLUMN_LEVEL2);
        Optional<GridCell> name = names.cell(row);
        Optional<GridCell> subtotal = isSubtotal(level1) ? level1 : isSubtotal(level2) ? level2
                : isSubtotal(name) ? name : Optional.empty();
        if (subtotal.isPresent()) {
            context.info("READ_SUBTOTAL_ROW", context.at(subtotal.get()), "小计行“" + subtotal.get().text()
                    + "”不是指标，已跳过", "the subtotal row \"" + Finding.echo(subtotal.get().text())
                    + "\" is not an indicator; it is skipped (its points are not counted again)");
            return;
        }
        String[] levels = level1.isPresent() && !columns.has(Term.COLUMN_LEVEL2) ? bothLevels(level1.get()) : null;
        if (levels != null) {
            GridCell cell = level1.get();
            tree.category(levels[0], Vocabulary.normalize(levels[0]), context.at(cell));
            if (tree.subcategory(levels[1], Vocabulary.normalize(levels[1]), context.at(cell), cell.row(), context)) {
                context.info("READ_LEVELS_SPLIT", context.at(cell), "“" + cell.text() + "”同时写了一级和二级指标，按一级“"
                        + levels[0] + "”、二级“" + levels[1] + "”读取", "\"" + Finding.echo(cell.text()) + "\" names both "
                        + "levels; it is read as the 一级指标 \"" + Finding.echo(levels[0]) + "\" and the 二级指标 \""
                        + Finding.echo(levels[1]) + "\"");
            }
        } else if (level1.isPresent()) {
            GridCell cell = level1.get();
            if (tree.category(cell.text(), labels.normalized(cell), context.at(cell)) && isPointsOnly(cell.text())) {
                context.warn("READ_LEVEL1_UNNAMED", context.at(cell), "一级指标只写了分值“" + cell.text() + "”，没有名称，按原文保留",
                        "the 一级指标 is only its points \"" + Finding.echo(cell.text()) + "\", with no name; it is kept "
                                + "as printed (its kind is taken from its 二级指标)");
            }
        }
        level2.ifPresent(cell -> tree.subcategory(cell.text(), labels.normalized(cell), context.at(cell), cell.row(),
                context));
        String target = targetText(row, columns);
        Optional<GridCell> actual = columns.cell(row, Term.COLUMN_ACTUAL);
        Optional<GridCell> weight = columns.cell(row, Term.COLUMN_WEIGHT);
        Optional<GridCell> score = columns.cell(row, Term.COLUMN_SCORE);
        String note = note(row, columns);
        Map<String, String> others = Map.of();
        for (Columns.Column column : columns.others()) {
            String text = column.text(row);
            if (!text.isEmpty()) {
                others = others.isEmpty() ? new LinkedHashMap<>() : others;
                others.put(column.header().text(), text);
            }
        }
        boolean values = !target.isBlank() || actual.isPresent() || weight.isPresent() || score.isPresent()
                || !note.isBlank() || !others.isEmpty();
        if (name.isEmpty() && !values) {
            return;
        }
        if (name.isEmpty() && target.isBlank() && actual.isEmpty() && note.isBlank() && others.isEmpty()
                && (weight.isPresent() || score.isPresent()) && (level1.isPresent() || level2.isPresent())) {
            groupPoints(level2.orElseGet(level1::get), weight, score);
            return;
        }
        boolean unfilled = !values || onlyPlaceholders(target, actual, weight, score, note, others);
        if (unfilled && name.isPresent() && (labels.isAny(name.get(), Term.Group.TEMPLATE_ROW)
                || values && labels.isPlaceholder(name.get()))) {
            context.info("READ_TEMPLATE_ROW", context.at(name.get()), "模板占位行“" + name.get().text() + "”未填写，已跳过",
                    "the template row \"" + Finding.echo(name.get().text()) + "\" is not filled in; it is skipped");
            return;
        }
        Indicator.Builder indicator = Indicator.builder().name(name.map(GridCell::text).orElse(""))
                .target(Target.parse(target)).actual(Actual.parse(actual.map(GridCell::text).orElse("")))
                .putAllOtherValues(others);
        if (!note.isEmpty()) {
            indicator.deviationNote(note);
        }
        cite(indicator, Field.NAME, name, row, names);
        cite(indicator, Field.TARGET, columns.cell(row, Term.COLUMN_TARGET), row,
                columns.of(Term.COLUMN_TARGET).orElse(null));
        cite(indicator, Field.ACTUAL, actual, row, columns.of(Term.COLUMN_ACTUAL).orElse(null));
        cite(indicator, Field.NOTE, columns.cell(row, Term.COLUMN_NOTE), row, columns.of(Term.COLUMN_NOTE).orElse(null));
        points(weight, row, columns.of(Term.COLUMN_WEIGHT).orElse(null), Field.WEIGHT, indicator::weight, indicator);
        points(score, row, columns.of(Term.COLUMN_SCORE).orElse(null), Field.SCORE, indicator::reportedScore, indicator);
        if (name.isEmpty()) {
            context.warn("READ_NAME_BLANK", context.at(row.index(), names.start()), "三级指标名称为空，按空白读取该行",
                    "the 三级指标 is blank on a row with values; the row is read with a blank name");
        }
        tree.add(indicator.build(), row, context);
    }

    /**
     * A row of a 一级 or 二级 label with its group's 分值 and 得分 and no indicator of its own (some templates print
     * each group's points on a row above its indicators): not an indicator, whose points would count twice; the
     * points are said at the label.
     */
    private void groupPoints(GridCell label, Optional<GridCell> weight, Optional<GridCell> score) {
        String printed = weight.map(c -> "分值 " + c.text()).orElse("")
                + (weight.isPresent() && score.isPresent() ? "、" : "") + score.map(c -> "得分 " + c.text()).orElse("");
        String printedEn = weight.map(c -> "分值 " + Finding.echo(c.text())).orElse("")
                + (weight.isPresent() && score.isPresent() ? " and " : "")
                + score.map(c -> "得分 " + Finding.echo(c.text())).orElse("");
        context.info("READ_GROUP_POINTS_ROW", context.at(label), "“" + label.text() + "”一行只写了本组的" + printed
                + "，不是指标，不再计入", "the row of \"" + Finding.echo(label.text()) + "\" prints only its group's "
                + printedEn + "; it is not an indicator, and its points are not counted again");
    }

    /**
     * A 指标类别 cell naming both levels ({@code 产出指标-数量指标}, in a table without a 二级 column): the 一级 and 二级
     * labels either side of its first dash, slash, dot or colon, when the vocabulary knows both; else null.
     */
    private String[] bothLevels(GridCell cell) {
        String text = cell.text();
        for (int i = 1; i < text.length(); i++) {
            if (LEVEL_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                int after = i;
                while (after < text.length() && LEVEL_SEPARATORS.indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
                String first = text.substring(0, i).strip();
                String second = text.substring(after).strip();
                return labels.termOf(first, Term.Group.CATEGORY).isPresent()
                        && labels.termOf(second, Term.Group.SUBCATEGORY).isPresent() ? new String[] {first, second} : null;
            }
        }
        return null;
    }

    private boolean isSubtotal(Optional<GridCell> label) {
        return label.isPresent() && labels.is(label.get(), Term.SUBTOTAL_ROW);
    }

    /** Whether every value of a row is blank or a placeholder (—, /, 无): a template row left as printed. */
    private boolean onlyPlaceholders(String target, Optional<GridCell> actual, Optional<GridCell> weight,
            Optional<GridCell> score, String note, Map<String, String> others) {
        return isBlankOrPlaceholder(actual) && isBlankOrPlaceholder(weight) && isBlankOrPlaceholder(score)
                && isBlankOrPlaceholder(target) && isBlankOrPlaceholder(note)
                && others.values().stream().allMatch(text -> labels.termOf(text, Term.Group.PLACEHOLDER).isPresent());
    }

    private boolean isBlankOrPlaceholder(Optional<GridCell> cell) {
        return cell.isEmpty() || labels.isPlaceholder(cell.get());
    }

    private boolean isBlankOrPlaceholder(String text) {
        return text.isBlank() || labels.termOf(text, Term.Group.PLACEHOLDER).isPresent();
    }

    /** The target's text; split over 指标性质 / 指标值 / 度量单位 it is joined: ≥ + 120 + 万条/月 = ≥120万条/月. */
    private static String targetText(GridRow row, Columns columns) {
        String value = columns.of(Term.COLUMN_TARGET).map(c -> c.text(row)).orElse("");
        if (!columns.has(Term.COLUMN_NATURE) && !columns.has(Term.COLUMN_MEASURE_UNIT)) {
            return value;
        }
        String nature = columns.of(Term.COLUMN_NATURE).map(c -> c.text(row)).orElse("");
        String unit = columns.of(Term.COLUMN_MEASURE_UNIT).map(c -> c.text(row)).orElse("");
        return nature.strip() + value + unit.strip();
    }

    private static String note(GridRow row, Columns columns) {
        String note = columns.of(Term.COLUMN_NOTE).map(c -> c.text(row)).orElse("");
        String measures = columns.of(Term.COLUMN_MEASURES).map(c -> c.text(row)).orElse("");
        return measures.isEmpty() ? note : note.isEmpty() ? measures : note + "\n" + measures;
    }

    private void cite(Indicator.Builder indicator, Field field, Optional<GridCell> cell, GridRow row,
            Columns.Column column) {
        if (cell.isPresent()) {
            indicator.putOrigins(field, context.at(cell.get()));
        } else if (column != null) {
            indicator.putOrigins(field, context.at(row.index(), column.start()));
        }
    }

    /** A 分值 or 得分: a number, or blank; a placeholder is blank, other text is kept under its header. */
    private void points(Optional<GridCell> cell, GridRow row, Columns.Column column, Field field,
            Consumer<BigDecimal> set, Indicator.Builder indicator) {
        cite(indicator, field, cell, row, column);
        if (cell.isEmpty()) {
            return;
        }
        Optional<BigDecimal> number = field == Field.WEIGHT ? weight(cell.get()) : Numbers.of(cell.get());
        if (number.isPresent() && (number.get().signum() >= 0 || field == Field.SCORE)) {
            set.accept(number.get());
        } else if (!labels.isPlaceholder(cell.get())) {
            indicator.putOtherValues(column.header().text(), cell.get().text());
            context.warn("READ_POINTS_UNREADABLE", context.at(cell.get()), field.label() + "“" + cell.get().text()
                    + "”不是非负数值，按原样保留在其他列中", "the " + field.label() + " \"" + Finding.echo(cell.get().text())
                    + "\" is not a number of points; it is kept as printed among the row's other values");
        }
    }

    /**
     * A 分值 or 权重 cell's points. A weight written in percent ({@code 15%}, or 0.15 shown as 15%) is that share of
     * the form's 100 points, 15; the first such weight of a table says so at its cell.
     */
    private Optional<BigDecimal> weight(GridCell cell) {
        if (!Numbers.isPercent(cell.text().strip())) {
            return Numbers.of(cell);
        }
        Optional<BigDecimal> percent = Numbers.percentShown(cell);
        if (percent.isPresent() && !percentWeightSaid) {
            percentWeightSaid = true;
            context.info("READ_WEIGHT_PERCENT", context.at(cell), "分值以百分数填写（“" + cell.text()
                    + "”），按总分 100 分读作 " + percent.get().toPlainString() + " 分，本表其余百分数分值同样读取",
                    "the weight is written in percent (\"" + Finding.echo(cell.text()) + "\"); it is read as that share "
                            + "of the form's 100 points, " + percent.get().toPlainString() + ", and so is every weight "
                            + "in percent in this table");
        }
        return percent;
    }

    /** Reads the rows after the table: 总分, 评分等级 and remarks, all kept. */
    private void closing(List<GridRow> rows, int from, Columns columns, int limit, SelfEvaluation.Builder form) {
        boolean total = false;
        boolean grade = false;
        for (int r = from; r < rows.size(); r++) {
            GridRow row = withoutPassedOver(rows.get(r));
            GridCell first = row.cells().get(0);
            if (!total && labels.is(first, Term.CLOSING_TOTAL)) {
                total = true;
                grade |= total(row, columns, form);
            } else if (!grade && hasGrade(row)) {
                grade = grade(row, form);
            } else {
                StringBuilder text = new StringBuilder();
                for (GridCell cell : row.cells().subList(1, row.cells().size())) {
                    text.append(text.length() > 0 ? " " : "").append(cell.text());
                }
                form.addRemarks(Remark.of(first.text(), text.toString(), context.at(first)));
            }
        }
        if (!total) {
            int after = from < rows.size() ? rows.get(from).index() : rows.isEmpty() ? 0
                    : rows.get(rows.size() - 1).index() + 1;
            context.warn("READ_TOTAL_MISSING", context.at(after, context.region().left()),
                    "未找到总分行，表格可能不完整", "no 总分 row closes the indicator table (the form may be cut short); the "
                            + "reported total is blank");
        }
    }

    /**
     * A closing row without its cells in the columns a reviewer added beside the form (jixiao's 核算 columns, whose
     * formulas compute a total and a grade the form does not print); the row's label is kept whatever its column.
     */
    private GridRow withoutPassedOver(GridRow row) {
        List<GridCell> kept = new ArrayList<>(row.cells().size());
        for (GridCell cell : row.cells()) {
            if (kept.isEmpty() || !context.isPassedOver(cell.column())) {
                kept.add(cell);
            }
        }
        return kept.size() == row.cells().size() ? row : new GridRow(row.index(), kept);
    }

    private boolean hasGrade(GridRow row) {
        for (GridCell cell : row.cells()) {
            if (labels.is(cell, Term.CLOSING_GRADE) || inlineGrade(cell).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The grade after a 评分等级 label in the label's own cell: {@code 自评结果：优}, {@code 自评等级: 良好}. */
    private Optional<String> inlineGrade(GridCell cell) {
        Matcher inline = INLINE_GRADE.matcher(cell.text());
        return cell.number().isEmpty() && inline.matches()
                && labels.termOf(inline.group(1), Term.Group.CLOSING).orElse(null) == Term.CLOSING_GRADE
                ? Optional.of(inline.group(2).strip()) : Optional.empty();
    }

    /** Reads a 评分等级 label's value in a row; whether there was one. */
    private boolean grade(GridRow row, SelfEvaluation.Builder form) {
        List<GridCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (labels.is(cells.get(i), Term.CLOSING_GRADE)) {
                if (i + 1 < cells.size()) {
                    form.reportedGrade(cells.get(i + 1).text()).putOrigins(Field.GRADE, context.at(cells.get(i + 1)));
                } else {
                    form.putOrigins(Field.GRADE, context.at(cells.get(i)));
                }
                return true;
            }
            Optional<String> inline = inlineGrade(cells.get(i));
            if (inline.isPresent()) {
                form.reportedGrade(inline.get()).putOrigins(Field.GRADE, context.at(cells.get(i)));
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the 总分 row: 分值 and 得分 under their columns, else the numbers after the label in order (the last is
     * the 得分); the points in the label ({@code 总分(100分)}) when no 分值 is printed; a grade in the row. Whether
     * the row held the grade.
     */
    private boolean total(GridRow row, Columns columns, SelfEvaluation.Builder form) {
        GridCell label = row.cells().get(0);
        form.putOrigins(Field.TOTAL, context.at(label));
        Optional<GridCell> weights = columns.cell(row, Term.COLUMN_WEIGHT).filter(c -> c.column() > label.column());
        Optional<GridCell> score = columns.cell(row, Term.COLUMN_SCORE).filter(c -> c.column() > label.column());
        List<GridCell> numbers = new ArrayList<>();
        for (GridCell cell : row.cells().subList(1, row.cells().size())) {
            if (Numbers.of(cell).isPresent()) {
                numbers.add(cell);
            }
        }
        if (weights.flatMap(this::weight).isEmpty() && score.flatMap(Numbers::of).isEmpty() && !numbers.isEmpty()) {
            score = Optional.of(numbers.get(numbers.size() - 1));
            weights = numbers.size() > 1 ? Optional.of(numbers.get(0)) : Optional.empty();
        }
        weights.ifPresent(cell -> weight(cell).ifPresent(n -> form.reportedWeightTotal(n)
                .putOrigins(Field.WEIGHT_TOTAL, context.at(cell))));
        score.ifPresent(cell -> Numbers.of(cell).ifPresent(n -> form.reportedTotal(n)
                .putOrigins(Field.TOTAL, context.at(cell))));
        if (weights.flatMap(this::weight).isEmpty()) {
            Matcher points = POINTS.matcher(label.text());
            if (points.find()) {
                form.reportedWeightTotal(new BigDecimal(points.group(1))).putOrigins(Field.WEIGHT_TOTAL, context.at(label));
            }
        }
        if (grade(row, form)) {
            return true;
        }
        GridCell last = row.cells().get(row.cells().size() - 1);
        if (last != label && last.number().isEmpty() && GRADE_WORD.matcher(last.text().strip()).matches()) {
            form.reportedGrade(last.text()).putOrigins(Field.GRADE, context.at(last));
            return true;
        }
        return false;
    }

    /** The header band's columns, the section label left of them, and the band's first cell. */
    private record Header(Columns columns, Optional<GridCell> section, GridCell first) {
    }

    /** The tree as it is read: 一级 and 二级 groups opened when their label changes, carried down otherwise. */
    private static final class Tree {
        private final boolean namesInLevel2;
        private final List<Category.Builder> categories = new ArrayList<>();
        private final List<List<Subcategory.Builder>> subcategories = new ArrayList<>();
        private String category;
        private String subcategory;
        private Subcategory.Builder current;

        Tree(boolean namesInLevel2) {
            this.namesInLevel2 = namesInLevel2;
        }

        /** Opens a 一级 group unless the label repeats the current one; whether one was opened. */
        boolean category(String label, String normalized, Origin at) {
            if (normalized.equals(category)) {
                return false;
            }
            category = normalized;
            subcategory = null;
            current = null;
            categories.add(Category.builder().label(label).putOrigins(Field.LABEL, at));
            subcategories.add(new ArrayList<>());
            return true;
        }

        /** Opens a 二级 group unless the label repeats the current one; whether one was opened. */
        boolean subcategory(String label, String normalized, Origin at, int row, Context context) {
            if (categories.isEmpty()) {
                unnamedCategory(row, context);
            }
            if (normalized.equals(subcategory) && current != null) {
                return false;
            }
            subcategory = normalized;
            current = Subcategory.builder().label(label).putOrigins(Field.LABEL, at);
            subcategories.get(subcategories.size() - 1).add(current);
            return true;
        }

        void add(Indicator indicator, GridRow row, Context context) {
            if (categories.isEmpty()) {
                unnamedCategory(row.index(), context);
            }
            if (current == null) {
                current = Subcategory.builder().label("");
                subcategories.get(subcategories.size() - 1).add(current);
            }
            current.addIndicators(indicator);
        }

        private void unnamedCategory(int row, Context context) {
            Origin at = context.at(row, context.region().left());
            context.warn("READ_LEVEL1_BLANK", at, "第一个指标之上没有一级指标，按空白一级指标读取",
                    "no 一级指标 is printed above the first indicator; it is read under a blank 一级指标");
            category = "";
            categories.add(Category.builder().label(""));
            subcategories.add(new ArrayList<>());
        }

        List<Category> build() {
            List<Category> built = new ArrayList<>(categories.size());
            for (int i = 0; i < categories.size(); i++) {
                for (Subcategory.Builder sub : subcategories.get(i)) {
                    categories.get(i).addSubcategories(sub.build());
                }
                built.add(categories.get(i).build());
            }
            return built;
        }
    }
}
