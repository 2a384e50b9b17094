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
     * Reads a grade as printed: {@code 优}, {@code 优秀}, {@code 良好}, {@code 中等}, {@code 差}, ignoring white space;
     * the four-tier words 合格 and 不合格 (及格, 不及格) as 中 and 差, whose bands they share; the letters A, B, C, D
     * (A级, B等) as 优, 良, 中, 差.
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
        if (s.startsWith("较差") || s.startsWith("不合格") || s.startsWith("不及格")) {
            return Optional.of(POOR);
        }
        if (s.startsWith("合格") || s.startsWith("及格")) {
            return Optional.of(FAIR);
        }
        if (s.matches("(?i)[A-D]\\s*[级等]?")) {
            return Optional.of(values()[Character.toUpperCase(s.charAt(0)) - 'A']);
        }
        return Optional.empty();
    }
}
