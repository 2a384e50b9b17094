// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import com.fasterxml.aalto.UncheckedStreamException;
import io.github.jixiao.spi.FormReadException;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Streams an .xlsx package (already checked by {@link PackageGuard}) into grids, one a sheet, in the order of the
 * workbook's tabs: the workbook part names the sheets, the styles part their cells' number formats, the shared
 * strings their text, and {@link SheetReader} reads each sheet's cells, a damaged cell noted where it is. Rows, cells
 * and string lengths are bounded as they stream. A merged cell's value is in its top-left cell, which is what the
 * grid keeps (the recogniser needs no merges).
 */
final class XlsxGrids {

    private XlsxGrids() {
    }

    static List<io.github.jixiao.layout.Grid> read(byte[] bytes, List<ZipDirectory.Entry> entries, XlsxLimits limits,
            String source) throws FormReadException {
        try (WorkbookPackage parts = WorkbookPackage.open(bytes, entries, limits, source)) {
            WorkbookXml workbook = parse(parts.workbook(), source,
                    () -> WorkbookXml.read(parts.inflate(parts.workbook())));
            NumberFormats formats = parts.styles() == null ? NumberFormats.NONE
                    : parse(parts.styles(), source, () -> NumberFormats.read(parts.inflate(parts.styles())));
            SharedStrings strings = parts.sharedStrings() == null ? SharedStrings.NONE
                    : SharedStrings.of(parts.inflate(parts.sharedStrings()));
            GridBuilder grids = new GridBuilder(limits, source);
            for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
                ZipDirectory.Entry part = parts.sheet(sheet.id(), sheet.name());
                byte[] xml = parts.inflate(part);
                grids.startSheet(sheet.name() != null ? sheet.name() : part.name());
                parse(part, source, () -> {
                    SheetReader.read(xml, grids, strings, formats, workbook.date1904());
                    return null;
                });
                grids.endSheet(sheet.hidden());
            }
            return grids.sheets();
        }
    }

    /** A part read by the XML parser. */
    private interface PartReading<T> {
        T read() throws XMLStreamException, FormReadException;
    }

    /** Reads a part; XML that is not well formed refuses the workbook, naming the part, as does any other failure. */
    private static <T> T parse(ZipDirectory.Entry part, String source, PartReading<T> reading)
            throws FormReadException {
        try {
            return reading.read();
        } catch (XMLStreamException e) {
            throw new FormReadException(source, part.name(), "the workbook cannot be read: " + oneLine(e.getMessage()),
                    e);
        } catch (UncheckedStreamException e) {
            XMLStreamException cause = PartXml.checked(e);
            throw new FormReadException(source, part.name(), "the workbook cannot be read: "
                    + oneLine(cause.getMessage()), cause);
        } catch (RuntimeException e) {
            // a defect of the reader's own, met on this part: a refusal that names it, never an escaped exception
            throw new FormReadException(source, part.name(), "the part cannot be read (" + e.getClass().getSimpleName()
                    + ": " + oneLine(e.getMessage()) + "); please report this file", e);
        }
    }

    /** A library's message on one line, cut to 200 characters. */
    static String oneLine(String message) {
        String s = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
