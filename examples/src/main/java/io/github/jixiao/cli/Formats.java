// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The form formats on the class path, looked up by a file's extension; found once, on first use. */
final class Formats {

    private Formats() {
    }

    private static final class Available {
        static final List<FormFormat> FORMATS = FormFormat.available();
    }

    /**
     * The format for a file, by its extension.
     *
     * @throws FormReadException naming the file when no format reads its extension
     */
    static FormFormat forPath(Path path) throws FormReadException {
        String extension = Inputs.extension(path);
        for (FormFormat format : Available.FORMATS) {
            if (format.fileExtensions().contains(extension)) {
                return format;
            }
        }
        throw new FormReadException(path.toString(), "", "no format reads ." + extension + " files; known: "
                + Available.FORMATS.stream().flatMap(f -> f.fileExtensions().stream()).toList());
    }

    /** Reads every form in a file, as the options say (the command line reads leniently), under its own name. */
    static ReadResult read(Path file, ReadOptions options) throws IOException {
        FormFormat format = forPath(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return format.read(in, options.withSourceName(file.getFileName().toString()));
        }
    }
}
