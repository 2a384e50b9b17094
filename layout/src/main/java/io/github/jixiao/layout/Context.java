// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;

/** What the readers of one form's blocks share: its region, the labels, and where their findings go. */
final class Context {

    private final Region region;
    private final Labels labels;
    private final Notes notes;
    /** Columns a reviewer added beside the form (核算得分): not the form's, their notes are not either. */
    private final java.util.BitSet passedOver = new java.util.BitSet();

    Context(Region region, Labels labels, Notes notes) {
        this.region = region;
        this.labels = labels;
        this.notes = notes;
    }

    Region region() {
        return region;
    }

    Labels labels() {
        return labels;
    }

    /** Notes a column a reviewer added beside the form (jixiao's 核算 columns), which is not read. */
    void passOver(int column) {
        passedOver.set(column);
    }

    /** Whether a column is one a reviewer added beside the form. */
    boolean isPassedOver(int column) {
        return passedOver.get(column);
    }

    /** Where a cell is: document, sheet, address. */
    Origin at(GridCell cell) {
        return region.grid().origin(cell.row(), cell.column());
    }

    /** Where a place is, whether or not a cell was written there. */
    Origin at(int row, int column) {
        return region.grid().origin(row, column);
    }

    /** A surprise that may matter: the reader had to guess or left something out that counts. */
    void warn(String code, Origin at, String zh, String en) {
        notes.add(code, Severity.WARNING, at, zh, en);
    }

    /** Worth knowing: what the reader kept aside or skipped on purpose. */
    void info(String code, Origin at, String zh, String en) {
        notes.add(code, Severity.INFO, at, zh, en);
    }

}
