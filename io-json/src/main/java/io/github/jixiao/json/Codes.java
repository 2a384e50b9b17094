// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import java.util.Locale;

/**
 * The stable lower-case codes of enums in JSON: {@code AT_LEAST} is {@code at-least},
 * {@code ECO_ENVIRONMENTAL_COST} is {@code eco-environmental-cost}. The JSON Schema lists every code, and
 * its test fails when a constant is renamed, so a code never changes unnoticed.
 */
final class Codes {

    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return codes;
        }
    };

    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private Codes() {
    }

    /** The code of a constant, such as {@code at-least}. */
    static String of(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The codes of a type, indexed by ordinal. */
    static String[] codes(Class<? extends Enum<?>> type) {
        return CODES.get(type);
    }

    /** The constant of a type with an ordinal, without copying the array of constants. */
    static <E extends Enum<E>> E constant(Class<E> type, int ordinal) {
        return type.cast(CONSTANTS.get(type)[ordinal]);
    }

    /** The codes of a type for an error message: {@code one of "year", "month", "day"}. */
    static String expected(Class<? extends Enum<?>> type) {
        return "one of \"" + String.join("\", \"", CODES.get(type)) + "\"";
    }
}
