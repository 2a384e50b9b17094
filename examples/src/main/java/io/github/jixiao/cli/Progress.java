// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place at most ten times a second:
 * {@code [██████░░░░░░░░░░░░░░]  3012/10000 files  30%  4.1 s}. Used only when standard error is a terminal;
 * otherwise {@link #NONE} draws nothing. Not thread-safe: steps come from the thread that collects results.
 */
class Progress {

    /** Draws nothing. */
    static final Progress NONE = new Progress(null, 0, "");

    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final String files;
    private final long start = System.nanoTime();
    private int done;
    private long drawn;

    private Progress(PrintWriter err, int total, String files) {
        this.err = err;
        this.total = total;
        this.files = files;
    }

    /** A bar for {@code total} files when standard error is a terminal and there is more than one file. */
    static Progress forFiles(PrintWriter err, int total, boolean terminal, Lang lang) {
        return terminal && total > 1 ? new Progress(err, total, lang.pick(" 个文件  ", " files  ")) : NONE;
    }

    /** One more file done. */
    void step() {
        if (err == null) {
            return;
        }
        done++;
        long now = System.nanoTime();
        if (now - drawn >= REDRAW_NANOS || done == total) {
            drawn = now;
            int filled = (int) ((long) BAR * done / total);
            long seconds10 = (now - start) / 100_000_000L;
            err.print("\r[" + "█".repeat(filled) + "░".repeat(BAR - filled) + "] " + done + "/" + total
                    + files + (100L * done / total) + "%  " + seconds10 / 10 + "." + seconds10 % 10 + " s");
            err.flush();
        }
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    void finish() {
        if (err != null) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
