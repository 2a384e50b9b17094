// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.ReadResult;
import io.github.jixiao.vocabulary.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the form of one region: finds its blocks by their labels (the funding block, the annual goal, the
 * indicator table, in whatever order they come), reads the rows above the first block as the title area and
 * header fields, and gives each block's rows to its reader. A block the form does not print is a finding, not a
 * refusal; a region where nothing of a form could be read (no name, no funding line, no indicator) is an
 * unreadable entry.
 */
final class FormReader {

    private final Region region;
    private final Labels labels;
    private final Notes notes;
    private final Context context;

    FormReader(Region region, Labels labels, boolean strict) {
        this.region = region;
        this.labels = labels;
        this.notes = new Notes(strict);
        this.context = new Context(region, labels, notes);
    }

    /** Whether a column is one a reviewer added beside the form (jixiao's 核算 columns): its notes are dropped. */
    boolean passesOver(int column) {
        return context.isPassedOver(column);
    }

    /** Where the form starts: its first cell. */
    Origin location() {
        GridCell first = region.rows().isEmpty() ? null : region.rows().get(0).cells().get(0);
        return first == null ? context.at(region.top(), region.left()) : context.at(first);
    }

    /**
     * Whether the region holds a form at all: a title (自评表) or one of the blocks. A lone 项目名称 heading a list
     * of projects (a summary sheet) holds none.
     */
    boolean holdsAForm() {
        if (isInstructions() || isProjectList()) {
            return false;
        }
        for (GridRow row : region.rows()) {
            for (GridCell cell : row.cells()) {
                if (labels.isAny(cell, Term.Group.TITLE)) {
                    return true;
                }
            }
            if (IndicatorReader.isHeader(row, labels) || isFunding(row) || has(row, Term.GOAL_EXPECTED)
                    || has(row, Term.GOAL_TITLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the region is instructions for filling in a form (填报说明, by the sheet's name or the region's first
     * cell): they name the form's labels, but hold no number.
     */
    private boolean isInstructions() {
        List<GridRow> rows = region.rows();
        boolean named = labels.termOf(region.grid().name(), Term.Group.INSTRUCTIONS).isPresent()
                || !rows.isEmpty() && labels.isAny(rows.get(0).cells().get(0), Term.Group.INSTRUCTIONS);
        return named && rows.stream().flatMap(row -> row.cells().stream()).noneMatch(cell -> cell.number().isPresent());
    }

    /**
     * Whether the region is a list of projects (汇总表: 序号 | 项目名称 | 主管部门 | 全年预算数 | 全年执行数 …), not a form:
     * its 项目名称 heads a column in a row that names funding columns too, and no goal or indicator table follows.
     */
    private boolean isProjectList() {
        GridRow anchorRow = region.rows().stream().filter(row -> row.index() == region.anchor()).findFirst()
                .orElse(null);
        if (anchorRow == null || !has(anchorRow, Term.FIELD_NAME) || !isFunding(anchorRow)) {
            return false;
        }
        return region.rows().stream().noneMatch(row -> IndicatorReader.isHeader(row, labels)
                || has(row, Term.GOAL_EXPECTED) || has(row, Term.GOAL_TITLE));
    }

    /** The form's entry, with its findings. */
    ReadResult.Entry read() {
        List<GridRow> rows = region.rows();
        List<GridRow> titleArea = new ArrayList<>();
        List<GridRow> body = new ArrayList<>();
        for (GridRow row : rows) {
            (row.index() < region.anchor() ? titleArea : body).add(row);
        }
        Blocks blocks = blocks(body);
        SelfEvaluation.Builder form = SelfEvaluation.builder();
        HeaderReader header = new HeaderReader(context);
        header.read(titleArea, body.subList(0, blocks.first(body.size())), form);
        Funding funding = funding(body, blocks, header.unit());
        form.funding(funding);
        goal(body, blocks, form);
        if (blocks.indicators >= 0) {
            new IndicatorReader(context).read(body, blocks.indicators, form);
        } else {
            form.indicators(IndicatorTree.of(List.of()));
            context.warn("READ_INDICATORS_MISSING", body.isEmpty() ? location()
                            : context.at(body.get(body.size() - 1).cells().get(0)),
                    "未找到绩效指标表（一级指标、三级指标、年度指标值等表头）", "no indicator table (a header with 一级指标, 三级指标, "
                            + "年度指标值 …) was found; the form is read without indicators");
        }
        form.project(header.project(funding.unit()));
        SelfEvaluation built = form.build();
        if (built.project().name().isEmpty() && built.funding().lines().isEmpty()
                && built.indicators().leaves().isEmpty()) {
            List<Finding> found = new ArrayList<>(notes.findings());
            found.add(Finding.at("READ_FORM_UNREADABLE", Severity.ERROR, location(),
                    "此处有自评表的标签，但读不出项目名称、资金或指标", "the labels of a form are here, but neither a project name "
                            + "nor a funding line nor an indicator could be read"));
            return ReadResult.Entry.unreadable(location(), found);
        }
        return ReadResult.Entry.read(location(), built, notes.findings());
    }

    /** The rows where the body's blocks start (-1 when absent); the indicator table is the last block. */
    private Blocks blocks(List<GridRow> body) {
        int funding = -1;
        int goal = -1;
        int indicators = -1;
        for (int i = 0; i < body.size() && indicators < 0; i++) {
            GridRow row = body.get(i);
            if (IndicatorReader.isHeader(row, labels)) {
                indicators = i;
            } else if (funding < 0 && isFunding(row)) {
                funding = i;
            } else if (goal < 0 && (has(row, Term.GOAL_EXPECTED) || has(row, Term.GOAL_TITLE))) {
                goal = i;
            }
        }
        return new Blocks(funding, goal, indicators);
    }

    private boolean isFunding(GridRow row) {
        int columns = 0;
        for (GridCell cell : row.cells()) {
            if (labels.isAny(cell, Term.Group.FUNDING_TITLE)) {
                return true;
            }
            Optional<Term> term = labels.term(cell, Term.Group.FUNDING_COLUMN);
            if (term.isPresent() && term.get() != Term.COLUMN_RATE) {
                columns++;
            }
        }
        return columns >= 2;
    }

    private boolean has(GridRow row, Term term) {
        List<GridCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (labels.is(cells.get(i), term)) {
                return true;
            }
        }
        return false;
    }

    private Funding funding(List<GridRow> body, Blocks blocks, Optional<AmountUnit> headerUnit) {
        if (blocks.funding < 0) {
            context.warn("READ_FUNDING_MISSING", location(), "未找到项目资金表（预算数、执行数）",
                    "no funding block (budget and executed amounts) was found; the form is read without funding");
            return Funding.builder().unit(headerUnit.orElse(AmountUnit.TEN_THOUSAND_YUAN)).build();
        }
        return new FundingReader(context).read(body.subList(blocks.funding, blocks.next(blocks.funding, body.size())),
                headerUnit);
    }

    /**
     * The annual goal: under 预期目标 the text in its columns up to 实际完成情况, under 实际完成情况 the text from its
     * column on, in the rows below the labels (or beside them when none follow). Where the labels are not the
     * vocabulary's, the two cells right of the block's title (年度总体目标) are taken as them.
     */
    private void goal(List<GridRow> body, Blocks blocks, SelfEvaluation.Builder form) {
        if (blocks.goal < 0) {
            return;
        }
        GridRow labelsRow = body.get(blocks.goal);
        List<GridRow> values = body.subList(blocks.goal + 1, blocks.next(blocks.goal, body.size()));
        GridCell expected = null;
        GridCell actual = null;
        for (GridCell cell : labelsRow.cells()) {
            if (expected == null && labels.is(cell, Term.GOAL_EXPECTED)) {
                expected = cell;
            } else if (expected != null && actual == null && labels.is(cell, Term.GOAL_ACTUAL)) {
                actual = cell;
            }
        }
        if (expected != null && actual == null) {
            for (int i = 0; i < values.size(); i++) {
                for (GridCell cell : values.get(i).cells()) {
                    if (labels.is(cell, Term.GOAL_ACTUAL)) {
                        stackedGoal(labelsRow, expected, values.subList(0, i), cell, values.subList(i, values.size()),
                                form);
                        return;
                    }
                }
            }
        }
        if (expected == null && !values.isEmpty()) {
            // headings the vocabulary does not know: the cells after the block's title, 实际完成情况 the second
            List<GridCell> beside = new ArrayList<>(labelsRow.cells());
            if (labels.is(beside.get(0), Term.GOAL_TITLE)) {
                beside.remove(0);
            }
            int at = 1;
            for (int i = 1; i < beside.size(); i++) {
                if (labels.is(beside.get(i), Term.GOAL_ACTUAL)) {
                    at = i;
                    break;
                }
            }
            expected = beside.isEmpty() ? null : beside.get(at - 1);
            actual = at < beside.size() ? beside.get(at) : null;
            if (expected != null) {
                context.info("READ_GOAL_LABELS_GUESSED", context.at(expected), "年度总体目标的栏目“" + expected.text()
                        + "”" + (actual == null ? "" : "“" + actual.text() + "”") + "不在词表中，按预期目标、实际完成情况读取",
                        "the goal's headings \"" + Finding.echo(expected.text()) + "\"" + (actual == null ? ""
                                : " and \"" + Finding.echo(actual.text()) + "\"") + " are not in the vocabulary; they are "
                                + "read as 预期目标 and 实际完成情况");
            }
        }
        int from = expected == null ? region.left() : expected.column();
        int split = actual == null ? region.right() : actual.column();
        List<String> want = new ArrayList<>(1);
        List<String> done = new ArrayList<>(1);
        Origin wantAt = null;
        Origin doneAt = null;
        for (GridRow row : values.isEmpty() ? List.of(labelsRow) : values) {
            for (GridCell cell : row.cells()) {
                if (cell == expected || cell == actual || cell.column() < from || labels.isAny(cell, Term.Group.GOAL)) {
                    continue;
                }
                boolean left = cell.column() < split;
                (left ? want : done).add(cell.text());
                if (left && wantAt == null) {
                    wantAt = context.at(cell);
                } else if (!left && doneAt == null) {
                    doneAt = context.at(cell);
                }
            }
        }
        form.goal(AnnualGoal.of(lines(want), lines(done)));
        Origin labelAt = context.at(expected != null ? expected : labelsRow.cells().get(0));
        form.putOrigins(Field.GOAL_EXPECTED, wantAt != null ? wantAt : labelAt);
        if (doneAt != null || actual != null) {
            form.putOrigins(Field.GOAL_ACTUAL, doneAt != null ? doneAt : context.at(actual));
        }
    }

    /** Cells' texts one a line (a single cell's text as it is, not copied). */
    private static String lines(List<String> texts) {
        return texts.size() == 1 ? texts.get(0) : String.join("\n", texts);
    }

    /**
     * The annual goal with its two headings one below the other (预期目标 on its row, 实际完成情况 on a row below):
     * each text is right of its heading, on the heading's row and the rows down to the next heading.
     */
    private void stackedGoal(GridRow expectedRow, GridCell expected, List<GridRow> expectedRows, GridCell actual,
            List<GridRow> actualRows, SelfEvaluation.Builder form) {
        List<GridRow> wantRows = new ArrayList<>(List.of(expectedRow));
        wantRows.addAll(expectedRows);
        List<String> want = new ArrayList<>(1);
        List<String> done = new ArrayList<>(1);
        Optional<Origin> wantAt = textRightOf(wantRows, expected.column(), want);
        Optional<Origin> doneAt = textRightOf(actualRows, actual.column(), done);
        form.goal(AnnualGoal.of(lines(want), lines(done)));
        form.putOrigins(Field.GOAL_EXPECTED, wantAt.orElse(context.at(expected)));
        form.putOrigins(Field.GOAL_ACTUAL, doneAt.orElse(context.at(actual)));
    }

    /** Adds the texts right of a column in these rows, goal headings left out; where the first one is. */
    private Optional<Origin> textRightOf(List<GridRow> rows, int column, List<String> into) {
        Optional<Origin> first = Optional.empty();
        for (GridRow row : rows) {
            for (GridCell cell : row.cells()) {
                if (cell.column() > column && !labels.isAny(cell, Term.Group.GOAL)) {
                    into.add(cell.text());
                    first = first.isPresent() ? first : Optional.of(context.at(cell));
                }
            }
        }
        return first;
    }

    /** Where the blocks start in the body, as row positions; -1 for a block the form does not print. */
    private record Blocks(int funding, int goal, int indicators) {

        /** The first block's position, or {@code size} when there is none. */
        int first(int size) {
            int first = size;
            for (int start : new int[] {funding, goal, indicators}) {
                if (start >= 0) {
                    first = Math.min(first, start);
                }
            }
            return first;
        }

        /** Where the block after {@code start} starts, or {@code size}. */
        int next(int start, int size) {
            int next = size;
            for (int other : new int[] {funding, goal, indicators}) {
                if (other > start) {
                    next = Math.min(next, other);
                }
            }
            return next;
        }
    }
}
