// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON that is safe inside an HTML {@code <script>} element whatever the text in it: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, so no {@code </script>}, {@code <!--}
 * or entity can appear, and the line separators U+2028 and U+2029 as escapes. The page reads it with
 * {@code JSON.parse(element.textContent)}, which undoes the escapes.
 */
final class ScriptJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScriptJson() {
    }

    static JsonGenerator generator(Writer out) throws IOException {
        return FACTORY.createGenerator(out)
                .setCharacterEscapes(Escapes.INSTANCE)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Jackson's standard escapes plus {@code < > &} and U+2028, U+2029. */
    static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final Escapes INSTANCE = new Escapes();
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
        private final int[] ascii;

        private Escapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE : ch == 0x2029 ? PARAGRAPH : null;
        }
    }
}
