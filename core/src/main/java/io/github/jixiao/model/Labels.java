// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the points printed in a label ({@code 产出指标(50分)}). Labels are classified by the vocabulary
 * ({@link io.github.jixiao.vocabulary.Vocabulary#normalize} and its {@code category.*}, {@code subcategory.*} and
 * {@code line.*} terms).
 */
final class Labels {

    /** Points in a label: {@code (50分)}, {@code （50分）}, {@code 50分}. */
    private static final Pattern POINTS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分");

    private Labels() {
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
