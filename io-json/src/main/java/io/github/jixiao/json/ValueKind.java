// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Blank;
import io.github.jixiao.model.NotApplicable;
import io.github.jixiao.model.Target;

/**
 * The {@code kind} of a target (年度指标值) or actual (实际完成值) in JSON, and the fields each kind has
 * beside {@code text} and {@code kind}.
 */
enum ValueKind {
    QUANTITATIVE("quantitative", true, Part.QUANTITY, Part.COMPARATOR),
    RANGE("range", true, Part.LOW | Part.HIGH, 0),
    DEADLINE("deadline", true, Part.DUE | Part.PRECISION, 0),
    QUALITATIVE("qualitative", true, 0, 0),
    MEASURED("measured", false, Part.QUANTITY, 0),
    BOUND("bound", false, Part.COMPARATOR | Part.QUANTITY, 0),
    DATE("date", false, Part.DATE | Part.PRECISION, 0),
    ACHIEVEMENT("achievement", false, Part.LEVEL, Part.LEVEL_LABEL),
    DESCRIBED("described", false, 0, 0),
    NOT_APPLICABLE("not-applicable", null, 0, 0),
    UNPARSED("unparsed", null, Part.REASON | Part.ERROR_INDEX, 0),
    BLANK("blank", null, 0, 0);

    /** The parts (fields) of a target or actual object, as bits. */
    static final class Part {
        static final int TEXT = 1;
        static final int KIND = 1 << 1;
        static final int COMPARATOR = 1 << 2;
        static final int QUANTITY = 1 << 3;
        static final int DUE = 1 << 4;
        static final int DATE = 1 << 5;
        static final int PRECISION = 1 << 6;
        static final int LEVEL = 1 << 7;
        static final int LEVEL_LABEL = 1 << 8;
        static final int REASON = 1 << 9;
        static final int ERROR_INDEX = 1 << 10;
        static final int LOW = 1 << 11;
        static final int HIGH = 1 << 12;
        static final String[] NAMES = {"text", "kind", "comparator", "quantity", "due", "date", "precision",
            "level", "levelLabel", "reason", "errorIndex", "low", "high"};

        private Part() {
        }
    }

    private static final ValueKind[] VALUES = values();

    final String code;
    /** True for targets only, false for actuals only, null for both. */
    private final Boolean target;
    final int required;
    final int allowed;

    ValueKind(String code, Boolean target, int required, int optional) {
        this.code = code;
        this.target = target;
        this.required = Part.TEXT | Part.KIND | required;
        this.allowed = this.required | optional;
    }

    boolean isFor(boolean forTarget) {
        return target == null || target == forTarget;
    }

    static ValueKind of(Target target) {
        if (target instanceof Target.Quantitative) {
            return QUANTITATIVE;
        } else if (target instanceof Target.Range) {
            return RANGE;
        } else if (target instanceof Target.Deadline) {
            return DEADLINE;
        } else if (target instanceof Target.Qualitative) {
            return QUALITATIVE;
        } else if (target instanceof NotApplicable) {
            return NOT_APPLICABLE;
        } else if (target instanceof Blank) {
            return BLANK;
        }
        return UNPARSED;
    }

    static ValueKind of(Actual actual) {
        if (actual instanceof Actual.Measured) {
            return MEASURED;
        } else if (actual instanceof Actual.Bound) {
            return BOUND;
        } else if (actual instanceof Actual.OnDate) {
            return DATE;
        } else if (actual instanceof Actual.Achievement) {
            return ACHIEVEMENT;
        } else if (actual instanceof Actual.Described) {
            return DESCRIBED;
        } else if (actual instanceof NotApplicable) {
            return NOT_APPLICABLE;
        } else if (actual instanceof Blank) {
            return BLANK;
        }
        return UNPARSED;
    }

    /** Every kind, in declaration order; the same array every time. */
    static ValueKind[] all() {
        return VALUES;
    }

    /** The codes for a target or an actual, for error messages. */
    static String expected(boolean forTarget) {
        StringBuilder sb = new StringBuilder("one of");
        for (ValueKind kind : VALUES) {
            if (kind.isFor(forTarget)) {
                sb.append(sb.length() > 6 ? ", \"" : " \"").append(kind.code).append('"');
            }
        }
        return sb.toString();
    }
}
