// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading the XML parts of a package with aalto's StAX parser, DTDs and external entities off (a part whose prolog
 * declares a DTD is refused before it gets here, {@link PackageGuard#refuseDtd}). Elements are found by local name at
 * any depth, whatever their prefix, as spreadsheet programs find them.
 */
final class PartXml {

    private static final XMLInputFactory XML = parser();

    private PartXml() {
    }

    /** A parser over a part's bytes. */
    static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        return XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /**
     * Moves to the next start of an element of this local name; false at the document's end, or at the end of an
     * element named {@code within} (null: none), where the reader is left.
     */
    static boolean nextStart(XMLStreamReader in, String name, String within) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals(name)) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && within != null && in.getLocalName().equals(within)) {
                return false;
            }
        }
        return false;
    }

    /** The text of the current element up to its end, nested elements' text included. */
    static String textToEnd(XMLStreamReader in) throws XMLStreamException {
        String only = null;
        StringBuilder more = null;
        int depth = 1;
        while (depth > 0 && in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (only == null) {
                    only = in.getText();
                } else {
                    more = (more == null ? new StringBuilder(only) : more).append(in.getText());
                }
            }
        }
        return more != null ? more.toString() : only == null ? "" : only;
    }

    /** The current start tag's attribute of this local name without a prefix, or null. */
    static String unprefixed(XMLStreamReader in, String name) {
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = in.getAttributePrefix(i);
            if ((prefix == null || prefix.isEmpty()) && in.getAttributeLocalName(i).equals(name)) {
                return in.getAttributeValue(i);
            }
        }
        return null;
    }

    /** aalto reports what it finds in text it parses lazily (an entity reference) unchecked: checked again. */
    static XMLStreamException checked(UncheckedStreamException e) {
        return e.getCause() instanceof XMLStreamException cause ? cause : new XMLStreamException(e.getMessage());
    }

    private static XMLInputFactory parser() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }
}
