// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.Optional;

/**
 * An input that could not be read: the file, the place in it (a cell, a JSON pointer; empty for the whole
 * file), the reason in Chinese and in English, and the exception behind it when there is one (printed only with
 * {@code --verbose}). A reason a reader gives (in English) is quoted in the Chinese line after 无法读取.
 *
 * @param file the file as given or found
 * @param place the place in the file, may be empty
 * @param reasonZh what was wrong, in Chinese
 * @param reason what was wrong, in English
 * @param cause the exception, if any
 */
record Problem(String file, String place, String reasonZh, String reason, Optional<Throwable> cause) {

    Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
    }

    static Problem of(String file, String reasonZh, String reason) {
        return new Problem(file, "", reasonZh, reason, Optional.empty());
    }

    /**
     * The problem behind an exception met while reading a file: the place and reason of a
     * {@link FormReadException}, or the kind of I/O failure, or an unexpected error (a reader's defect on one odd
     * file is reported, not hidden, and does not stop a batch).
     */
    static Problem from(String file, Exception e) {
        if (e instanceof FormReadException read) {
            return new Problem(file, read.location(), "无法读取：" + read.reason(), read.reason(), Optional.of(e));
        } else if (e instanceof NoSuchFileException) {
            return new Problem(file, "", "文件不存在", "no such file", Optional.of(e));
        } else if (e instanceof AccessDeniedException) {
            return new Problem(file, "", "没有读取权限", "permission denied", Optional.of(e));
        } else if (e instanceof IOException) {
            return new Problem(file, "", "无法读取：" + e, "cannot be read: " + e, Optional.of(e));
        }
        return new Problem(file, "", "意外错误：" + e, "unexpected error: " + e, Optional.of(e));
    }

    /** Prints the problem on one line of standard error, and its stack trace when {@code verbose}. */
    void report(PrintWriter err, Lang lang, boolean verbose) {
        err.println("jixiao: " + line(lang));
        if (verbose) {
            cause.ifPresent(c -> c.printStackTrace(err));
        }
    }

    /** One line in English: {@code file: place: reason}. */
    String line() {
        return line(Lang.en);
    }

    /** One line: {@code file: place: reason}, control characters escaped. */
    String line(Lang lang) {
        String why = lang.pick(reasonZh, reason);
        return Terminals.safe(place.isEmpty() ? file + ": " + why : file + ": " + place + ": " + why);
    }
}
