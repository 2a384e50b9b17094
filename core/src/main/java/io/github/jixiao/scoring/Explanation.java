// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.finding.Language;
import java.util.Objects;
import java.util.function.Function;

/**
 * The arithmetic behind a score, in Chinese and English (计分说明), such as
 * {@code 未达成，按比例：90.00 / 120.00 × 15.00 = 11.25}. The scorer writes the text each time it is asked for
 * and keeps only what it is written from, so that scoring many forms does not pay for text nobody reads; two
 * explanations are equal when their texts are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

    /** Writes the text in a language. */
    private final Function<Language, String> writer;

    private Explanation(Function<Language, String> writer) {
        this.writer = writer;
    }

    /**
     * An explanation with the given texts.
     *
     * @param zh the Chinese text, not null
     * @param en the English text, not null
     * @return never null
     */
    public static Explanation of(String zh, String en) {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        return new Explanation(language -> language.pick(zh, en));
    }

    /** An explanation written on demand by {@code writer}, which must always write the same text. */
    static Explanation lazy(Function<Language, String> writer) {
        return new Explanation(writer);
    }

    /** The Chinese text. @return never null */
    public String zh() {
        return writer.apply(Language.CHINESE);
    }

    /** The English text. @return never null */
    public String en() {
        return writer.apply(Language.ENGLISH);
    }

    /**
     * The text in one language.
     *
     * @param language the language, not null
     * @return never null
     */
    public String text(Language language) {
        return writer.apply(Objects.requireNonNull(language, "language"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Explanation && ((Explanation) obj).zh().equals(zh()) && ((Explanation) obj).en().equals(en());
    }

    @Override
    public int hashCode() {
        return 31 * zh().hashCode() + en().hashCode();
    }

    /** The English text. */
    @Override
    public String toString() {
        return en();
    }
}
