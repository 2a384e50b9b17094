package io.github.jixiao.xlsx;

/**
 * A form that cannot be read at a cell: the recogniser turns it into a {@link io.github.jixiao.spi.FormReadException}
 * (strict) or a finding (lenient).
 */
final class CellProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String address;

    CellProblem(String address, String reason) {
        super(reason, null, false, false);
        this.address = address;
    }

    /** The cell, such as {@code C12}. */
    String address() {
        return address;
    }
}
