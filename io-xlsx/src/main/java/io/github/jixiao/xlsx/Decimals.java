package io.github.jixiao.xlsx;

import io.github.jixiao.notation.Notation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers from cells: a numeric cell's exact decimal, or a number stored as text parsed exactly. */
final class Decimals {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern DASH = Pattern.compile("[-—–－/／]+|无|[（(]?空[)）]?");

    private Decimals() {
    }

    /**
     * The number in a cell, exactly as shown; empty for a placeholder: a dash, a slash, 无 or （空）.
     *
     * @throws CellProblem if the cell holds text that is not a number
     */
    static Optional<BigDecimal> of(GridCell cell, String what) throws CellProblem {
        return of(cell, what, null);
    }

    /**
     * The number in an optional cell, as {@link #of(GridCell, String)}; an error names it {@code what} of
     * {@code owner} (分值 of 新增功能), a text written only then.
     */
    static Optional<BigDecimal> of(Optional<GridCell> cell, String what, String owner) throws CellProblem {
        return cell.isPresent() ? of(cell.get(), what, owner) : Optional.empty();
    }

    private static Optional<BigDecimal> of(GridCell cell, String what, String owner) throws CellProblem {
        if (cell.number().isPresent()) {
            return cell.number();
        }
        String s = normalize(cell.text());
        if (DASH.matcher(s).matches()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new CellProblem(cell.address(), what + (owner == null ? "" : " of " + owner) + " is \""
                    + cell.text() + "\"; expected a number");
        }
        return Optional.of(new BigDecimal(s));
    }

    /** The number in an optional cell; empty when the cell is blank or a placeholder. */
    static Optional<BigDecimal> of(Optional<GridCell> cell, String what) throws CellProblem {
        return cell.isPresent() ? of(cell.get(), what) : Optional.empty();
    }

    /** Full-width digits and signs to ASCII, thousands separators and white space removed. */
    private static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                sb.append('.');
            } else if (c != ',' && c != '，' && !Notation.isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
