package io.github.jixiao.xlsx;

import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams an .xlsx package (already checked by {@link PackageGuard}) into grids with fastexcel-reader. Rows,
 * cells and string lengths are bounded as they stream. fastexcel-reader has no merged-cell API: a merged cell's
 * value is in its top-left cell, which is what the grid keeps.
 */
final class XlsxGrids {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private XlsxGrids() {
    }

    static List<SheetGrid> read(byte[] bytes, XlsxLimits limits, String source, ReadNotes notes) throws IOException {
        GridBuilder grids = new GridBuilder(limits, source);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), WITH_FORMATS)) {
            boolean date1904 = workbook.isDate1904();
            for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
                grids.startSheet(sheet.getName());
                List<Cell> uncalculated = new ArrayList<>();
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                        addRow(grids, it.next(), date1904, uncalculated);
                    }
                }
                noteUncalculated(grids.endSheet(), uncalculated, notes);
            }
        } catch (FormReadException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FormReadException(source, "", "the workbook cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FormReadException(source, "", "the workbook is corrupt: " + e, e);
        }
        return grids.sheets();
    }

    private static void addRow(GridBuilder grids, Row row, boolean date1904, List<Cell> uncalculated)
            throws FormReadException {
        int index = row.getRowNum() - 1;
        grids.checkRow(index);
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null) {
                addCell(grids, index, cell, date1904);
                if (cell.getType() == CellType.FORMULA && cell.getRawValue() == null) {
                    uncalculated.add(cell);
                }
            }
        }
    }

    /**
     * Formulas saved without a result read as blank. That matters only where the form is, so a note is given for
     * each one up to the sheet's last labelled column; columns to the right of every label (such as the 核算
     * columns the template writer adds) are not the form's.
     */
    private static void noteUncalculated(SheetGrid grid, List<Cell> uncalculated, ReadNotes notes) {
        if (uncalculated.isEmpty()) {
            return;
        }
        int lastLabelColumn = grid.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.label().isPresent()).mapToInt(GridCell::column).max().orElse(-1);
        for (Cell cell : uncalculated) {
            if (cell.getColumnIndex() <= lastLabelColumn) {
                String address = GridCell.address(cell.getAddress().getRow(), cell.getColumnIndex());
                notes.cell("READ_FORMULA_WITHOUT_VALUE", grid.name(), address,
                        "公式“=" + cell.getFormula() + "”没有保存计算结果，按空白读取",
                        "the formula \"=" + cell.getFormula() + "\" has no cached value (the workbook was saved "
                                + "without calculating it); the cell is read as blank");
            }
        }
    }

    private static void addCell(GridBuilder grids, int row, Cell cell, boolean date1904) throws FormReadException {
        int column = cell.getColumnIndex();
        CellType type = cell.getType();
        if (type == CellType.EMPTY) {
            return;
        }
        if (type == CellType.NUMBER) {
            ShownNumber shown = ShownNumber.of(cell.asNumber(), cell.getDataFormatString(), date1904);
            grids.add(row, column, shown.text(), shown.number());
            return;
        }
        String raw = OoxmlEscapes.decode(type == CellType.STRING ? cell.asString() : cell.getRawValue());
        if (raw == null) {
            return;
        }
        BigDecimal cached = type == CellType.FORMULA ? number(raw) : null;
        if (cached != null) {
            ShownNumber shown = ShownNumber.of(cached, cell.getDataFormatString(), date1904);
            grids.add(row, column, shown.text(), shown.number());
        } else {
            grids.add(row, column, raw, null);
        }
    }

    /** The cached value of a formula cell as a number, or null when it is text. */
    private static BigDecimal number(String raw) {
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
