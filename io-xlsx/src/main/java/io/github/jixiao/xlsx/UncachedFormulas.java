// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.layout.GridRow;
import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.hssf.model.HSSFFormulaParser;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.ExternSheetReferenceToken;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;

/**
 * Formulas saved without their values (公式无缓存值), as openpyxl and many export tools write them: each is
 * computed from the cells of its sheet with POI's formula evaluator, as Excel would on opening the workbook, and
 * the cell shows the result with a note that says so. A formula that cannot be computed that way stays blank with
 * a warning, as before: one that names another sheet, a defined name or a cell beyond an .xls sheet's IV65536
 * (the evaluator works on an .xls copy of the cells the formulas name) or reaches cells it does not name (INDIRECT,
 * OFFSET); a value that changes at each opening (TODAY, NOW, RAND); a function POI does not know, or a result that
 * is an error value; a formula longer or nested deeper
 * than Excel allows (8,192 characters, 64 levels); and one that names a formula not computed (its value would be a
 * guess).
 *
 * <p>A sheet with more than {@value #MAX_FORMULAS} such formulas is not computed at all, and its formulas are
 * computed only as long as together they name at most {@value #MAX_REACHED_CELLS} cells, ranges counted cell by
 * cell (a hostile sheet stays cheap). Formulas in a column headed with a 核算 label (jixiao's template writes its
 * 核算执行率 and 核算得分 so, without values) are not computed: no form value stands there.
 */
final class UncachedFormulas {

    /** The most formulas computed in one sheet. */
    static final int MAX_FORMULAS = 500;
    /** Excel's longest formula; a longer one is not parsed. */
    private static final int MAX_FORMULA_LENGTH = 8_192;
    /** Excel's deepest nesting; a formula with more brackets open at once is not parsed (the parser recurses). */
    private static final int MAX_NESTING = 64;
    /** The most cells the formulas of one sheet may name, ranges counted cell by cell. */
    static final int MAX_REACHED_CELLS = 1_000_000;
    /**
     * Functions whose formulas are not computed: those that reach cells their arguments do not name, and those whose
     * value changes from one opening to the next (a read would not give back what the form's author saw).
     */
    private static final Set<String> NOT_COMPUTED =
            Set.of("INDIRECT", "OFFSET", "NOW", "TODAY", "RAND", "RANDBETWEEN");
    private static final int XLS_ROWS = SpreadsheetVersion.EXCEL97.getMaxRows();
    private static final int XLS_COLUMNS = SpreadsheetVersion.EXCEL97.getMaxColumns();

    /**
     * A formula cell saved without its value.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @param formula the formula without its {@code =}
     * @param format the cell's number format, or null
     * @param date1904 whether the workbook counts dates from 1904
     */
    record Formula(int row, int column, String formula, String format, boolean date1904) {
    }

    private UncachedFormulas() {
    }

    /**
     * Computes a sheet's uncached formulas where they can be, adding each value and a note at each formula to the
     * sheet's builder.
     *
     * @param sheet the sheet as read so far, the formula cells blank
     * @param formulas the formula cells saved without a value, not empty
     * @param into the builder of the sheet, to build again
     */
    static void compute(Grid sheet, List<Formula> formulas, Grid.Builder into) {
        Set<Integer> reviewers = reviewersColumns(sheet, formulas);
        Map<Formula, Object> values = formulas.size() <= MAX_FORMULAS && formulas.stream()
                .anyMatch(f -> !reviewers.contains(f.column())) ? evaluate(sheet, formulas, reviewers) : Map.of();
        for (Formula formula : formulas) {
            Object value = values.get(formula);
            String shown = value == null ? null : show(into, formula, value);
            if (shown == null) {
                into.note(withoutValue(formula));
            } else {
                String echo = XlsxGrids.oneLine(formula.formula());
                into.note(new Grid.Note(formula.row(), formula.column(), "READ_FORMULA_COMPUTED", Severity.INFO,
                        "公式“=" + echo + "”没有保存计算结果，按其引用的单元格算得 " + shown,
                        "the formula \"=" + echo + "\" has no cached value (the workbook was saved without "
                                + "calculating it); computed from the cells it names, as Excel would: " + shown));
            }
        }
    }

    /** Puts a computed value in its cell as its format shows it: the text shown, or null where nothing is shown. */
    private static String show(Grid.Builder into, Formula formula, Object value) {
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            into.text(formula.row(), formula.column(), text);
            return text;
        }
        ShownNumber shown = ShownNumber.of((BigDecimal) value, formula.format(), formula.date1904());
        if (shown.number() == null) {
            into.text(formula.row(), formula.column(), shown.text());
        } else {
            into.number(formula.row(), formula.column(), shown.text(), shown.number(),
                    formula.format() == null ? "" : formula.format());
        }
        return shown.text();
    }

    private static Grid.Note withoutValue(Formula formula) {
        String echo = XlsxGrids.oneLine(formula.formula());
        return new Grid.Note(formula.row(), formula.column(), "READ_FORMULA_WITHOUT_VALUE", Severity.WARNING,
                "公式“=" + echo + "”没有保存计算结果，且无法按其引用的单元格算出，按空白读取",
                "the formula \"=" + echo + "\" has no cached value (the workbook was saved without calculating it) "
                        + "and cannot be computed from the cells of its sheet; the cell is read as blank");
    }

    /**
     * The value of each formula that can be computed: a BigDecimal or a String. The .xls copy holds the formulas and
     * only the cells they name (copying a whole sheet cost more than computing its formulas).
     */
    private static Map<Formula, Object> evaluate(Grid grid, List<Formula> formulas, Set<Integer> reviewers) {
        Map<Formula, Object> values = new HashMap<>();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet();
            Map<Formula, Ptg[]> parsed = new LinkedHashMap<>();
            List<Formula> refused = new ArrayList<>();
            long reached = 0;
            for (Formula formula : formulas) {
                if (formula.row() >= XLS_ROWS || formula.column() >= XLS_COLUMNS) {
                    continue;
                }
                Ptg[] tokens = reviewers.contains(formula.column()) || formula.formula().length() > MAX_FORMULA_LENGTH
                        || nesting(formula.formula()) > MAX_NESTING ? null : parse(formula.formula(), workbook);
                long cellsNamed = tokens == null ? -1 : cellsNamed(tokens);
                if (cellsNamed >= 0 && reached + cellsNamed <= MAX_REACHED_CELLS) {
                    reached += cellsNamed;
                    parsed.put(formula, tokens);
                } else {
                    refused.add(formula);
                }
            }
            Set<Long> copied = new HashSet<>();
            for (Ptg[] tokens : parsed.values()) {
                for (Ptg token : tokens) {
                    if (token instanceof AreaPtgBase area) {
                        copy(grid, sheet, area.getFirstRow(), area.getLastRow(), area.getFirstColumn(),
                                area.getLastColumn(), copied);
                    } else if (token instanceof RefPtgBase ref) {
                        copy(grid, sheet, ref.getRow(), ref.getRow(), ref.getColumn(), ref.getColumn(), copied);
                    }
                }
            }
            Map<Formula, HSSFCell> cells = new HashMap<>();
            for (Map.Entry<Formula, Ptg[]> entry : parsed.entrySet()) {
                HSSFCell cell = cell(sheet, entry.getKey().row(), entry.getKey().column());
                try {
                    cell.setCellFormula(entry.getKey().formula());
                    cells.put(entry.getKey(), cell);
                } catch (RuntimeException | StackOverflowError e) {
                    cell.setCellErrorValue(FormulaError.NA.getCode());
                }
            }
            // not computed: an error value, so that no formula that names it is computed either
            refused.forEach(formula -> cell(sheet, formula.row(), formula.column())
                    .setCellErrorValue(FormulaError.NA.getCode()));
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Map.Entry<Formula, HSSFCell> entry : cells.entrySet()) {
                Object value = value(evaluator, entry.getValue());
                if (value != null) {
                    values.put(entry.getKey(), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /**
     * The columns a reviewer added beside the form, headed with the vocabulary's 核算 labels (as jixiao's template
     * heads its 核算执行率 and 核算得分 columns): the recogniser passes over them, so their formulas are not computed.
     */
    private static Set<Integer> reviewersColumns(Grid grid, List<Formula> formulas) {
        Vocabulary vocabulary = Vocabulary.defaults();
        Term.Group group = Term.COLUMN_COMPUTED.group();
        Set<Integer> columns = new HashSet<>();
        Set<Integer> looked = new HashSet<>();
        for (Formula formula : formulas) {
            if (!looked.add(formula.column())) {
                continue;
            }
            for (GridRow row : grid.rows()) {
                Optional<GridCell> cell = row.at(formula.column());
                if (cell.isPresent() && cell.get().number().isEmpty() && vocabulary.mayMatch(cell.get().text(), group)
                        && vocabulary.match(cell.get().text(), group).orElse(null) == Term.COLUMN_COMPUTED) {
                    columns.add(formula.column());
                    break;
                }
            }
        }
        return columns;
    }

    /** A formula's tokens, or null where POI cannot parse it in a one-sheet workbook. */
    private static Ptg[] parse(String formula, HSSFWorkbook workbook) {
        try {
            return HSSFFormulaParser.parse(formula, workbook);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Copies the grid's cells within a range to the .xls sheet, each once. */
    private static void copy(Grid grid, HSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn,
            Set<Long> copied) {
        for (int r = firstRow; r <= lastRow; r++) {
            Optional<GridRow> row = grid.row(r);
            if (row.isEmpty()) {
                continue;
            }
            for (GridCell cell : row.get().cells()) {
                if (cell.column() < firstColumn || cell.column() > lastColumn
                        || cell.text().length() > SpreadsheetVersion.EXCEL97.getMaxTextLength()
                        || !copied.add((long) cell.row() << 32 | cell.column())) {
                    continue;
                }
                HSSFCell copy = cell(sheet, cell.row(), cell.column());
                if (cell.number().isPresent()) {
                    copy.setCellValue(cell.number().get().doubleValue());
                } else {
                    copy.setCellValue(cell.text());
                }
            }
        }
    }

    /** A formula's value as a number or text; null for an error value, or where POI cannot compute it. */
    private static Object value(FormulaEvaluator evaluator, HSSFCell cell) {
        try {
            CellValue value = evaluator.evaluate(cell);
            if (value == null) {
                return null;
            }
            if (value.getCellType() == CellType.NUMERIC && Double.isFinite(value.getNumberValue())) {
                return BigDecimal.valueOf(value.getNumberValue());
            }
            if (value.getCellType() == CellType.STRING) {
                return value.getStringValue();
            }
            if (value.getCellType() == CellType.BOOLEAN) {
                return value.getBooleanValue() ? "TRUE" : "FALSE";
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // a function POI does not implement, or a chain of formulas too deep to follow
            return null;
        }
    }

    /**
     * How many cells a parsed formula names, ranges counted cell by cell; -1 where it names anything but cells of
     * its own sheet (another sheet, a defined name, an external workbook), or calls one of {@link #NOT_COMPUTED}
     * (INDIRECT, OFFSET: the copy holds only the cells named, and what they reach would read as blank; TODAY …).
     */
    private static long cellsNamed(Ptg[] tokens) {
        long cells = 0;
        for (Ptg token : tokens) {
            if (token instanceof ExternSheetReferenceToken || token instanceof NamePtg || token instanceof NameXPtg
                    || token instanceof AbstractFunctionPtg function && NOT_COMPUTED.contains(function.getName())) {
                return -1;
            }
            if (token instanceof AreaPtgBase area) {
                cells += (long) (area.getLastRow() - area.getFirstRow() + 1)
                        * (area.getLastColumn() - area.getFirstColumn() + 1);
            } else if (token instanceof RefPtgBase) {
                cells++;
            }
        }
        return cells;
    }

    /** How many brackets a formula has open at once at most. */
    private static int nesting(String formula) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    private static HSSFCell cell(HSSFSheet sheet, int row, int column) {
        HSSFRow at = sheet.getRow(row);
        if (at == null) {
            at = sheet.createRow(row);
        }
        return at.createCell(column);
    }
}
