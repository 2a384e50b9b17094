package io.github.jixiao.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * A text in Chinese and English (双语文本) written when first asked for, so that scoring and auditing many forms
 * do not pay for text nobody reads. Shared by {@code Explanation} and {@code Finding}; not part of the API (the
 * module does not export this package).
 *
 * <p>This class is thread-safe: under a race a text is written more than once, always the same.
 */
public final class LazyText {

    private final Function<Boolean, String> writer;
    private String zh;
    private String en;

    private LazyText(Function<Boolean, String> writer) {
        this.writer = writer;
    }

    /**
     * A text written on demand.
     *
     * @param writer writes the text: {@code true} for Chinese, {@code false} for English; not null
     * @return never null
     */
    public static LazyText of(Function<Boolean, String> writer) {
        return new LazyText(Objects.requireNonNull(writer, "writer"));
    }

    /**
     * A text already written.
     *
     * @param zh the Chinese text, not null
     * @param en the English text, not null
     * @return never null
     */
    public static LazyText of(String zh, String en) {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        // the writer also serves a thread that sees this object before its fields
        LazyText text = new LazyText(chinese -> chinese ? zh : en);
        text.zh = zh;
        text.en = en;
        return text;
    }

    /** The Chinese text. @return never null */
    public String zh() {
        String text = zh;
        if (text == null) {
            text = writer.apply(Boolean.TRUE);
            zh = text;
        }
        return text;
    }

    /** The English text. @return never null */
    public String en() {
        String text = en;
        if (text == null) {
            text = writer.apply(Boolean.FALSE);
            en = text;
        }
        return text;
    }

    /**
     * The text in one language.
     *
     * @param chinese true for Chinese, false for English
     * @return never null
     */
    public String text(boolean chinese) {
        return chinese ? zh() : en();
    }
}
