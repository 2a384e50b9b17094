// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds every 项目支出绩效自评表 in the grids of a document by its labels (版式识别), whatever format the grids
 * came from: a form starts at its 项目名称 label (its title just above), may share a sheet with others (one below
 * another, or side by side), and is read as far as it goes — the funding block, the annual goal, the indicator
 * table and the rows that close it, each found by the {@link io.github.jixiao.vocabulary.Vocabulary} of the
 * options. Every surprise is a finding at its cell on the form's own entry; a grid is passed over (with a note)
 * only when it holds no form at all.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FormRecognizer {

    /** What a continuation lacks because its first part holds it: a name, the funding block. */
    private static final Set<String> CONTINUATION_HOLES = Set.of("READ_NAME_MISSING", "READ_FUNDING_MISSING");

    private FormRecognizer() {
    }

    /**
     * Reads the forms in a document's grids.
     *
     * @param grids the document's grids (sheets, tables, pages) in document order, not null
     * @param options how to read: tolerantly or strictly, the source name, the vocabulary; not null
     * @return one entry per form found, each with its own findings, never null
     * @throws FormReadException strictly, at the first surprise that is a warning or an error, or when the grids
     *     hold no form
     */
    public static ReadResult recognize(List<Grid> grids, ReadOptions options) throws FormReadException {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(options, "options");
        Labels labels = new Labels(options.vocabulary());
        List<ReadResult.Entry> entries = new ArrayList<>();
        List<Finding> document = new ArrayList<>();
        for (Grid grid : grids) {
            List<Region> regions = Regions.find(grid, labels);
            List<List<Grid.Note>> gridNotes = new ArrayList<>();
            for (Region region : regions) {
                gridNotes.add(new ArrayList<>());
            }
            for (Grid.Note note : grid.notes()) {
                int at = indexOf(regions, note.row(), note.column());
                if (at < 0) {
                    document.add(finding(grid, note));
                } else {
                    gridNotes.get(at).add(note);
                }
            }
            if (regions.isEmpty() && !grid.rows().isEmpty()) {
                notAForm(grid, grid.rows().get(0).cells().get(0), document);
            }
            for (int i = 0; i < regions.size(); i++) {
                Region region = regions.get(i);
                if (new FormReader(region, labels, false).holdsAForm()) {
                    entries.add(read(region, labels, options, gridNotes.get(i)));
                } else {
                    gridNotes.get(i).forEach(note -> document.add(finding(grid, note)));
                    notAForm(grid, region.rows().isEmpty() ? null : region.rows().get(0).cells().get(0), document);
                }
            }
        }
        entries = joinContinuations(entries);
        if (entries.isEmpty()) {
            String reason = "no form found: no grid has the labels of a 项目支出绩效自评表 (项目名称, 项目资金, 绩效指标)";
            if (!options.lenient()) {
                throw new FormReadException(options.sourceName(), "", reason);
            }
            document.add(Finding.at("READ_NO_FORM", Severity.ERROR, new Origin(options.sourceName(), "", ""),
                    "未找到绩效自评表（没有“项目名称”“项目资金”“绩效指标”等标签）", reason));
        }
        return new ReadResult(entries, document);
    }

    private static ReadResult.Entry read(Region region, Labels labels, ReadOptions options, List<Grid.Note> gridNotes)
            throws FormReadException {
        FormReader reader = new FormReader(region, labels, !options.lenient());
        try {
            ReadResult.Entry entry = reader.read();
            if (gridNotes.isEmpty()) {
                return entry;
            }
            List<Finding> findings = new ArrayList<>();
            for (Grid.Note note : gridNotes) {
                if (!reader.passesOver(note.column())) {
                    findings.add(finding(region.grid(), note));
                }
            }
            findings.addAll(entry.findings());
            return new ReadResult.Entry(entry.location(), entry.form(), findings);
        } catch (Notes.Refusal refusal) {
            Finding finding = refusal.finding();
            Origin at = finding.origin().orElse(reader.location());
            throw new FormReadException(options.sourceName(), at.part() + "!" + at.place(), finding.messageEn());
        } catch (RuntimeException e) {
            if (!options.lenient()) {
                throw new FormReadException(options.sourceName(), reader.location().part() + "!"
                        + reader.location().place(), "the form cannot be read: " + e.getClass().getSimpleName(), e);
            }
            List<Finding> findings = new ArrayList<>();
            gridNotes.forEach(note -> findings.add(finding(region.grid(), note)));
            findings.add(Finding.at("READ_FORM_UNREADABLE", Severity.ERROR, reader.location(),
                    "此表无法读取（" + e.getClass().getSimpleName() + "）",
                    "the form cannot be read (" + e.getClass().getSimpleName() + ")"));
            return ReadResult.Entry.unreadable(reader.location(), findings);
        }
    }

    /**
     * A form printed over two grids (表头, 项目资金 and 年度总体目标 on one sheet, 绩效指标 on the next) is one form:
     * a form without indicators, followed in the next grid by one with indicators but without a name or funding,
     * takes that one's indicator table and closing rows, each still citing its own cells.
     */
    private static List<ReadResult.Entry> joinContinuations(List<ReadResult.Entry> entries) {
        List<ReadResult.Entry> joined = new ArrayList<>();
        for (ReadResult.Entry entry : entries) {
            ReadResult.Entry previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && continues(previous, entry)) {
                joined.set(joined.size() - 1, join(previous, entry));
            } else {
                joined.add(entry);
            }
        }
        return joined;
    }

    private static boolean continues(ReadResult.Entry first, ReadResult.Entry next) {
        if (first.form().isEmpty() || next.form().isEmpty()
                || first.location().part().equals(next.location().part())) {
            return false;
        }
        SelfEvaluation head = first.form().get();
        SelfEvaluation rest = next.form().get();
        return head.indicators().leaves().isEmpty() && !head.project().name().isEmpty()
                && !rest.indicators().leaves().isEmpty() && rest.project().name().isEmpty()
                && rest.funding().lines().isEmpty();
    }

    private static ReadResult.Entry join(ReadResult.Entry first, ReadResult.Entry next) {
        SelfEvaluation head = first.form().orElseThrow();
        SelfEvaluation rest = next.form().orElseThrow();
        SelfEvaluation.Builder form = SelfEvaluation.builder().from(head).indicators(rest.indicators())
                .addAllRemarks(rest.remarks());
        rest.reportedWeightTotal().ifPresent(form::reportedWeightTotal);
        rest.reportedTotal().ifPresent(form::reportedTotal);
        rest.reportedGrade().ifPresent(form::reportedGrade);
        rest.origins().forEach((field, origin) -> {
            if (!head.origins().containsKey(field)) {
                form.putOrigins(field, origin);
            }
        });
        List<Finding> findings = new ArrayList<>();
        first.findings().stream().filter(f -> !f.code().equals("READ_INDICATORS_MISSING")).forEach(findings::add);
        next.findings().stream().filter(f -> !CONTINUATION_HOLES.contains(f.code())).forEach(findings::add);
        findings.add(Finding.at("READ_FORM_CONTINUED", Severity.INFO, next.location(),
                "“" + next.location().part() + "”的绩效指标表接续上一张表的自评表，合为一张读取",
                "the indicator table on \"" + next.location().part() + "\" continues the form before it; the two are "
                        + "read as one form"));
        return ReadResult.Entry.read(first.location(), form.build(), findings);
    }

    private static void notAForm(Grid grid, GridCell first, List<Finding> document) {
        Origin at = first == null ? new Origin(grid.document(), grid.name(), "") : grid.origin(first.row(), first.column());
        document.add(Finding.at("READ_SHEET_NOT_A_FORM", Severity.INFO, at,
                "“" + grid.name() + "”没有自评表的标签（项目资金、绩效指标），不是自评表，已跳过",
                "\"" + grid.name() + "\" has none of a form's labels (项目资金, 绩效指标); it holds no form and is passed "
                        + "over"));
    }

    private static Finding finding(Grid grid, Grid.Note note) {
        return Finding.at(note.code(), note.severity(), grid.origin(note.row(), note.column()), note.messageZh(),
                note.messageEn());
    }

    private static int indexOf(List<Region> regions, int row, int column) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).contains(row, column)) {
                return i;
            }
        }
        return -1;
    }
}
