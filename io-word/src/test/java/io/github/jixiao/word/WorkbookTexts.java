// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.layout.Addressing;
import io.github.jixiao.layout.CellRange;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.layout.GridCell;
import io.github.jixiao.layout.GridRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The oracle of the documents made from workbooks: the shown texts of a workbook row by row (each row its non-blank
 * cells in column order, a merged region once, at its top-left), from a corpus listing ({@code *.xlsx.txt}, the grid
 * it prints) or from a seed workbook read with POI; the same of grids; and a row-by-row comparison.
 */
public final class WorkbookTexts {

    /** The seed workbooks, relative to a module's directory (tests run there). */
    public static final Path SEED_FORMS = Path.of("..", "examples", "forms");
    /** The seed workbooks' names, without extension. */
    public static final List<String> SEEDS = List.of("beijing", "shanghai", "shenzhen");
    /** The corpus workbooks' names, without extension. */
    public static final List<String> CORPUS = List.of("01_zhongjiang-shuibiaochi", "02_yongde-yingyanggaishan",
            "03_baoshan-chunjieweiwen", "04_putuo-tiyu-jiesuan", "05_tianchang-shuihanzaihai");

    private static final Pattern GRID_ROW = Pattern.compile("^(\\d+)\\s+\\| (.*) \\|\\s*$");

    private WorkbookTexts() {
    }

    /**
     * The rows of a seed or corpus workbook by its name (a corpus name reads its listing).
     *
     * @param name a name of {@link #SEEDS} or {@link #CORPUS}
     * @return the rows, each its non-blank texts in column order; blank rows left out
     */
    public static List<List<String>> of(String name) {
        return CORPUS.contains(name) ? listing(name + ".xlsx.txt") : workbook(SEED_FORMS.resolve(name + ".xlsx"));
    }

    /**
     * The rows of a corpus listing's grid: {@code ^} and {@code <} (inside a merged region) and blanks left out.
     *
     * @param name the listing's file name, such as {@code 04_putuo-tiyu-jiesuan.xlsx.txt}
     * @return the rows, blank rows left out
     */
    public static List<List<String>> listing(String name) {
        List<List<String>> rows = new ArrayList<>();
        boolean inGrid = false;
        for (String line : lines("corpus/" + name)) {
            if (line.startsWith("grid ")) {
                inGrid = true;
                continue;
            }
            if (inGrid && line.startsWith("cells ")) {
                break;
            }
            Matcher m = GRID_ROW.matcher(line);
            if (inGrid && m.matches()) {
                List<String> row = new ArrayList<>();
                for (String text : m.group(2).split(" \\| ", -1)) {
                    String cell = text.strip();
                    if (!cell.isEmpty() && !cell.equals("^") && !cell.equals("<")) {
                        row.add(cell);
                    }
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * The merged regions of a corpus listing, in A1 notation ({@code A4:A8}).
     *
     * @param name the listing's file name
     * @return the regions
     */
    public static List<String> merges(String name) {
        List<String> merges = new ArrayList<>();
        boolean in = false;
        for (String line : lines("corpus/" + name)) {
            if (line.startsWith("merged regions")) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            } else if (in) {
                merges.addAll(List.of(line.trim().split("\\s+")));
            }
        }
        return merges;
    }

    /**
     * Merged ranges in A1 notation.
     *
     * @param ranges the ranges
     * @return the ranges as {@code A4:A8}
     */
    public static List<String> a1(List<CellRange> ranges) {
        return ranges.stream().map(r -> Addressing.a1(r.firstRow(), r.firstColumn()) + ":"
                + Addressing.a1(r.lastRow(), r.lastColumn())).toList();
    }

    /**
     * The rows of every sheet of a workbook, in order, as POI's {@link DataFormatter} shows them.
     *
     * @param path the workbook
     * @return the rows, blank rows left out
     */
    public static List<List<String>> workbook(Path path) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> texts = new ArrayList<>();
                    for (Cell cell : row) {
                        String text = shown.formatCellValue(cell);
                        if (!text.isBlank() && !covered(sheet, cell)) {
                            texts.add(text);
                        }
                    }
                    if (!texts.isEmpty()) {
                        rows.add(texts);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static boolean covered(Sheet sheet, Cell cell) {
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            if (merge.isInRange(cell) && (merge.getFirstRow() != cell.getRowIndex()
                    || merge.getFirstColumn() != cell.getColumnIndex())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of grids, one after another.
     *
     * @param grids the grids
     * @return the rows, each its cells' texts in column order
     */
    public static List<List<String>> grids(List<Grid> grids) {
        List<List<String>> rows = new ArrayList<>();
        for (Grid grid : grids) {
            for (GridRow row : grid.rows()) {
                rows.add(row.cells().stream().map(GridCell::text).toList());
            }
        }
        return rows;
    }

    /**
     * How the cells of a document compare with its workbook's.
     *
     * @param cells the workbook's non-blank cells
     * @param exact the cells whose text is the same
     * @param sameLetters the cells whose text is the same once white space is removed (exact ones included)
     * @param differences each row that differs: what the workbook shows, then what the document shows
     */
    public record Comparison(int cells, int exact, int sameLetters, List<String> differences) {

        /** The figures, for reports. */
        @Override
        public String toString() {
            return exact + "/" + cells + " cells exact, " + sameLetters + "/" + cells + " the same but for white space"
                    + (differences.isEmpty() ? "" : "; differences:\n  " + String.join("\n  ", differences));
        }
    }

    /**
     * Compares a document's rows with its workbook's: rows are matched in order by their texts without white
     * space (a longest common subsequence); rows left between two matched ones are compared cell by cell in order.
     *
     * @param expected the workbook's rows
     * @param actual the document's rows
     * @return the comparison
     */
    public static Comparison compare(List<List<String>> expected, List<List<String>> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = key(expected.get(i)).equals(key(actual.get(j))) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int cells = 0;
        int exact = 0;
        int same = 0;
        List<String> differences = new ArrayList<>();
        List<List<String>> gapExpected = new ArrayList<>();
        List<List<String>> gapActual = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && key(expected.get(i)).equals(key(actual.get(j)))) {
                int[] counts = gap(gapExpected, gapActual, differences);
                cells += counts[0] + expected.get(i).size();
                exact += counts[1] + exactCells(expected.get(i), actual.get(j));
                same += counts[2] + expected.get(i).size();
                if (exactCells(expected.get(i), actual.get(j)) < expected.get(i).size()) {
                    differences.add(expected.get(i) + " ≈ " + actual.get(j));
                }
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                gapActual.add(actual.get(j++));
            } else {
                gapExpected.add(expected.get(i++));
            }
        }
        int[] counts = gap(gapExpected, gapActual, differences);
        return new Comparison(cells + counts[0], exact + counts[1], same + counts[2], differences);
    }

    /** Unmatched rows compared cell by cell in order; the gap is emptied. @return cells, exact, same */
    private static int[] gap(List<List<String>> expected, List<List<String>> actual, List<String> differences) {
        List<String> want = expected.stream().flatMap(List::stream).toList();
        List<String> got = actual.stream().flatMap(List::stream).toList();
        int exact = 0;
        int same = 0;
        for (int k = 0; k < want.size() && k < got.size(); k++) {
            exact += want.get(k).equals(got.get(k)) ? 1 : 0;
            same += letters(want.get(k)).equals(letters(got.get(k))) ? 1 : 0;
        }
        if (!expected.isEmpty() || !actual.isEmpty()) {
            differences.add(expected + " ≠ " + actual);
        }
        expected.clear();
        actual.clear();
        return new int[] {want.size(), exact, same};
    }

    private static int exactCells(List<String> expected, List<String> actual) {
        int exact = 0;
        for (int k = 0; k < expected.size() && k < actual.size(); k++) {
            exact += expected.get(k).equals(actual.get(k)) ? 1 : 0;
        }
        return exact;
    }

    private static String key(List<String> row) {
        return letters(String.join("", row));
    }

    /** A text without any white space. */
    public static String letters(String text) {
        return text.replaceAll("[\\s\\u3000]", "");
    }

    private static List<String> lines(String resource) {
        return new String(resource(WorkbookTexts.class, resource), StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * A test resource's bytes.
     *
     * @param near a class in the resource's package
     * @param name the resource's name in that package
     * @return the bytes
     */
    public static byte[] resource(Class<?> near, String name) {
        try (InputStream in = Objects.requireNonNull(near.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
