// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for the files jixiao reads itself — scoring policies — so that core needs
 * no JSON library. A document becomes a tree: objects are {@link Map}s in document order, arrays {@link List}s,
 * strings {@link String}s, numbers {@link Num} (their text, exact), {@code true}/{@code false} {@link Boolean}s and
 * {@code null} {@link #NULL}.
 *
 * <p>Strict: one value and nothing after it but white space; no comments, no trailing commas, no single quotes, no
 * unescaped control characters, no lone surrogates, no leading zeros, no {@code NaN}; a key given twice in an
 * object is refused. Bounded: at most {@value #MAX_BYTES} bytes of UTF-8 (a leading byte-order mark is skipped)
 * and {@value #MAX_DEPTH} levels of nesting. Every error is a {@link PolicyReadException} with the JSON pointer
 * of the value being read and the line and column.
 */
final class Json {

    /** The largest document read: 1 MiB. */
    static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting of objects and arrays. */
    static final int MAX_DEPTH = 32;

    /** A JSON number, kept as written ({@code 4}, {@code -2.50}, {@code 1e3}). */
    record Num(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String text;
    private int at;
    /** The keys and indexes of the values being read, outermost first: their JSON pointer. */
    private final List<String> path = new ArrayList<>();
    /** The objects and arrays open at the cursor. */
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Reads a JSON document.
     *
     * @param in the document, UTF-8; read to its end or one byte past the limit, not closed
     * @return the value, never null
     * @throws PolicyReadException if it is not one JSON value within the limits
     * @throws IOException if reading fails
     */
    static Object parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new PolicyReadException("", "the document is larger than " + MAX_BYTES + " bytes (1 MiB)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PolicyReadException("", "the document is not UTF-8 text");
        }
        return parse(text);
    }

    /** Reads a JSON document from its text; see {@link #parse(InputStream)}. */
    static Object parse(String text) throws PolicyReadException {
        Json json = new Json(text);
        if (text.startsWith("\uFEFF")) {
            json.at = 1;
        }
        json.space();
        if (json.at == text.length()) {
            throw json.error("expected a JSON value, found an empty document");
        }
        Object value = json.value();
        json.space();
        if (json.at < text.length()) {
            throw json.error("expected the end of the document after its value, found " + json.found());
        }
        return value;
    }

    /** The JSON pointer of a path of keys and indexes: {@code ["grades", "goodFrom"]} is {@code /grades/goodFrom}. */
    static String pointer(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String token : tokens) {
            sb.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private Object value() throws PolicyReadException {
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a JSON value (an object, array, string, number, true, false or null), found "
                        + found());
        }
    }

    private Map<String, Object> object() throws PolicyReadException {
        enter();
        at++;
        Map<String, Object> members = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            depth--;
            return members;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("expected a key in double quotes, found " + found());
            }
            String key = string();
            space();
            if (peek() != ':') {
                throw error("expected ':' after the key \"" + cut(key) + "\", found " + found());
            }
            at++;
            space();
            path.add(key);
            if (members.containsKey(key)) {
                throw error("the key \"" + cut(key) + "\" appears twice in this object; expected each key once");
            }
            if (at == text.length()) {
                throw error("expected a value, found the end of the document");
            }
            members.put(key, value());
            path.remove(path.size() - 1);
            space();
            char c = peek();
            at++;
            if (c == '}') {
                depth--;
                return members;
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or '}' after the value of \"" + cut(key) + "\", found " + found());
            }
        }
    }

    private List<Object> array() throws PolicyReadException {
        enter();
        at++;
        List<Object> items = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            depth--;
            return items;
        }
        while (true) {
            space();
            path.add(Integer.toString(items.size()));
            if (at == text.length()) {
                throw error("expected a value, found the end of the document");
            }
            items.add(value());
            path.remove(path.size() - 1);
            space();
            char c = peek();
            at++;
            if (c == ']') {
                depth--;
                return items;
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or ']' after an item, found " + found());
            }
        }
    }

    /** Opens an object or array, within the limit of nesting. */
    private void enter() throws PolicyReadException {
        if (depth == MAX_DEPTH) {
            throw error("the document nests objects and arrays deeper than " + MAX_DEPTH + " levels");
        }
        depth++;
    }

    private String string() throws PolicyReadException {
        int start = at;
        at++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                at = start;
                throw error("expected the closing '\"' of a string, found the end of the document");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("expected a character of a string, found the control character " + codePoint(c)
                        + " (write it as an escape such as \\n)");
            }
            if (Character.isHighSurrogate(c)) {
                if (at >= text.length() || !Character.isLowSurrogate(text.charAt(at))) {
                    at--;
                    throw error("expected a low surrogate after " + codePoint(c) + ", found a lone surrogate");
                }
                sb.append(c).append(text.charAt(at++));
            } else if (Character.isLowSurrogate(c)) {
                at--;
                throw error("found a lone surrogate " + codePoint(c));
            } else if (c == '\\') {
                escape(sb);
            } else {
                sb.append(c);
            }
        }
    }

    private void escape(StringBuilder sb) throws PolicyReadException {
        if (at >= text.length()) {
            throw error("expected an escape after '\\', found the end of the document");
        }
        char e = text.charAt(at++);
        switch (e) {
            case '"':
            case '\\':
            case '/':
                sb.append(e);
                return;
            case 'b':
                sb.append('\b');
                return;
            case 'f':
                sb.append('\f');
                return;
            case 'n':
                sb.append('\n');
                return;
            case 'r':
                sb.append('\r');
                return;
            case 't':
                sb.append('\t');
                return;
            case 'u':
                char unit = hex4();
                if (Character.isHighSurrogate(unit)) {
                    if (!text.startsWith("\\u", at)) {
                        throw error("expected a \\u escape of a low surrogate after " + codePoint(unit)
                                + ", found a lone surrogate");
                    }
                    at += 2;
                    char low = hex4();
                    if (!Character.isLowSurrogate(low)) {
                        throw error("expected a low surrogate after " + codePoint(unit) + ", found " + codePoint(low));
                    }
                    sb.append(unit).append(low);
                } else if (Character.isLowSurrogate(unit)) {
                    throw error("found a lone surrogate " + codePoint(unit));
                } else {
                    sb.append(unit);
                }
                return;
            default:
                at--;
                throw error("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX), found " + found());
        }
    }

    private char hex4() throws PolicyReadException {
        if (at + 4 > text.length()) {
            throw error("expected four hexadecimal digits after \\u, found the end of the document");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(at);
            int digit = c <= 'f' ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw error("expected four hexadecimal digits after \\u, found " + found());
            }
            value = value * 16 + digit;
            at++;
        }
        return (char) value;
    }

    private Num number() throws PolicyReadException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
            if (isDigit(peek())) {
                throw error("expected a number without leading zeros, found " + found());
            }
        } else if (!digits()) {
            throw error("expected a digit, found " + found());
        }
        if (peek() == '.') {
            at++;
            if (!digits()) {
                throw error("expected a digit after the decimal point, found " + found());
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw error("expected a digit in the exponent, found " + found());
            }
        }
        return new Num(text.substring(start, at));
    }

    private boolean digits() {
        int start = at;
        while (isDigit(peek())) {
            at++;
        }
        return at > start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) throws PolicyReadException {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word + ", found " + found());
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    /** The character at the cursor, or U+0000 at the end (never valid where a token is expected). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    /** What is at the cursor, for a message: {@code 'x'}, a control character's code point, or the end. */
    private String found() {
        if (at >= text.length()) {
            return "the end of the document";
        }
        int c = text.codePointAt(at);
        return c < 0x20 || c == 0x7F ? codePoint(c) : "'" + new String(Character.toChars(c)) + "'";
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    private static String cut(String key) {
        return key.length() <= 64 ? key : key.substring(0, 64) + "…";
    }

    private PolicyReadException error(String reason) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new PolicyReadException(pointer(path), reason + " (line " + line + ", column " + column + ")");
    }
}
