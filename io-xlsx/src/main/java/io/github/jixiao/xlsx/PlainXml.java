// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The start tags of one name in a small XML part written plainly, read byte by byte: the package's content types and
 * the workbook's relationships, which every spreadsheet program writes so. An XML parser costs more to set up than
 * these parts take to read.
 *
 * <p>It is sound rather than complete: a part is read here only when it is well formed and plain — printable ASCII,
 * an XML declaration of version 1.0 in UTF-8 or none, elements and attributes without a namespace prefix (namespace
 * declarations aside), attribute values without a reference or a character that XML normalises (tab, line feed), text
 * without a reference, no comment, processing instruction, DTD or CDATA section. Anything else is {@code null}, and
 * the caller reads the part with the XML parser, which decides what it means; a part read here reads the same there.
 */
final class PlainXml {

    private final byte[] xml;
    private int at;

    private PlainXml(byte[] xml) {
        this.xml = xml;
    }

    /**
     * The attributes of each start tag of a name, in document order.
     *
     * @param xml the part's bytes
     * @param element the element's name
     * @param attributes the attributes wanted; each map holds those the tag has
     * @return the tags' attributes, or null when the part is not plain or not well formed
     */
    static List<Map<String, String>> elements(byte[] xml, String element, List<String> attributes) {
        return new PlainXml(xml).read(element, attributes);
    }

    private List<Map<String, String>> read(String element, List<String> wanted) {
        if (!isPlainAscii() || !declaration()) {
            return null;
        }
        List<Map<String, String>> found = new ArrayList<>();
        List<String> open = new ArrayList<>();
        boolean rootSeen = false;
        while (true) {
            int textStart = at;
            while (at < xml.length && xml[at] != '<') {
                at++;
            }
            if (!isText(textStart, at, !open.isEmpty())) {
                return null;
            }
            if (at == xml.length) {
                return rootSeen && open.isEmpty() ? found : null;
            }
            at++;
            if (at < xml.length && xml[at] == '/') {
                at++;
                String name = name();
                skipSpace();
                if (name == null || open.isEmpty() || !open.remove(open.size() - 1).equals(name) || !expect('>')) {
                    return null;
                }
                continue;
            }
            String name = name();
            if (name == null || rootSeen && open.isEmpty()) {
                return null;
            }
            rootSeen = true;
            Map<String, String> attributes = attributes();
            if (attributes == null) {
                return null;
            }
            if (name.equals(element)) {
                Map<String, String> kept = new HashMap<>();
                for (String attribute : wanted) {
                    if (attributes.containsKey(attribute)) {
                        kept.put(attribute, attributes.get(attribute));
                    }
                }
                found.add(kept);
            }
            if (expect('/')) {
                if (!expect('>')) {
                    return null;
                }
            } else if (expect('>')) {
                open.add(name);
            } else {
                return null;
            }
        }
    }

    /** Every byte printable ASCII, tab, line feed or carriage return. */
    private boolean isPlainAscii() {
        for (byte b : xml) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** None, or {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>} with any of its parts but the version. */
    private boolean declaration() {
        if (!startsWith("<?")) {
            return true;
        }
        if (!startsWith("<?xml ")) {
            return false;
        }
        at += "<?xml".length();
        Map<String, String> pseudo = attributes();
        if (pseudo == null || !expect('?') || !expect('>')) {
            return false;
        }
        String encoding = pseudo.remove("encoding");
        String standalone = pseudo.remove("standalone");
        return "1.0".equals(pseudo.remove("version")) && pseudo.isEmpty()
                && (encoding == null || encoding.equalsIgnoreCase("UTF-8"))
                && (standalone == null || standalone.equals("yes") || standalone.equals("no"));
    }

    /** Text between tags: no reference or CDATA end, and only white space outside the root element. */
    private boolean isText(int from, int to, boolean inRoot) {
        for (int i = from; i < to; i++) {
            byte b = xml[i];
            if (b == '&' || b == ']' || !inRoot && !isSpace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Attributes up to the tag's end ({@code >}, {@code />} or {@code ?>}, not consumed): none with a prefix but
     * namespace declarations, none twice, each value without a reference or a tab or line break; null otherwise.
     */
    private Map<String, String> attributes() {
        Map<String, String> attributes = new HashMap<>();
        while (true) {
            boolean spaced = skipSpace();
            if (at >= xml.length || xml[at] == '>' || xml[at] == '/' || xml[at] == '?') {
                return attributes;
            }
            int start = at;
            while (at < xml.length && isNameByte(xml[at])) {
                at++;
            }
            String name = new String(xml, start, at - start, US_ASCII);
            boolean declaration = name.equals("xmlns") || name.startsWith("xmlns:") && name.length() > 6
                    && name.indexOf(':', 6) < 0 && !name.equals("xmlns:xml") && !name.equals("xmlns:xmlns");
            if (!spaced || !isName(name) && !declaration) {
                return null;
            }
            skipSpace();
            if (!expect('=')) {
                return null;
            }
            skipSpace();
            if (at >= xml.length || xml[at] != '"' && xml[at] != '\'') {
                return null;
            }
            byte quote = xml[at++];
            int value = at;
            while (at < xml.length && xml[at] != quote) {
                byte b = xml[at];
                if (b == '<' || b == '&' || b == '\t' || b == '\n' || b == '\r') {
                    return null;
                }
                at++;
            }
            if (at >= xml.length || declaration && at == value && !name.equals("xmlns")) {
                return null;
            }
            if (attributes.put(name, new String(xml, value, at - value, US_ASCII))
                    != null) {
                return null;
            }
            at++;
        }
    }

    /** An element's name without a prefix, or null. */
    private String name() {
        int start = at;
        while (at < xml.length && isNameByte(xml[at])) {
            at++;
        }
        String name = new String(xml, start, at - start, US_ASCII);
        return isName(name) ? name : null;
    }

    /** A name without a prefix: a letter or underscore, then letters, digits, {@code .}, {@code -}, {@code _}. */
    private static boolean isName(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            return false;
        }
        return name.indexOf(':') < 0;
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.' || b == '-'
                || b == '_' || b == ':';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Skips white space; whether there was any. */
    private boolean skipSpace() {
        int start = at;
        while (at < xml.length && isSpace(xml[at])) {
            at++;
        }
        return at > start;
    }

    private boolean expect(char c) {
        if (at < xml.length && xml[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean startsWith(String text) {
        if (at + text.length() > xml.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (xml[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
