// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the workbook part (工作簿) says: its sheets in order, and whether its dates count from 1904.
 *
 * @param sheets the sheets, in the order of the workbook's tabs
 * @param date1904 whether date serials count from 1904-01-01 (a Mac workbook's choice) rather than 1900
 */
record WorkbookXml(List<SheetEntry> sheets, boolean date1904) {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The same namespace in a Strict Open XML workbook (ISO/IEC 29500 Strict, a choice in Excel's Save As). */
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /**
     * A sheet of the workbook.
     *
     * @param name its tab's name; null where the workbook gives none
     * @param id its relationship id (null: none), which names its part
     * @param hidden whether it is hidden (or very hidden)
     */
    record SheetEntry(String name, String id, boolean hidden) {
    }

    /**
     * Reads a workbook part up to the end of its {@code <workbook>}.
     *
     * @throws XMLStreamException where the part is not well-formed XML before then
     */
    static WorkbookXml read(byte[] xml) throws XMLStreamException {
        XMLStreamReader in = PartXml.open(xml);
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("workbook")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("sheets")) {
                while (PartXml.nextStart(in, "sheet", "sheets")) {
                    String id = in.getAttributeValue(RELATIONSHIPS, "id");
                    String state = in.getAttributeValue(null, "state");
                    sheets.add(new SheetEntry(in.getAttributeValue(null, "name"),
                            id != null ? id : in.getAttributeValue(STRICT_RELATIONSHIPS, "id"),
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            } else if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("workbookPr")) {
                String value = in.getAttributeValue(null, "date1904");
                if (value != null) {
                    date1904 = "true".equalsIgnoreCase(value) || "1".equals(value);
                }
            }
        }
        return new WorkbookXml(List.copyOf(sheets), date1904);
    }
}
