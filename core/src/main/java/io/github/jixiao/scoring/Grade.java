// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * The grade of a total (评分等级): 优, 良, 中 or 差, from best to worst.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Grade {
    /** 优, excellent (90 and above by default). */
    EXCELLENT("优"),
    /** 良, good (80 to under 90). */
    GOOD("良"),
    /** 中, fair (60 to under 80). */
    FAIR("中"),
    /** 差, poor (under 60). */
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The Chinese label printed on forms: 优, 良, 中 or 差. @return never null */
    public String label() {
        return label;
    }

    /** The stable code, the constant's name ({@code EXCELLENT}). @return never null */
    public String code() {
        return name();
    }

    /**
     * Reads a grade as printed: {@code 优}, {@code 优秀}, {@code 良好}, {@code 中等}, {@code 差}, ignoring white space.
     *
     * @param text the grade as written, not null
     * @return the grade, or empty when the text names none
     */
    public static Optional<Grade> parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip();
        for (Grade grade : values()) {
            if (s.startsWith(grade.label) || s.equalsIgnoreCase(grade.name())) {
                return Optional.of(grade);
            }
        }
        return s.startsWith("较差") ? Optional.of(POOR) : Optional.empty();
    }
}
