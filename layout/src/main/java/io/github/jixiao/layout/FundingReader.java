// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.vocabulary.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the funding block (项目资金): its title (项目资金（万元）, 资金情况(万元), 预算执行情况(万元)(20分)), the
 * header row that names the columns (年初预算数, 全年预算数 or 预算数(A), 全年执行数 or 执行数(B), 分值, 执行率, 得分,
 * in any order), and one line per row below. Blank and placeholder amounts are left empty; the unit comes from
 * the title, a column header, a unit field, or is guessed (said so).
 */
final class FundingReader {

    private static final Pattern POINTS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分");
    private static final int HEADER_ROWS = 3;
    /** The largest bare 执行率 read as a fraction: above it, 3 is 3 %, not 300 %. */
    private static final BigDecimal LARGEST_FRACTION = BigDecimal.valueOf(2);

    private final Context context;
    private final Labels labels;

    FundingReader(Context context) {
        this.context = context;
        this.labels = context.labels();
    }

    /** Reads the block's rows (its title or header first); {@code headerUnit} is a unit named above it. */
    Funding read(List<GridRow> rows, Optional<AmountUnit> headerUnit) {
        GridCell title = null;
        for (GridRow row : rows.subList(0, Math.min(2, rows.size()))) {
            for (GridCell cell : row.cells()) {
                if (title == null && labels.isAny(cell, Term.Group.FUNDING_TITLE)) {
                    title = cell;
                }
            }
        }
        int headerIndex = headerRow(rows);
        Funding.Builder funding = Funding.builder();
        if (title != null) {
            funding.putOrigins(Field.LABEL, context.at(title));
            Matcher points = POINTS.matcher(title.text());
            if (points.find()) {
                funding.printedPoints(new BigDecimal(points.group(1))).putOrigins(Field.POINTS, context.at(title));
            }
        }
        GridCell anchor = title != null ? title : rows.get(0).cells().get(0);
        if (headerIndex < 0) {
            context.warn("READ_FUNDING_COLUMNS_MISSING", context.at(anchor), "项目资金表头没有预算数、执行数列，资金未读取",
                    "the funding block names no budget or executed column; no amounts are read");
            return funding.unit(headerUnit.orElse(AmountUnit.TEN_THOUSAND_YUAN)).build();
        }
        int headerEnd = headerEnd(rows, headerIndex);
        Columns columns = columns(rows.subList(headerIndex, headerEnd + 1));
        if (title == null || !POINTS.matcher(title.text()).find()) {
            // the weight printed in the score's header instead: 得分(20分*执行率)
            columns.of(Term.COLUMN_SCORE).map(Columns.Column::header).ifPresent(score -> {
                Matcher points = POINTS.matcher(score.text());
                if (!columns.has(Term.COLUMN_WEIGHT) && points.find()) {
                    funding.printedPoints(new BigDecimal(points.group(1))).putOrigins(Field.POINTS, context.at(score));
                }
            });
        }
        AmountUnit unit = unit(title, rows.get(headerIndex), headerUnit, anchor,
                rows.subList(headerEnd + 1, rows.size()), columns);
        funding.unit(unit);
        int firstColumn = columns.all().get(0).start();
        List<Line> lines = new ArrayList<>();
        RateRow rateRow = null;
        for (GridRow row : rows.subList(headerEnd + 1, rows.size())) {
            RateRow rates = rateRow == null ? rateRow(row, firstColumn) : null;
            if (rates != null) {
                rateRow = rates;
                continue;
            }
            Line line = line(row, columns, firstColumn, title, unit);
            if (line != null) {
                lines.add(line);
            }
        }
        Line total = total(lines);
        RateRow below = rateRow == null ? new RateRow(Optional.empty(), Optional.empty(), Optional.empty()) : rateRow;
        for (Line line : lines) {
            if (line == total) {
                Optional<GridCell> weight = line.weight.or(() -> below.weight);
                Optional<GridCell> score = line.score.or(() -> below.score);
                funding.total(withRate(line.source, below));
                weight.ifPresent(w -> number(w, "分值", funding::weight, Field.WEIGHT, funding));
                score.ifPresent(s -> number(s, "得分", funding::reportedScore, Field.SCORE, funding));
            } else {
                funding.addSources(line.source);
            }
        }
        return funding.build();
    }

    /**
     * A row below the lines that prints the execution rate, weight and score instead of columns of them
     * ({@code 预算执行率 | 97.24% | 分值 | 10 | 得分 | 9.72}): its label a 执行率 and, after it, the rate, and each
     * number after 分值 or 得分 that one.
     */
    private record RateRow(Optional<GridCell> rate, Optional<GridCell> weight, Optional<GridCell> score) {
    }

    /** The row as a {@link RateRow}, or null when its label (left of the block's columns) is no 执行率. */
    private RateRow rateRow(GridRow row, int firstColumn) {
        List<GridCell> cells = row.cells();
        int label = -1;
        for (int i = 0; i < cells.size() && cells.get(i).column() < firstColumn; i++) {
            label = cells.get(i).number().isEmpty() ? i : label;
        }
        if (label < 0 || !labels.is(cells.get(label), Term.COLUMN_RATE)) {
            return null;
        }
        Optional<GridCell> rate = Optional.empty();
        Optional<GridCell> weight = Optional.empty();
        Optional<GridCell> score = Optional.empty();
        Term before = null;
        for (GridCell cell : cells.subList(label + 1, cells.size())) {
            Term term = cell.number().isEmpty() ? columnTerm(cell) : null;
            if (term == Term.COLUMN_WEIGHT || term == Term.COLUMN_SCORE) {
                before = term;
                continue;
            }
            if (before == Term.COLUMN_WEIGHT) {
                weight = Optional.of(cell);
            } else if (before == Term.COLUMN_SCORE) {
                score = Optional.of(cell);
            } else if (rate.isEmpty()) {
                rate = Optional.of(cell);
            }
            before = null;
        }
        return new RateRow(rate, weight, score);
    }

    /** The total line with the rate of a rate row, where the line has none of its own. */
    private FundingSource withRate(FundingSource total, RateRow row) {
        if (row.rate.isEmpty() || total.reportedRate().isPresent() || total.origins().containsKey(Field.RATE)) {
            return total;
        }
        GridCell cell = row.rate.get();
        Optional<Quantity> rate = rate(cell, false);
        return rate.isEmpty() ? total : FundingSource.builder().from(total).reportedRate(rate.get())
                .putOrigins(Field.RATE, context.at(cell)).build();
    }

    /** The row of the first rows that names the most funding columns, with at least a budget or executed one. */
    private int headerRow(List<GridRow> rows) {
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < Math.min(HEADER_ROWS, rows.size()); i++) {
            int count = 0;
            boolean amount = false;
            for (GridCell cell : rows.get(i).cells()) {
                Term term = columnTerm(cell);
                if (term != null) {
                    count++;
                    amount |= isAmount(term);
                }
            }
            if (amount && count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The header's last row: the row below it too when it is the header's second row (预算数 over 年初预算数 and
     * 调整后预算数), naming a funding column and holding no number.
     */
    private int headerEnd(List<GridRow> rows, int header) {
        int end = header;
        while (end + 1 < rows.size() && end + 1 < header + HEADER_ROWS
                && rows.get(end + 1).index() == rows.get(end).index() + 1
                && rows.get(end + 1).cells().stream().noneMatch(cell -> cell.number().isPresent())
                && rows.get(end + 1).cells().stream().anyMatch(cell -> columnTerm(cell) != null)) {
            end++;
        }
        return end;
    }

    /** The header's columns, each from the lowest header cell in it. */
    private Columns columns(List<GridRow> header) {
        Map<Integer, GridCell> lowest = new TreeMap<>();
        for (GridRow row : header) {
            for (GridCell cell : row.cells()) {
                lowest.put(cell.column(), cell);
            }
        }
        List<GridCell> cells = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        boolean started = false;
        for (GridCell cell : lowest.values()) {
            Term term = columnTerm(cell);
            if (labels.is(cell, Term.COLUMN_COMPUTED)) {
                context.passOver(cell.column());
            }
            started |= term != null;
            if (started) {
                cells.add(cell);
                terms.add(term);
            }
        }
        return Columns.of(cells, terms, context.region().right());
    }

    /**
     * A funding column's term: the shared 分值 and 得分 (执行率权重, 执行率得分 among them), else 年初预算数, 全年预算数,
     * 全年执行数, 执行率.
     */
    private Term columnTerm(GridCell cell) {
        Optional<Term> shared = labels.term(cell, Term.Group.INDICATOR_COLUMN);
        if (shared.isPresent() && (shared.get() == Term.COLUMN_WEIGHT || shared.get() == Term.COLUMN_SCORE)) {
            return shared.get();
        }
        return labels.term(cell, Term.Group.FUNDING_COLUMN).orElse(null);
    }

    private static boolean isAmount(Term term) {
        return term == Term.COLUMN_INITIAL_BUDGET || term == Term.COLUMN_ADJUSTED_BUDGET || term == Term.COLUMN_EXECUTED;
    }

    /**
     * The unit named by the title, else a column header, else a unit field, else by the first amount written with
     * its unit ({@code 450.00万元}); guessed as 万元 otherwise (said so).
     */
    private AmountUnit unit(GridCell title, GridRow header, Optional<AmountUnit> headerUnit, GridCell anchor,
            List<GridRow> lines, Columns columns) {
        if (title != null) {
            Optional<AmountUnit> unit = AmountUnit.find(title.text());
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        for (GridCell cell : header.cells()) {
            if (cell.number().isEmpty() && columnTerm(cell) != null) {
                Optional<AmountUnit> unit = AmountUnit.find(cell.text());
                if (unit.isPresent()) {
                    return unit.get();
                }
            }
        }
        if (headerUnit.isPresent()) {
            return headerUnit.get();
        }
        for (GridRow row : lines) {
            for (Term term : List.of(Term.COLUMN_INITIAL_BUDGET, Term.COLUMN_ADJUSTED_BUDGET, Term.COLUMN_EXECUTED)) {
                Optional<GridCell> cell = columns.of(term).flatMap(column -> column.cell(row));
                Optional<AmountUnit> written = cell.filter(c -> !c.isNumber()).flatMap(c -> writtenUnit(c.text()));
                if (written.isPresent()) {
                    return written.get();
                }
            }
        }
        context.warn("READ_UNIT_GUESSED", context.at(anchor), "项目资金未注明金额单位，按万元读取",
                "the funding block names no unit; amounts are read as 万元");
        return AmountUnit.TEN_THOUSAND_YUAN;
    }

    /** One funding line (its label left of the block's columns), or null for a row with neither label nor value. */
    private Line line(GridRow row, Columns columns, int firstColumn, GridCell title, AmountUnit unit) {
        GridCell label = null;
        for (GridCell cell : row.cells()) {
            if (cell.column() >= firstColumn) {
                break;
            }
            if (cell.number().isEmpty() && cell != title && !labels.isAny(cell, Term.Group.FUNDING_TITLE)) {
                label = cell;
            }
        }
        boolean values = false;
        for (Columns.Column column : columns.all()) {
            values |= column.cell(row).isPresent();
        }
        if (label == null && !values) {
            return null;
        }
        String text = label == null ? "" : label.text();
        FundingSource.Builder source = FundingSource.builder().label(text);
        if (label == null) {
            context.warn("READ_FUNDING_LABEL_BLANK", context.at(row.index(), context.region().left()),
                    "资金行没有名称，按原样读取数额", "a funding line has no label; its amounts are read as printed");
        } else {
            source.putOrigins(Field.LABEL, context.at(label));
        }
        amount(row, columns, Term.COLUMN_INITIAL_BUDGET, Field.INITIAL_BUDGET, unit, text, source::initialBudget, source);
        amount(row, columns, Term.COLUMN_ADJUSTED_BUDGET, Field.ADJUSTED_BUDGET, unit, text, source::adjustedBudget,
                source);
        amount(row, columns, Term.COLUMN_EXECUTED, Field.EXECUTED, unit, text, source::executed, source);
        columns.of(Term.COLUMN_RATE).ifPresent(column -> {
            source.putOrigins(Field.RATE, context.at(row.index(), column.start()));
            boolean percent = column.header().text().contains("%") || column.header().text().contains("％");
            column.cell(row).flatMap(cell -> rate(cell, percent)).ifPresent(source::reportedRate);
        });
        boolean total = label != null && labels.is(label, Term.LINE_TOTAL);
        return new Line(source.build(), total, columns.cell(row, Term.COLUMN_WEIGHT), columns.cell(row, Term.COLUMN_SCORE));
    }

    /**
     * An amount cell's number in the block's unit, a yuan sign before it passed over. A text that names its unit
     * ({@code 450.00万元}, {@code 4,500,000元}) is read in that unit and, where it is not the block's, converted to it
     * exactly, with a note at the cell.
     */
    private Optional<BigDecimal> amountIn(GridCell cell, AmountUnit unit, String line, Field field) {
        if (cell.isNumber()) {
            return cell.number();
        }
        String text = withoutCurrencySign(cell.text().strip());
        AmountUnit written = writtenUnit(text).orElse(null);
        if (written == null) {
            return Numbers.parse(text);
        }
        Optional<BigDecimal> number = Numbers.parse(text.substring(0, text.length() - written.symbol().length()));
        if (number.isEmpty() || written == unit) {
            return number;
        }
        BigDecimal converted = number.get().multiply(written.yuanPerUnit()).divide(unit.yuanPerUnit());
        context.info("READ_AMOUNT_CONVERTED", context.at(cell),
                line + "的" + field.label() + "写作“" + cell.text() + "”，按本表的单位读作 " + converted.toPlainString()
                        + unit.symbol(),
                field.label() + " of " + line + " is written \"" + Finding.echo(cell.text()) + "\"; it is read in the "
                        + "block's unit as " + converted.toPlainString() + " " + unit.symbol());
        return Optional.of(converted);
    }

    /** An amount without the yuan sign written before it (¥450.00, ￥450.00). */
    private static String withoutCurrencySign(String text) {
        return text.startsWith("¥") || text.startsWith("￥") ? text.substring(1).strip() : text;
    }

    /**
     * The block's 分值; written in percent ({@code 10%}) it is that share of the form's 100 points, said at its cell,
     * as the indicator table reads its weights.
     */
    private Optional<BigDecimal> weight(GridCell cell) {
        if (!Numbers.isPercent(cell.text().strip())) {
            return Numbers.of(cell);
        }
        Optional<BigDecimal> percent = Numbers.percentShown(cell);
        percent.ifPresent(points -> context.info("READ_WEIGHT_PERCENT", context.at(cell), "预算执行率的分值以百分数填写（“"
                + cell.text() + "”），按总分 100 分读作 " + points.toPlainString() + " 分", "the execution rate's weight is "
                + "written in percent (\"" + Finding.echo(cell.text()) + "\"); it is read as that share of the form's 100 "
                + "points, " + points.toPlainString()));
        return percent;
    }

    /** The unit an amount is written with at its end: 万元 or 元. */
    private static Optional<AmountUnit> writtenUnit(String text) {
        String end = text.strip();
        return end.endsWith(AmountUnit.TEN_THOUSAND_YUAN.symbol()) ? Optional.of(AmountUnit.TEN_THOUSAND_YUAN)
                : end.endsWith(AmountUnit.YUAN.symbol()) ? Optional.of(AmountUnit.YUAN) : Optional.empty();
    }

    private void amount(GridRow row, Columns columns, Term term, Field field, AmountUnit unit, String line,
            Consumer<Amount> set, FundingSource.Builder source) {
        Optional<Columns.Column> column = columns.of(term);
        if (column.isEmpty()) {
            return;
        }
        Optional<GridCell> cell = column.get().cell(row);
        source.putOrigins(field, context.at(cell.map(GridCell::row).orElse(row.index()),
                cell.map(GridCell::column).orElse(column.get().start())));
        if (cell.isEmpty()) {
            return;
        }
        Optional<BigDecimal> number = amountIn(cell.get(), unit, line, field);
        if (number.isPresent()) {
            set.accept(new Amount(number.get(), unit));
        } else if (labels.isPlaceholder(cell.get())) {
            context.info("READ_PLACEHOLDER", context.at(cell.get()),
                    line + "的" + field.label() + "填写为“" + cell.get().text() + "”，按空白读取",
                    field.label() + " of " + line + " is \"" + Finding.echo(cell.get().text()) + "\"; read as blank");
        } else {
            context.warn("READ_AMOUNT_NOT_A_NUMBER", context.at(cell.get()),
                    line + "的" + field.label() + "“" + cell.get().text() + "”不是数额，未读取",
                    field.label() + " of " + line + " is \"" + Finding.echo(cell.get().text())
                            + "\", not an amount; it is left blank");
        }
    }

    /**
     * A 执行率 cell: {@code 100.00%}, {@code 0.98}, or {@code 93.83} under a {@code percent} header 执行率(%). A bare
     * number above {@link #LARGEST_FRACTION} under a header without % is a percentage too (a fraction of 97.24 would
     * be 9,724 %), with a finding.
     */
    private Optional<Quantity> rate(GridCell cell, boolean percent) {
        Optional<BigDecimal> shown = Numbers.percentShown(cell);
        if (shown.isPresent()) {
            return Optional.of(Quantity.of(shown.get(), "%"));
        }
        Optional<BigDecimal> number = Numbers.of(cell);
        if (number.isPresent() && !percent && number.get().compareTo(LARGEST_FRACTION) > 0) {
            context.info("READ_RATE_AS_PERCENT", context.at(cell), "执行率“" + cell.text() + "”未写 %，按百分数读取",
                    "the 执行率 \"" + Finding.echo(cell.text()) + "\" has no %; read as a percentage (as a fraction "
                            + "it would be " + number.get().movePointRight(2).stripTrailingZeros().toPlainString()
                            + " %)");
            return Optional.of(Quantity.of(number.get(), "%"));
        }
        if (number.isPresent()) {
            return Optional.of(Quantity.of(number.get(), percent ? "%" : ""));
        }
        if (!labels.isPlaceholder(cell)) {
            context.warn("READ_RATE_UNREADABLE", context.at(cell), "执行率“" + cell.text() + "”无法识别，未读取",
                    "the 执行率 \"" + Finding.echo(cell.text()) + "\" is not a rate; it is left out (the rate is "
                            + "computed from the amounts)");
        }
        return Optional.empty();
    }

    /** The execution 分值 or 得分 of the total line. */
    private void number(GridCell cell, String what, Consumer<BigDecimal> set, Field field, Funding.Builder funding) {
        funding.putOrigins(field, context.at(cell));
        Optional<BigDecimal> number = field == Field.WEIGHT ? weight(cell) : Numbers.of(cell);
        if (number.isPresent()) {
            set.accept(number.get());
        } else if (!labels.isPlaceholder(cell)) {
            context.warn("READ_NUMBER_UNREADABLE", context.at(cell), "预算执行率" + what + "“" + cell.text()
                    + "”不是数值，未读取", "the execution " + (what.equals("分值") ? "weight" : "score") + " \""
                    + Finding.echo(cell.text()) + "\" is not a number; it is left blank");
        }
    }

    /** The total line: the one labelled as such (年度资金总额), else the only line (said so), else none. */
    private Line total(List<Line> lines) {
        for (Line line : lines) {
            if (line.total) {
                return line;
            }
        }
        if (lines.size() == 1) {
            Line only = lines.get(0);
            only.source.origin(Field.LABEL).ifPresent(at -> context.info("READ_ONLY_LINE_IS_TOTAL", at,
                    "资金只有一行“" + only.source.label() + "”，作为年度资金总额读取",
                    "the only funding line \"" + Finding.echo(only.source.label()) + "\" is read as the total"));
            return only;
        }
        return null;
    }

    /** A line read, whether it is labelled as the total, and its 分值 and 得分 cells. */
    private record Line(FundingSource source, boolean total, Optional<GridCell> weight, Optional<GridCell> score) {
    }
}
