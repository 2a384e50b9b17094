package io.github.jixiao.model;

import io.github.jixiao.vocabulary.WhiteSpace;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises labels as printed (stray spaces and line breaks, points in brackets) before they are classified. */
final class Labels {

    private static final Pattern POINTS_NOTE = Pattern.compile("[（(][0-9０-９.]+分[)）]$");
    /** Points in a label: {@code (50分)}, {@code （50分）}, {@code 50分}. */
    private static final Pattern POINTS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分");

    private Labels() {
    }

    /**
     * Removes all white space (including the ideographic space) and a trailing points note such as
     * {@code (50分)}: {@code "可持续影 响指 标"} becomes {@code "可持续影响指标"}.
     */
    static String normalize(String label) {
        String s = WhiteSpace.removeFrom(label);
        int end = s.length();
        // only a label ending 分) or 分） can carry a points note
        if (end < 2 || s.charAt(end - 2) != '分' || s.charAt(end - 1) != ')' && s.charAt(end - 1) != '）') {
            return s;
        }
        return POINTS_NOTE.matcher(s).replaceFirst("");
    }

    /** The points printed in a label: 50 for {@code 产出指标(50分)}, {@code (50分)} or {@code 产出指标50分}. */
    static Optional<BigDecimal> points(String label) {
        if (label.indexOf('分') < 0) {
            return Optional.empty();
        }
        Matcher m = POINTS.matcher(label);
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }
}
