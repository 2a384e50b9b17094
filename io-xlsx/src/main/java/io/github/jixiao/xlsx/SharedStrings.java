// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import com.fasterxml.aalto.UncheckedStreamException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared-string table (共享字符串表), read as far as its cells ask. Each {@code <si>} is one string: the
 * text of its {@code <t>} elements, rich-text runs included, phonetic runs ({@code <rPh>}) left out. Damage in the
 * table ends it: the strings before it are read, an index past them is a cell that cannot be read.
 */
final class SharedStrings {

    /** A workbook without a table. */
    static final SharedStrings NONE = new SharedStrings(null, false);

    private final List<String> strings = new ArrayList<>();
    private final boolean present;
    /** The parser, until the table is read to its end or its damage. */
    private XMLStreamReader in;

    private SharedStrings(XMLStreamReader in, boolean present) {
        this.in = in;
        this.present = present;
    }

    /** The table of a shared-strings part. */
    static SharedStrings of(byte[] xml) {
        try {
            return new SharedStrings(PartXml.open(xml), true);
        } catch (XMLStreamException e) {
            return new SharedStrings(null, true);
        }
    }

    /** Whether the workbook has a table. */
    boolean present() {
        return present;
    }

    /** The string at an index (from 0), or null past the strings the table holds. */
    String get(int index) {
        while (index >= strings.size() && in != null) {
            readString();
        }
        return index < strings.size() ? strings.get(index) : null;
    }

    /** How many strings the table holds (read to its end). */
    int count() {
        get(Integer.MAX_VALUE);
        return strings.size();
    }

    private void readString() {
        try {
            if (!PartXml.nextStart(in, "si", null)) {
                in = null;
                return;
            }
            StringBuilder text = new StringBuilder();
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("si")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("t")) {
                    text.append(PartXml.textToEnd(in));
                } else if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("rPh")) {
                    // a phonetic run: read past, its text left out
                    PartXml.textToEnd(in);
                }
            }
            strings.add(text.toString());
        } catch (XMLStreamException | UncheckedStreamException e) {
            in = null;
        }
    }
}
