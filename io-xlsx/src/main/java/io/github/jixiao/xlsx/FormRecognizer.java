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
            for (int r = 0; r < rows.size(); r++) {
                if (!startsForm(rows.get(r))) {
                    continue;
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

    private static boolean startsForm(GridRow row) {
        for (GridCell cell : row.cells()) {
            if (cell.is(Label.PROJECT_NAME)) {
                return true;
            }
        }
        return false;
    }
}
