package io.github.jixiao.model;

import java.util.regex.Pattern;

/** Normalises labels as printed (stray spaces and line breaks, points in brackets) before they are classified. */
final class Labels {

    private static final Pattern POINTS_NOTE = Pattern.compile("[（(][0-9０-９.]+分[)）]$");

    private Labels() {
    }

    /**
     * Removes all white space (including the ideographic space) and a trailing points note such as
     * {@code (50分)}: {@code "可持续影 响指 标"} becomes {@code "可持续影响指标"}.
     */
    static String normalize(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        int end = sb.length();
        // only a label ending 分) or 分） can carry a points note
        if (end < 2 || sb.charAt(end - 2) != '分' || sb.charAt(end - 1) != ')' && sb.charAt(end - 1) != '）') {
            return sb.toString();
        }
        return POINTS_NOTE.matcher(sb).replaceFirst("");
    }
}
