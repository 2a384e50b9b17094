// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import io.github.jixiao.model.Field;
import io.github.jixiao.model.Origin;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The origins of one part of a form read from JSON: each field's JSON pointer in the document read, unless the
 * document records where the field was printed before (an {@code "origins"} object, written when a form read
 * from a workbook was converted to JSON), which wins: an auditor reading the JSON still sees the cells.
 */
final class Origins {

    private static final Field[] FIELDS = Field.values();

    /** Each field's origin: where it was printed when the document says so, else its JSON pointer. */
    private final Map<Field, Origin> origins = new EnumMap<>(Field.class);
    /** The fields whose origin is where they were printed, which a pointer does not replace. */
    private final Set<Field> printed = EnumSet.noneOf(Field.class);

    /** Notes the JSON pointer of a field's value, unless the document says where the field was printed. */
    void at(Field field, Origin pointer) {
        if (!printed.contains(field)) {
            origins.put(field, pointer);
        }
    }

    /** Notes where a field was printed. */
    void print(Field field, Origin origin) {
        printed.add(field);
        origins.put(field, origin);
    }

    /** Reads an {@code "origins"} object: {@code {"score": {"document": …, "part": …, "place": …}}}. */
    void printed(JsonCursor cursor) throws IOException {
        for (String name = cursor.firstField(); name != null; name = cursor.nextField()) {
            Field field = field(name);
            if (field == null) {
                cursor.unknown(name, "a field code such as \"score\" or \"adjusted-budget\"");
            } else {
                print(field, FormReader.origin(cursor));
            }
        }
    }

    private static Field field(String code) {
        for (Field field : FIELDS) {
            if (Codes.of(field).equals(code)) {
                return field;
            }
        }
        return null;
    }

    /** The origins: where fields were printed, else their JSON pointers (the map itself: read it once, when done). */
    Map<Field, Origin> resolved() {
        return origins;
    }
}
