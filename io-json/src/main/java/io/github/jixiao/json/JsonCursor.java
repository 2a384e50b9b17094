// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A cursor over a streaming parser (JSON 游标): the fields of objects, each name once, the scalars of the format
 * (strings, decimals, integers, booleans, dates and codes), optional values and arrays, and errors that name the
 * JSON pointer of the value and what was expected. What it does with a field the format does not have, or a value
 * that contradicts its text, is its {@link Surprises}. {@link FormReader} maps forms onto it, {@link CardReader} and
 * {@link EvaluationReader} cards and evaluations.
 *
 * <p>Each {@code read} method starts with the parser on the first token of its value and leaves it on the last
 * ({@code END_OBJECT}, {@code END_ARRAY} or the scalar). One cursor reads one document, on one thread.
 */
final class JsonCursor {

    /** Reads one value of type {@code T} at the cursor. */
    @FunctionalInterface
    interface Read<T> {
        T read(JsonCursor cursor) throws IOException;
    }

    /**
     * What the cursor does with what a document should not hold: a field the format does not have (called with the
     * parser on the field's value), and a target or actual whose parsed parts contradict its text.
     */
    interface Surprises {
        void unknownField(JsonCursor cursor, String name, String expected) throws IOException;

        /**
         * A value whose parts say otherwise than its text; the cursor goes on with what the text says.
         *
         * @param cursor the cursor, on the value
         * @param finding what to report, at the value's pointer
         * @throws FormReadException to refuse instead
         */
        void textDisagrees(JsonCursor cursor, Finding finding) throws FormReadException;
    }

    /** Unknown fields and values that contradict their text are errors. */
    static final Surprises STRICT = new Surprises() {
        @Override
        public void unknownField(JsonCursor cursor, String name, String expected) throws FormReadException {
            throw cursor.error("unknown field \"" + name + "\"; expected " + expected);
        }

        @Override
        public void textDisagrees(JsonCursor cursor, Finding finding) throws FormReadException {
            throw cursor.error(finding.messageEn());
        }
    };

    /**
     * Unknown fields are skipped, as a Jackson mapper without {@code FAIL_ON_UNKNOWN_PROPERTIES} skips them; a
     * value that contradicts its text is still an error, as there is nowhere to report it.
     */
    static final Surprises SKIP_UNKNOWN = new Surprises() {
        @Override
        public void unknownField(JsonCursor cursor, String name, String expected) throws IOException {
            cursor.p.skipChildren();
        }

        @Override
        public void textDisagrees(JsonCursor cursor, Finding finding) throws FormReadException {
            STRICT.textDisagrees(cursor, finding);
        }
    };

    /**
     * Unknown fields become {@code JSON_UNKNOWN_FIELD} warnings and their values are skipped; a value that
     * contradicts its text is read from its text with a {@code JSON_VALUE_FROM_TEXT} warning.
     */
    static final Surprises LENIENT = new Surprises() {
        @Override
        public void unknownField(JsonCursor cursor, String name, String expected) throws IOException {
            cursor.findings.add(Finding.of("JSON_UNKNOWN_FIELD", Severity.WARNING, cursor.location(),
                    "未知字段 \"" + name + "\" 已忽略", "Unknown field \"" + name + "\" skipped; expected " + expected));
            cursor.p.skipChildren();
        }

        @Override
        public void textDisagrees(JsonCursor cursor, Finding finding) {
            cursor.findings.add(finding);
        }
    };

    private final JsonParser p;
    private final String source;
    private final Surprises surprises;
    private final List<Finding> findings = new ArrayList<>();
    /** The field names of the objects being read, innermost last, to reject a name given twice. */
    private String[] names = new String[32];
    private int nameCount;
    /** Where each object being read starts in {@link #names}. */
    private int[] objectStarts = new int[16];
    private int depth;
    /** {@link #pointer()}'s scratch: the contexts from the value up to the root, and the text written. */
    private JsonStreamContext[] pointerChain = new JsonStreamContext[16];
    private final StringBuilder pointerText = new StringBuilder(64);

    JsonCursor(JsonParser p, String source, Surprises surprises) {
        this.p = p;
        this.source = source;
        this.surprises = surprises;
    }

    List<Finding> findings() {
        return findings;
    }

    JsonParser parser() {
        return p;
    }

    /** The name of the document read, for errors and origins. */
    String source() {
        return source;
    }

    /** Reports a value whose parts contradict its text, as the surprises say; the value is read from its text. */
    void textDisagrees(Finding finding) throws FormReadException {
        surprises.textDisagrees(this, finding);
    }

    // ---- scalars ----

    /**
     * A string, which must be Unicode text: a surrogate escape ({@code \uD800}) that is not half of a pair is refused
     * with its place, and so is a string longer than {@link JsonFormat#MAX_STRING_LENGTH} (a limit the parser of
     * {@link JsonFormat} applies itself; a mapper of the user's may not).
     */
    String string() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        String text = p.getText();
        if (text.length() > JsonFormat.MAX_STRING_LENGTH) {
            throw error("a string of " + text.length() + " characters; the limit is " + JsonFormat.MAX_STRING_LENGTH
                    + " (JsonFormat.MAX_STRING_LENGTH)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                JsonLocation at = p.currentTokenLocation();
                throw error(String.format("a lone surrogate \\u%04X at character %d of the string (line %d, column %d);"
                        + " a JSON string must be Unicode text", (int) c, i + 1, at.getLineNr(), at.getColumnNr()));
            }
        }
        return text;
    }

    boolean bool() throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType("true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    int integer() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, "an integer");
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error("expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", found "
                    + p.getText());
        }
        return p.getIntValue();
    }

    BigDecimal decimal() throws IOException {
        return decimal(Decimals.GENERAL);
    }

    BigDecimal decimal(Decimals kind) throws IOException {
        expect(JsonToken.VALUE_STRING, kind.expected());
        BigDecimal value = kind.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (value == null) {
            throw error("expected " + kind.expected() + ", found \"" + p.getText() + "\"");
        }
        return value;
    }

    LocalDate date() throws IOException {
        expect(JsonToken.VALUE_STRING, "an ISO-8601 date such as \"2021-12-31\"");
        try {
            return LocalDate.parse(p.getText());
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 date such as \"2021-12-31\", found \"" + p.getText() + "\"");
        }
    }

    <E extends Enum<E>> E code(Class<E> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(Codes.expected(type));
        }
        String[] codes = Codes.codes(type);
        for (int i = 0; i < codes.length; i++) {
            if (textIs(codes[i])) {
                return Codes.constant(type, i);
            }
        }
        throw error("expected " + Codes.expected(type) + ", found \"" + p.getText() + "\"");
    }

    /** Whether the current string is {@code s}, compared in the parser's buffer without making a string. */
    boolean textIs(String s) throws IOException {
        int length = p.getTextLength();
        if (length != s.length()) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- structure ----

    /** The value of an optional field: JSON {@code null} is the same as an absent field. */
    <T> Optional<T> optional(Read<T> read) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(read.read(this));
    }

    <T> List<T> array(Read<T> read) throws IOException {
        expect(JsonToken.START_ARRAY, "an array");
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(read.read(this));
        }
        return values;
    }

    /** The first field name of an object, or null if it is empty; moves the parser to the field's value. */
    String firstField() throws IOException {
        JsonToken token = p.currentToken();
        String name;
        if (token == JsonToken.START_OBJECT) {
            name = p.nextFieldName();
        } else if (token == JsonToken.FIELD_NAME) {
            name = p.currentName();
        } else {
            throw wrongType("an object");
        }
        if (depth == objectStarts.length) {
            objectStarts = Arrays.copyOf(objectStarts, depth * 2);
        }
        objectStarts[depth++] = nameCount;
        return value(name);
    }

    /** The next field name of an object, or null at its end; moves the parser to the field's value. */
    String nextField() throws IOException {
        return value(p.nextFieldName());
    }

    /**
     * Moves to the value of the field {@code name} after checking that the object has not had it before, or
     * closes the object when {@code name} is null. Names are few per object, so a scan beats a hash set.
     */
    private String value(String name) throws IOException {
        if (name == null) {
            nameCount = objectStarts[--depth];
            return null;
        }
        for (int i = objectStarts[depth - 1]; i < nameCount; i++) {
            if (names[i].equals(name)) {
                throw error("field \"" + name + "\" appears twice in this object; expected each field once");
            }
        }
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
        p.nextToken();
        return name;
    }

    void unknown(String name, String expected) throws IOException {
        surprises.unknownField(this, name, expected);
    }

    void expect(JsonToken token, String expected) throws IOException {
        if (p.currentToken() != token) {
            throw wrongType(expected);
        }
    }

    <T> T required(T value, String field) throws FormReadException {
        if (value == null) {
            throw error("missing required field \"" + field + "\"");
        }
        return value;
    }

    /** What {@code build} makes; its {@link IllegalArgumentException} is an error at the current value. */
    <T> T build(Supplier<T> build) throws FormReadException {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    FormReadException wrongType(String expected) throws IOException {
        return error("expected " + expected + ", found " + describe(p.currentToken()));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString();
        }
    }

    /** An error at the current value, naming its JSON pointer. */
    FormReadException error(String reason) {
        return new FormReadException(source, pointer(), reason);
    }

    /** An error at a value read before, named by its JSON pointer. */
    FormReadException error(String pointer, String reason) {
        return new FormReadException(source, pointer, reason);
    }

    /** Where the current value is, as {@code source#pointer}, for findings and entries. */
    String location() {
        return source + "#" + pointer();
    }

    /**
     * The JSON pointer of the current value: for {@code {} and [} the container itself. The text Jackson's
     * {@code pathAsPointer()} gives, written straight into one string: every field a form cites asks for its
     * pointer, and Jackson's builds a pointer object per segment on the way.
     */
    String pointer() {
        writePointer("");
        return pointerText.toString();
    }

    /** Where the current value is, as an origin: this document and the value's pointer as a URI fragment. */
    Origin origin() {
        writePointer("#");
        return new Origin(source, "", pointerText.toString());
    }

    /** Writes {@code prefix} and the current value's pointer into {@link #pointerText}. */
    private void writePointer(String prefix) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        if (!context.hasPathSegment()) {
            context = context.getParent();
        }
        int depth = 0;
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (depth == pointerChain.length) {
                pointerChain = Arrays.copyOf(pointerChain, depth * 2);
            }
            pointerChain[depth++] = c;
        }
        pointerText.setLength(0);
        pointerText.append(prefix);
        for (int i = depth - 1; i >= 0; i--) {
            JsonStreamContext c = pointerChain[i];
            pointerChain[i] = null;
            if (c.inObject()) {
                String name = c.getCurrentName();
                pointerText.append('/');
                for (int k = 0; name != null && k < name.length(); k++) {
                    char ch = name.charAt(k);
                    if (ch == '~') {
                        pointerText.append("~0");
                    } else if (ch == '/') {
                        pointerText.append("~1");
                    } else {
                        pointerText.append(ch);
                    }
                }
            } else if (c.inArray()) {
                pointerText.append('/').append(c.getCurrentIndex());
            }
        }
    }
}
