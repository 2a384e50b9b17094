// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.finding;

import java.util.Objects;

/**
 * The language of a message (语言): every finding, explanation and reason jixiao writes has a Chinese and an English
 * text.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language {
    /** 中文, the forms' own language. */
    CHINESE("zh"),
    /** English. */
    ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code: {@code zh} or {@code en}. @return never null */
    public String code() {
        return code;
    }

    /**
     * The language of a code.
     *
     * @param code {@code zh} or {@code en}, not null
     * @return the language
     * @throws IllegalArgumentException if the code is neither
     */
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code.equals(Objects.requireNonNull(code, "code"))) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\"; expected zh or en");
    }

    /**
     * The text in this language.
     *
     * @param zh the Chinese text, not null
     * @param en the English text, not null
     * @return {@code zh} or {@code en}
     */
    public String pick(String zh, String en) {
        return this == CHINESE ? zh : en;
    }
}
