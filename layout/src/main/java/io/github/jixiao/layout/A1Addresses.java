// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

/**
 * A1 addresses ({@link Addressing#a1}). Every value read cites its cell, and forms print theirs in the same few
 * places: the addresses of the first {@value #COLUMNS} columns and {@value #ROWS} rows are made once, when first
 * asked for, and shared by every read (a race makes one twice, equal).
 */
final class A1Addresses {

    private static final int COLUMNS = 26;
    private static final int ROWS = 512;
    private static final String[] MADE = new String[COLUMNS * ROWS];

    private A1Addresses() {
    }

    static String of(int row, int column) {
        if (row < 0 || row >= ROWS || column < 0 || column >= COLUMNS) {
            return make(row, column);
        }
        int at = row * COLUMNS + column;
        String address = MADE[at];
        if (address == null) {
            address = make(row, column);
            MADE[at] = address;
        }
        return address;
    }

    private static String make(int row, int column) {
        if (column >= 0 && column < COLUMNS) {
            return "" + (char) ('A' + column) + (row + 1);
        }
        StringBuilder letters = new StringBuilder(8);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }
}
