package io.github.jixiao.scoring;

import io.github.jixiao.internal.LazyText;
import java.util.function.Function;

/**
 * The arithmetic behind a score, in Chinese and English (计分说明), such as
 * {@code 未达成，按比例：90.00 / 120.00 × 15.00 = 11.25}. The text is written when first asked for, so that
 * scoring many forms does not pay for text nobody reads; two explanations are equal when their texts are.
 *
 * <p>This class is immutable and thread-safe (the text is computed at most a few times under a race, always
 * the same).
 */
public final class Explanation {

    private final LazyText text;

    private Explanation(LazyText text) {
        this.text = text;
    }

    /**
     * An explanation with the given texts.
     *
     * @param zh the Chinese text, not null
     * @param en the English text, not null
     * @return never null
     */
    public static Explanation of(String zh, String en) {
        return new Explanation(LazyText.of(zh, en));
    }

    /** An explanation written on demand by {@code writer} (true: Chinese, false: English). */
    static Explanation lazy(Function<Boolean, String> writer) {
        return new Explanation(LazyText.of(writer));
    }

    /** The Chinese text. @return never null */
    public String zh() {
        return text.zh();
    }

    /** The English text. @return never null */
    public String en() {
        return text.en();
    }

    /**
     * The text in one language.
     *
     * @param chinese true for Chinese, false for English
     * @return never null
     */
    public String text(boolean chinese) {
        return text.text(chinese);
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
