// SPDX-License-Identifier: Apache-2.0
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Makes a copy of a form workbook laid out the way a unit prints it: thin borders on every cell of each form's
 * table (title lines and blank separator rows left open), text wrapped in its cell, column widths from the
 * texts, A4 landscape fitted to one page wide. With {@code unruled} the same copy has no borders at all (a
 * PDF "without ruling lines"). Values, number formats and merges are not touched, so the copy shows the same
 * texts as the original.
 *
 * <p>Run with POI on the class path (see README.md): {@code java -cp "$CP" PrintReady.java ruled in.xlsx out.xlsx}.
 * Not part of the build: a tool that made the committed test documents.
 */
public class PrintReady {

    public static void main(String[] args) throws Exception {
        boolean ruled = args[0].equals("ruled");
        try (Workbook wb = WorkbookFactory.create(new java.io.FileInputStream(args[1]))) {
            DataFormatter shown = new DataFormatter();
            for (Sheet sheet : wb) {
                layOut(wb, sheet, shown, ruled);
            }
            try (OutputStream out = new FileOutputStream(args[2])) {
                wb.write(out);
            }
        }
    }

    private static void layOut(Workbook wb, Sheet sheet, DataFormatter shown, boolean ruled) {
        int lastColumn = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!shown.formatCellValue(cell).isEmpty()) {
                    lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                }
            }
        }
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            lastColumn = Math.max(lastColumn, merge.getLastColumn());
        }
        int[] longest = new int[lastColumn + 1];
        for (Row row : sheet) {
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c <= lastColumn && !inWideMerge(sheet, cell)) {
                    longest[c] = Math.max(longest[c], width(shown.formatCellValue(cell)));
                }
            }
        }
        for (int c = 0; c <= lastColumn; c++) {
            // in 1/256 of a character; CJK characters count twice; 8 to 36 characters wide
            sheet.setColumnWidth(c, Math.max(8, Math.min(36, longest[c] + 2)) * 256);
        }
        java.util.Map<Short, CellStyle> styles = new java.util.HashMap<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            row.setHeightInPoints(lines(sheet, row, shown) * 14f + 4f);
            boolean title = isTitleOrBlank(row, shown);
            for (int c = 0; c <= lastColumn; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    if (title) {
                        continue;
                    }
                    cell = row.createCell(c);
                }
                cell.setCellStyle(styled(wb, styles, cell.getCellStyle(), ruled && !title, title));
            }
        }
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastColumn, 0, sheet.getLastRowNum());
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static CellStyle styled(Workbook wb, java.util.Map<Short, CellStyle> cache, CellStyle base, boolean border,
            boolean title) {
        short key = (short) (base.getIndex() * 4 + (border ? 1 : 0) + (title ? 2 : 0));
        return cache.computeIfAbsent(key, k -> {
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(base);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (title) {
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            BorderStyle line = border ? BorderStyle.THIN : BorderStyle.NONE;
            style.setBorderTop(line);
            style.setBorderBottom(line);
            style.setBorderLeft(line);
            style.setBorderRight(line);
            return style;
        });
    }

    /** A row holding at most one text in column A (a title line such as 项目支出绩效自评表 or （2023年度）), or none. */
    private static boolean isTitleOrBlank(Row row, DataFormatter shown) {
        for (Cell cell : row) {
            if (cell.getColumnIndex() > 0 && !shown.formatCellValue(cell).isEmpty()) {
                return false;
            }
        }
        Cell first = row.getCell(0);
        String text = first == null ? "" : shown.formatCellValue(first);
        return text.isEmpty() || text.contains("自评表") || text.contains("年度");
    }

    /** The lines the row's tallest cell needs, wrapped at its width (merged cells one row high count their width). */
    private static int lines(Sheet sheet, Row row, DataFormatter shown) {
        int lines = 1;
        for (Cell cell : row) {
            String text = shown.formatCellValue(cell);
            if (text.isEmpty()) {
                continue;
            }
            int first = cell.getColumnIndex();
            int last = first;
            for (CellRangeAddress merge : sheet.getMergedRegions()) {
                if (merge.isInRange(cell)) {
                    if (merge.getFirstRow() != merge.getLastRow()) {
                        first = -1;
                    }
                    last = merge.getLastColumn();
                }
            }
            if (first < 0) {
                continue;
            }
            int available = 0;
            for (int c = first; c <= last; c++) {
                available += sheet.getColumnWidth(c) / 256;
            }
            int needed = 0;
            for (String paragraph : text.split("\n", -1)) {
                needed += Math.max(1, (width(paragraph) + available - 3) / Math.max(1, available - 2));
            }
            lines = Math.max(lines, needed);
        }
        return lines;
    }

    private static boolean inWideMerge(Sheet sheet, Cell cell) {
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            if (merge.isInRange(cell) && merge.getFirstColumn() != merge.getLastColumn()) {
                return true;
            }
        }
        return false;
    }

    /** Display width in characters: CJK and full-width characters count two. */
    private static int width(String text) {
        int width = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                width = Math.max(width, line);
                line = 0;
            } else {
                line += ch >= 0x2E80 ? 2 : 1;
            }
        }
        return Math.max(width, line);
    }
}
