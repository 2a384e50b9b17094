// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.report.FormRow;
import io.github.jixiao.scoring.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of an audit (审计汇总): per 主管部门 and overall, the number of forms, of each computed grade, and of
 * findings by severity. Not thread-safe: fed from the thread that collects results.
 */
final class AuditSummary {

    /** The counts of one department, or of all. */
    static final class Tally {
        int forms;
        final int[] grades = new int[Grade.values().length];
        final int[] severities = new int[Severity.values().length];

        void add(FormRow form) {
            forms++;
            grades[form.grade().ordinal()]++;
            for (Severity severity : Severity.values()) {
                severities[severity.ordinal()] += form.count(severity);
            }
        }

        int grade(Grade grade) {
            return grades[grade.ordinal()];
        }

        int findings(Severity severity) {
            return severities[severity.ordinal()];
        }
    }

    private final Map<String, Tally> departments = new TreeMap<>();
    private final Tally overall = new Tally();

    void add(FormRow form) {
        departments.computeIfAbsent(form.department().orElse(""), d -> new Tally()).add(form);
        overall.add(form);
    }

    Tally overall() {
        return overall;
    }

    Map<String, Tally> departments() {
        return departments;
    }

    /** The table: one row per department (name order), then the overall row. */
    String render(Lang lang, Colours colours) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(lang.pick("主管部门", "Department"), Table.Align.LEFT, 30));
        columns.add(new Table.Column(lang.pick("表数", "Forms"), Table.Align.RIGHT, 8));
        for (Grade grade : Grade.values()) {
            columns.add(new Table.Column(grade.label(), Table.Align.RIGHT, 8));
        }
        for (Severity severity : Severity.values()) {
            columns.add(new Table.Column(CardPrinter.severity(lang, severity), Table.Align.RIGHT, 8));
        }
        Table table = new Table(columns);
        departments.forEach((department, tally) -> table.row(row(department.isEmpty()
                ? lang.pick("（未填）", "(none)") : Terminals.safe(department), tally, Style.PLAIN)));
        table.row(row(lang.pick("合计", "All"), overall, Style.HEADER));
        return table.render(colours);
    }

    private static List<Table.Cell> row(String name, Tally tally, Style style) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(new Table.Cell(name, style));
        cells.add(new Table.Cell(Integer.toString(tally.forms), style));
        for (Grade grade : Grade.values()) {
            cells.add(new Table.Cell(Integer.toString(tally.grade(grade)), style));
        }
        for (Severity severity : Severity.values()) {
            int count = tally.findings(severity);
            cells.add(new Table.Cell(Integer.toString(count),
                    count > 0 && severity != Severity.INFO ? CardPrinter.style(severity) : style));
        }
        return cells;
    }
}
