// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cursor's JSON pointers are the ones Jackson's {@code pathAsPointer()} gives, at every token. */
class JsonCursorTest {

    static Stream<Path> seedForms() throws IOException {
        return Files.list(Path.of("../examples/forms")).filter(f -> f.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seedForms")
    void thePointerOfEveryTokenOfASeedFormIsJacksons(Path form) throws IOException {
        assertThat(pointers(Files.readString(form, StandardCharsets.UTF_8))).allSatisfy(p ->
                assertThat(p[0]).isEqualTo(p[1]));
    }

    @Test
    void namesWithSlashesAndTildesEmptyNamesAndNestedArraysAreEscapedAsJacksonDoes() throws IOException {
        List<String[]> pointers = pointers("{\"a/b\": {\"~x\": [[1, {\"\": [true, {}]}], []]}, \"\": null, \"c\": []}");

        assertThat(pointers).allSatisfy(p -> assertThat(p[0]).isEqualTo(p[1]));
        assertThat(pointers).extracting(p -> p[0]).contains("/a~1b/~0x/0/1//1", "/a~1b/~0x/1", "/c", "");
    }

    /** For each token: the cursor's pointer and the one from Jackson's own path, by the cursor's rule for {@code {} and [}. */
    private static List<String[]> pointers(String json) throws IOException {
        List<String[]> pointers = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            JsonCursor cursor = new JsonCursor(parser, "test.json", JsonCursor.STRICT);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
                    context = context.getParent();
                }
                pointers.add(new String[] {cursor.pointer(), context.pathAsPointer().toString()});
            }
        }
        assertThat(pointers).hasSizeGreaterThan(5);
        return pointers;
    }
}
