// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.spi;

import io.github.jixiao.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * How to read a document (读取选项): tolerantly (the default: whatever a form holds is read as far as it goes,
 * and every surprise is a finding at its cell on the {@link ReadResult}) or strictly (the first surprise that is
 * a warning or an error is a {@link FormReadException} at its cell); the source name that locations cite; and
 * the {@link Vocabulary} of labels a layout reader recognises.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lenient true to read tolerantly, false to refuse at the first surprise
 * @param sourceName the name of the document, such as a file name; may be empty
 * @param vocabulary the labels and synonyms layout readers recognise
 */
public record ReadOptions(boolean lenient, String sourceName, Vocabulary vocabulary) {

    /**
     * Creates options.
     *
     * @param lenient true to read tolerantly
     * @param sourceName the document's name, may be empty, not null
     * @param vocabulary the labels layout readers recognise, not null
     */
    public ReadOptions {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** Tolerant reading of an unnamed document with the default vocabulary. @return never null */
    public static ReadOptions defaults() {
        return new ReadOptions(true, "", Vocabulary.defaults());
    }

    /** Strict reading of an unnamed document. @return never null */
    public static ReadOptions strictReading() {
        return new ReadOptions(false, "", Vocabulary.defaults());
    }

    /** Tolerant reading of an unnamed document, the same as {@link #defaults()}. @return never null */
    public static ReadOptions lenientReading() {
        return defaults();
    }

    /**
     * These options for a named document.
     *
     * @param name the document's name, such as {@code form.xlsx}, not null
     * @return never null
     */
    public ReadOptions withSourceName(String name) {
        return new ReadOptions(lenient, name, vocabulary);
    }

    /**
     * These options with another vocabulary, such as the defaults with a province's synonyms added
     * ({@code Vocabulary.defaults().with(Vocabulary.read(reader))}).
     *
     * @param labels the vocabulary, not null
     * @return never null
     */
    public ReadOptions withVocabulary(Vocabulary labels) {
        return new ReadOptions(lenient, sourceName, labels);
    }
}
