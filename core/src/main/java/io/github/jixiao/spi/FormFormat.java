// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.spi;

import io.github.jixiao.model.SelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A file format for forms (表格格式), such as {@code json}, {@code xlsx} or {@code xls}. Implementations are
 * registered for {@link ServiceLoader} (in {@code META-INF/services} and with {@code provides} in
 * {@code module-info}), so adding io-json or io-xlsx to the class path is all it takes to read those files.
 *
 * <p>Implementations must be immutable and thread-safe; one instance reads and writes many streams.
 */
public interface FormFormat {

    /** A short lower-case name, such as {@code json} or {@code xlsx}. @return never null */
    String name();

    /** The media type, such as {@code application/json}. @return never null */
    String mediaType();

    /**
     * The file extensions, lower case and without the dot: first the one the format writes under, such as
     * {@code xlsx}, then any others it reads too ({@code xlsm}, a macro-enabled workbook).
     *
     * @return never null, not empty
     */
    List<String> fileExtensions();

    /**
     * Reads every form in a stream. The stream is read to its end (or until a limit is exceeded) but not
     * closed.
     *
     * @param in the stream, not null
     * @param options how to read, not null
     * @return the forms with their locations and what the reader noticed, never null
     * @throws FormReadException if the document is not a readable form, or breaks a limit; the exception
     *     says where and what was expected
     * @throws IOException if the stream cannot be read
     */
    ReadResult read(InputStream in, ReadOptions options) throws IOException;

    /**
     * Reads every form in a stream, tolerantly ({@link ReadOptions#defaults()}).
     *
     * @param in the stream, not null
     * @return the forms, with the reader's findings, never null
     * @throws FormReadException if the document is not a form document at all, or breaks a limit
     * @throws IOException if the stream cannot be read
     */
    default ReadResult read(InputStream in) throws IOException {
        return read(in, ReadOptions.defaults());
    }

    /** Whether this format can write forms ({@code xls} is read only). @return true if {@link #write} works */
    default boolean canWrite() {
        return true;
    }

    /**
     * Writes forms to a stream, which is flushed but not closed.
     *
     * @param forms the forms, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     * @throws UnsupportedOperationException if this format cannot write
     */
    void write(List<SelfEvaluation> forms, OutputStream out) throws IOException;

    /**
     * Every format on the class path or module path, in {@link ServiceLoader} order.
     *
     * @return never null
     */
    static List<FormFormat> available() {
        List<FormFormat> formats = new ArrayList<>();
        ServiceLoader.load(FormFormat.class, FormFormat.class.getClassLoader()).forEach(formats::add);
        return List.copyOf(formats);
    }

    /**
     * The available format for a file name, by its extension.
     *
     * @param fileName a file name such as {@code form.xlsx}, not null
     * @return the format, or empty if none handles the extension
     */
    static Optional<FormFormat> forFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return available().stream().filter(f -> f.fileExtensions().contains(extension)).findFirst();
    }
}
