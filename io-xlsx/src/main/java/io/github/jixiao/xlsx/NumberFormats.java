// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The number format (数字格式) of each cell style of a workbook, by the style's index, read from its styles part:
 * each {@code <xf>} of {@code <cellXfs>} names a format by id, a built-in one or one of the part's {@code <numFmt>}s.
 * The built-in formats are named as jixiao has always shown them (as fastexcel-reader 0.20.2 names them); where a
 * part defines a {@code <numFmt>} of a built-in id, the later of the two in the part wins.
 */
final class NumberFormats {

    /** A workbook without styles: no cell has a number format. */
    static final NumberFormats NONE = new NumberFormats(new String[0]);

    private static final Map<String, String> BUILT_IN = Map.ofEntries(Map.entry("1", "0"), Map.entry("2", "0.00"),
            Map.entry("3", "#,##0"), Map.entry("4", "#,##0.00"), Map.entry("9", "0%"), Map.entry("10", "0.00%"),
            Map.entry("11", "0.00E+00"), Map.entry("12", "# ?/?"), Map.entry("13", "# ??/??"),
            Map.entry("14", "mm-dd-yy"), Map.entry("15", "d-mmm-yy"), Map.entry("16", "d-mmm"),
            Map.entry("17", "mmm-yy"), Map.entry("18", "h:mm AM/PM"), Map.entry("19", "h:mm:ss AM/PM"),
            Map.entry("20", "h:mm"), Map.entry("21", "h:mm:ss"), Map.entry("22", "m/d/yy h:mm"),
            Map.entry("37", "#,##0 ;(#,##0)"), Map.entry("38", "#,##0 ;[Red](#,##0)"),
            Map.entry("39", "#,##0.00;(#,##0.00)"), Map.entry("40", "#,##0.00;[Red](#,##0.00)"),
            Map.entry("45", "mm:ss"), Map.entry("46", "[h]:mm:ss"), Map.entry("47", "mmss.0"),
            Map.entry("48", "##0.0E+0"), Map.entry("49", "@"));

    private final String[] byStyle;

    private NumberFormats(String[] byStyle) {
        this.byStyle = byStyle;
    }

    /**
     * The formats of a styles part.
     *
     * @throws XMLStreamException where the part is not well-formed XML
     */
    static NumberFormats read(byte[] xml) throws XMLStreamException {
        XMLStreamReader in = PartXml.open(xml);
        Map<String, String> formats = new HashMap<>();
        List<String> ids = new ArrayList<>();
        boolean inCellStyles = false;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("cellXfs")) {
                inCellStyles = false;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = in.getLocalName();
                if (name.equals("cellXfs")) {
                    inCellStyles = true;
                } else if (name.equals("numFmt")) {
                    String id = in.getAttributeValue(null, "numFmtId");
                    String code = in.getAttributeValue(null, "formatCode");
                    if (id != null && code != null) {
                        formats.put(id, code);
                    }
                } else if (name.equals("xf") && inCellStyles) {
                    String id = in.getAttributeValue(null, "numFmtId");
                    ids.add(id);
                    if (id != null && BUILT_IN.containsKey(id)) {
                        formats.put(id, BUILT_IN.get(id));
                    }
                }
            }
        }
        String[] byStyle = new String[ids.size()];
        for (int i = 0; i < byStyle.length; i++) {
            byStyle[i] = ids.get(i) == null ? null : formats.get(ids.get(i));
        }
        return new NumberFormats(byStyle);
    }

    /** The format of a style, or null where it has none (or there is no such style). */
    String of(int style) {
        return style < byStyle.length ? byStyle[style] : null;
    }
}
