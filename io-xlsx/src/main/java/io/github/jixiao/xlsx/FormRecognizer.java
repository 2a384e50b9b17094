package io.github.jixiao.xlsx;

import io.github.jixiao.audit.Severity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every form in a workbook's grids by its labels: a form starts at a 项目名称 label (its title, such as
 * 项目支出绩效自评表, may sit just above) and ends at its 总分 / 评分等级 rows, so one sheet may hold one form
 * or several one below another. The grids may come from .xlsx or .xls alike.
 */
final class FormRecognizer {

    private FormRecognizer() {
    }

    /**
     * Reads the forms of a workbook.
     *
     * @throws FormReadException strictly, at the first form that cannot be read, or when there is none
     */
    static ReadResult recognize(List<SheetGrid> sheets, ReadOptions options, ReadNotes notes)
            throws FormReadException {
        List<ReadResult.Entry> entries = new ArrayList<>();
        for (SheetGrid sheet : sheets) {
            notes.sheet(sheet.name());
            List<GridRow> rows = sheet.rows();
            int floor = 0;
            boolean formSeen = false;
            for (int r = 0; r < rows.size(); r++) {
                List<GridCell> starts = formStarts(rows.get(r));
                if (starts.isEmpty()) {
                    continue;
                }
                formSeen = true;
                for (GridCell beside : starts.subList(1, starts.size())) {
                    notes.guess("READ_FORM_BESIDE_NOT_READ", beside.address(),
                            "此处并排的第二张表未读取（只读取每行最左侧的表）",
                            "a second form side by side with another starts here; it is not read (only the leftmost "
                                    + "form of a row of forms is read)");
                }
                FormParser parser = new FormParser(rows, floor, r, notes);
                try {
                    SelfEvaluation form = parser.parse();
                    entries.add(new ReadResult.Entry(notes.at(parser.anchor()), form));
                    r = parser.end();
                    floor = r + 1;
                } catch (CellProblem e) {
                    if (!options.lenient()) {
                        throw new FormReadException(options.sourceName(), sheet.name() + "!" + e.address(),
                                e.getMessage());
                    }
                    notes.skipped(e.address(), e.getMessage());
                    floor = r + 1;
                }
            }
            if (!formSeen && !rows.isEmpty()) {
                notes.info("READ_SHEET_NOT_A_FORM", rows.get(0).cells().get(0).address(),
                        "工作表没有“项目名称”标签，不是自评表（如填表说明），已跳过",
                        "the sheet has no 项目名称 label and holds no form (instructions or notes?); it is skipped");
            }
        }
        if (entries.isEmpty()) {
            String reason = "no form found: no sheet has a 项目名称 label followed by a 项目资金 block and an indicator table";
            if (!options.lenient()) {
                throw new FormReadException(options.sourceName(), "", reason);
            }
            notes.file("READ_NO_FORM", Severity.ERROR, "未找到绩效自评表（没有“项目名称”标签）", reason);
        }
        return new ReadResult(entries, notes.findings());
    }

    /** The 项目名称 labels of a row, left to right. */
    private static List<GridCell> formStarts(GridRow row) {
        return row.cells().stream().filter(c -> c.is(Label.PROJECT_NAME)).toList();
    }
}
