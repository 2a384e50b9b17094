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
 * file), the reason, and the exception behind it when there is one (printed only with {@code --verbose}).
 *
 * @param file the file as given or found
 * @param place the place in the file, may be empty
 * @param reason what was wrong
 * @param cause the exception, if any
 */
record Problem(String file, String place, String reason, Optional<Throwable> cause) {

    Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
    }

    static Problem of(String file, String reason) {
        return new Problem(file, "", reason, Optional.empty());
    }

    /**
     * The problem behind an exception met while reading a file: the place and reason of a
     * {@link FormReadException}, or the kind of I/O failure, or an unexpected error (a reader's defect on one odd
     * file is reported, not hidden, and does not stop a batch).
     */
    static Problem from(String file, Exception e) {
        String reason;
        if (e instanceof FormReadException read) {
            return new Problem(file, read.location(), read.reason(), Optional.of(e));
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof IOException) {
            reason = "cannot be read: " + e;
        } else {
            reason = "unexpected error: " + e;
        }
        return new Problem(file, "", reason, Optional.of(e));
    }

    /** Prints the problem on one line of standard error, and its stack trace when {@code verbose}. */
    void report(PrintWriter err, boolean verbose) {
        err.println("jixiao: " + line());
        if (verbose) {
            cause.ifPresent(c -> c.printStackTrace(err));
        }
    }

    /** One line: {@code file: place: reason}. */
    String line() {
        return place.isEmpty() ? file + ": " + reason : file + ": " + place + ": " + reason;
    }
}
