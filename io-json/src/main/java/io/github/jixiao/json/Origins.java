package io.github.jixiao.json;

import io.github.jixiao.model.Field;
import io.github.jixiao.model.Origin;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The origins of one part of a form read from JSON: each field's JSON pointer in the document read, unless the
 * document records where the field was printed before (an {@code "origins"} object, written when a form read
 * from a workbook was converted to JSON), which wins: an auditor reading the JSON still sees the cells.
 */
final class Origins {

    private static final Field[] FIELDS = Field.values();

    private final String document;
    private final Map<Field, Origin> pointers = new EnumMap<>(Field.class);
    private final Map<Field, Origin> printed = new EnumMap<>(Field.class);

    Origins(String document) {
        this.document = document;
    }

    /** Notes the JSON pointer of a field's value. */
    void at(Field field, String pointer) {
        pointers.put(field, Origin.pointer(document, pointer));
    }

    /** Notes where a field was printed. */
    void print(Field field, Origin origin) {
        printed.put(field, origin);
    }

    /** Reads an {@code "origins"} object: {@code {"score": {"document": …, "part": …, "place": …}}}. */
    void printed(JsonCursor cursor) throws IOException {
        for (String name = cursor.firstField(); name != null; name = cursor.nextField()) {
            Field field = field(name);
            if (field == null) {
                cursor.unknown(name, "a field code such as \"score\" or \"adjusted-budget\"");
            } else {
                printed.put(field, FormReader.origin(cursor));
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

    /** The origins: where fields were printed, else their JSON pointers. */
    Map<Field, Origin> resolved() {
        Map<Field, Origin> all = new EnumMap<>(Field.class);
        all.putAll(pointers);
        all.putAll(printed);
        return all;
    }
}
