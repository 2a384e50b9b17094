// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.layout.Grid.Note;
import io.github.jixiao.spi.FormReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * An .xlsx package (already checked by {@link PackageGuard}) with its parts found as fastexcel-reader finds them, and
 * made ready for it: the parts fastexcel-reader reads (content types, workbook, its relationships, styles, shared
 * strings and sheets) are inflated once and written into a new package as stored entries, each sheet checked by
 * {@link SheetScan} and, where it is not plain, rewritten by {@link SheetRepair}.
 *
 * <p>fastexcel-reader 0.20.2 resolves a shared-string index by reading the table up to it and, past the table's end,
 * adds an empty string for every index up to the one asked for: an index of two thousand million in a sheet is
 * gigabytes of empty strings. The table is therefore handed over with one NUL byte after its end, which XML does not
 * allow anywhere: reading past the last string stops there with an error instead, and the read starts again with
 * every sheet repaired against the table's real size ({@link XlsxGrids}).
 *
 * <p>Where the parts are found mirrors fastexcel-reader's {@code OPCPackage} (with its XML parser): the first
 * {@code Override} of each content type until all three are known, the workbook's relationships beside it, each
 * target under the workbook's folder unless it starts with {@code /}, an entry by its exact name or else the first
 * whose name differs only in case. A sheet's part is found from its relationship id, whatever the relationship's
 * type; the parts prepared first are those of the {@code worksheet} relationships, and a workbook whose sheets use
 * others is prepared again with those.
 */
final class WorkbookPackage implements AutoCloseable {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORKBOOK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    /** Where the relationships of a part are, as fastexcel-reader finds the workbook's. */
    private static final Pattern RELATIONSHIPS_NAME = Pattern.compile("^(.*/)([^/]+)$");
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The same namespace in a Strict Open XML workbook (ISO/IEC 29500 Strict, a choice in Excel's Save As). */
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    /**
     * The styles handed to fastexcel-reader for a package without any (the part is optional; fastexcel-reader, asked
     * for number formats, refuses a workbook without it): one style, General.
     */
    private static final byte[] NO_STYLES = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/>"
            + "</cellXfs></styleSheet>").getBytes(StandardCharsets.UTF_8);
    /** A byte XML allows nowhere: put after the shared strings, it stops a read past their end. */
    private static final byte SENTINEL = 0;
    private static final int LOCAL_HEADER_LENGTH = 30;
    private static final int CENTRAL_HEADER_LENGTH = 46;
    private static final int END_RECORD_LENGTH = 22;
    /** 1980-01-01, the first date a zip entry can have. */
    private static final int DOS_DATE = (1 << 5) | 1;
    private static final int UTF8_NAMES = 0x0800;

    private final byte[] bytes;
    private final List<ZipDirectory.Entry> entries;
    private final XlsxLimits limits;
    private final String source;
    private final Inflater inflater = new Inflater(true);
    private final Map<ZipDirectory.Entry, byte[]> inflated = new HashMap<>();
    private long inflatedBytes;
    private ZipDirectory.Entry contentTypes;
    private ZipDirectory.Entry workbook;
    private ZipDirectory.Entry relationships;
    private ZipDirectory.Entry styles;
    private ZipDirectory.Entry sharedStrings;
    /** The part names of the workbook, shared strings and styles as the content types name them (null: none). */
    private String[] partNames;
    /** Relationship id → target, as fastexcel-reader names the part. */
    private final Map<String, String> targets = new HashMap<>();
    private final Set<ZipDirectory.Entry> worksheets = new HashSet<>();

    private WorkbookPackage(byte[] bytes, List<ZipDirectory.Entry> entries, XlsxLimits limits, String source) {
        this.bytes = bytes;
        this.entries = entries;
        this.limits = limits;
        this.source = source;
    }

    /**
     * Finds the parts of a checked package; close it when read.
     *
     * @throws FormReadException where fastexcel-reader could not open the package either: no content types, no
     *     workbook relationships, or either not readable XML
     */
    static WorkbookPackage open(byte[] bytes, List<ZipDirectory.Entry> entries, XlsxLimits limits, String source)
            throws FormReadException {
        WorkbookPackage opened = new WorkbookPackage(bytes, entries, limits, source);
        try {
            opened.findParts();
            return opened;
        } catch (FormReadException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void findParts() throws FormReadException {
        contentTypes = required(CONTENT_TYPES);
        String[] parts = contentTypes();
        partNames = parts;
        workbook = entry(parts[0]);
        sharedStrings = entry(parts[1]);
        styles = entry(parts[2]);
        if (styles == null) {
            partNames[2] = "/" + unusedName("xl/styles.xml");
        }
        String relationshipsName = RELATIONSHIPS_NAME.matcher(parts[0]).replaceFirst("$1_rels/$2.rels");
        relationships = required(relationshipsName);
        readRelationships(relationshipsName);
    }

    @Override
    public void close() {
        inflater.end();
    }

    /** The parts of the {@code worksheet} relationships: the sheets of every workbook a spreadsheet program writes. */
    Set<ZipDirectory.Entry> worksheets() {
        return worksheets;
    }

    /**
     * The part of a sheet, by its relationship id.
     *
     * @throws FormReadException where the id has no relationship or its target no part (fastexcel-reader refuses both)
     */
    ZipDirectory.Entry sheet(String id, String sheetName) throws FormReadException {
        String target = targets.get(id);
        if (target == null) {
            throw new FormReadException(source, sheetName, "the workbook cannot be read: the sheet's relationship "
                    + XlsxGrids.oneLine(id) + " is not in the workbook's relationships");
        }
        ZipDirectory.Entry entry = entry(target);
        if (entry == null) {
            throw new FormReadException(source, sheetName, "the workbook cannot be read: the sheet's part "
                    + XlsxGrids.oneLine(target) + " is not in the package");
        }
        return entry;
    }

    /**
     * A package for fastexcel-reader holding the parts it reads, stored, and these sheets scanned and repaired
     * where needed.
     *
     * @param sheets the parts to prepare as sheets
     * @param repairEvery whether every sheet is repaired, plain or not, against the shared strings' real count
     */
    Prepared prepare(Collection<ZipDirectory.Entry> sheets, boolean repairEvery) throws FormReadException {
        Map<ZipDirectory.Entry, Part> parts = new HashMap<>();
        parts.put(contentTypes, new Part(contentTypesRead(), false));
        for (ZipDirectory.Entry part : Arrays.asList(workbook, relationships, styles)) {
            if (part != null) {
                parts.put(part, new Part(part == workbook ? transitional(inflate(part)) : inflate(part), false));
            }
        }
        SheetRepair.SharedStrings table = SheetRepair.SharedStrings.NONE;
        if (sharedStrings != null) {
            byte[] strings = inflate(sharedStrings);
            parts.put(sharedStrings, new Part(strings, true));
            table = repairEvery ? SheetRepair.SharedStrings.count(strings, strings.length) : null;
        }
        Map<String, List<Note>> notes = new HashMap<>();
        for (ZipDirectory.Entry sheet : sheets) {
            byte[] xml = inflate(sheet);
            boolean strings = sheet.equals(sharedStrings);
            if (!repairEvery && SheetScan.isPlain(xml, xml.length)) {
                parts.putIfAbsent(sheet, new Part(xml, strings));
                continue;
            }
            if (table == null) {
                byte[] sharedXml = inflate(sharedStrings);
                table = SheetRepair.SharedStrings.count(sharedXml, sharedXml.length);
            }
            try {
                SheetRepair.Repaired repaired = SheetRepair.repair(xml, xml.length, table);
                parts.put(sheet, new Part(repaired.xml(), strings));
                notes.put(sheet.name(), repaired.notes());
            } catch (XMLStreamException e) {
                throw new FormReadException(source, sheet.name(), "the workbook cannot be read: "
                        + XlsxGrids.oneLine(e.getMessage()), e);
            }
        }
        Map<String, byte[]> added = styles == null ? Map.of(partNames[2].substring(1), NO_STYLES) : Map.of();
        return new Prepared(write(parts, added), Set.copyOf(sheets), notes);
    }

    /**
     * A package ready for fastexcel-reader.
     *
     * @param zip the package's bytes
     * @param sheets the parts prepared as sheets
     * @param notes the repairs' notes by part name
     */
    record Prepared(byte[] zip, Set<ZipDirectory.Entry> sheets, Map<String, List<Note>> notes) {

        List<Note> notes(ZipDirectory.Entry sheet) {
            return notes.getOrDefault(sheet.name(), List.of());
        }
    }

    /** An entry's content for the new package; the shared strings are followed by the sentinel. */
    private record Part(byte[] content, boolean sentinel) {
    }

    /**
     * The workbook part with a Strict Open XML relationships namespace replaced by the transitional one, under which
     * fastexcel-reader looks for each sheet's {@code r:id} (it finds none in a Strict workbook, and the sheet cannot
     * be opened); every other part is read by local names, whatever its namespace.
     */
    private static byte[] transitional(byte[] workbookXml) {
        String xml = new String(workbookXml, StandardCharsets.ISO_8859_1);
        return xml.contains(STRICT_RELATIONSHIPS)
                ? xml.replace(STRICT_RELATIONSHIPS, RELATIONSHIPS).getBytes(StandardCharsets.ISO_8859_1)
                : workbookXml;
    }

    /**
     * The content types as fastexcel-reader is handed them: only the three overrides it reads, naming the parts the
     * package's own content types name for it (their other entries it passes over), so that it parses a few hundred
     * bytes instead of every type of the package.
     */
    private byte[] contentTypesRead() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        String[] types = {WORKBOOK_TYPE, SHARED_STRINGS_TYPE, STYLES_TYPE};
        for (int i = 0; i < types.length; i++) {
            if (partNames[i] != null) {
                xml.append("<Override PartName=\"").append(escaped(partNames[i])).append("\" ContentType=\"")
                        .append(types[i]).append("\"/>");
            }
        }
        return xml.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An attribute value as XML writes it; tabs and line breaks as references, which a parser does not normalise. */
    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\t", "&#9;")
                .replace("\n", "&#10;").replace("\r", "&#13;");
    }

    /** The content types' workbook, shared-strings and styles parts, as fastexcel-reader's OPCPackage reads them. */
    private String[] contentTypes() throws FormReadException {
        Elements overrides = elements(contentTypes, "Override", List.of("ContentType", "PartName"));
        String[] parts = new String[3];
        boolean complete = false;
        for (Map<String, String> override : overrides.tags()) {
            String type = required(override, "ContentType");
            if (type.equals(WORKBOOK_TYPE) || type.equals(MACRO_WORKBOOK_TYPE)) {
                parts[0] = required(override, "PartName");
            } else if (type.equals(SHARED_STRINGS_TYPE)) {
                parts[1] = required(override, "PartName");
            } else if (type.equals(STYLES_TYPE)) {
                parts[2] = required(override, "PartName");
            }
            complete = parts[0] != null && parts[1] != null && parts[2] != null;
            if (complete) {
                break;
            }
        }
        if (!complete && overrides.error() != null) {
            throw unreadable(contentTypes, overrides.error());
        }
        if (parts[0] == null) {
            parts[0] = "/xl/workbook.xml";
        }
        return parts;
    }

    private String required(Map<String, String> override, String attribute) throws FormReadException {
        String value = override.get(attribute);
        if (value == null) {
            throw unreadable(contentTypes, new XMLStreamException("missing required attribute " + attribute));
        }
        return value;
    }

    private void readRelationships(String name) throws FormReadException {
        int folderEnd = name.indexOf("_rel");
        if (folderEnd < 0) {
            throw new FormReadException(source, name, "the workbook cannot be read: its relationships are not in a "
                    + "_rels folder");
        }
        String folder = name.substring(0, folderEnd);
        Elements all = elements(relationships, "Relationship", List.of("Id", "Target", "Type"));
        for (Map<String, String> relationship : all.tags()) {
            String id = relationship.get("Id");
            String target = relationship.get("Target");
            if (target == null) {
                throw new FormReadException(source, relationships.name(), "the workbook cannot be read: the "
                        + "relationship " + XlsxGrids.oneLine(id) + " has no Target");
            }
            target = target.startsWith("/") ? target : folder + target;
            targets.put(id, target);
            ZipDirectory.Entry part = entry(target);
            String type = relationship.get("Type");
            if (part != null && ((RELATIONSHIPS + "/worksheet").equals(type)
                    || (STRICT_RELATIONSHIPS + "/worksheet").equals(type))) {
                worksheets.add(part);
            }
        }
        if (all.error() != null) {
            throw unreadable(relationships, all.error());
        }
    }

    /**
     * The start tags of one name in a part, in document order, each as the wanted attributes it has; and where the
     * part is not well formed, the parser's error, met after the tags listed (a caller that stops reading before
     * them never meets it, as with a parser read as far as needed).
     */
    record Elements(List<Map<String, String>> tags, XMLStreamException error) {
    }

    /** A part's start tags of a name: read by {@link PlainXml} where the part is plain, else by the XML parser. */
    private Elements elements(ZipDirectory.Entry part, String element, List<String> attributes)
            throws FormReadException {
        byte[] xml = inflate(part);
        List<Map<String, String>> plain = PlainXml.elements(xml, element, attributes);
        return plain != null ? new Elements(plain, null) : parsed(xml, element, attributes);
    }

    /** A part's start tags of a name, read by the XML parser. */
    static Elements parsed(byte[] xml, String element, List<String> attributes) {
        List<Map<String, String>> tags = new ArrayList<>();
        try {
            XMLStreamReader in = SheetRepair.XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (next(in, element)) {
                Map<String, String> tag = new HashMap<>();
                for (String attribute : attributes) {
                    String value = in.getAttributeValue(null, attribute);
                    if (value != null) {
                        tag.put(attribute, value);
                    }
                }
                tags.add(tag);
            }
            return new Elements(tags, null);
        } catch (XMLStreamException e) {
            return new Elements(tags, e);
        }
    }

    private static boolean next(XMLStreamReader in, String element) throws XMLStreamException {
        while (in.hasNext()) {
            if (in.next() == XMLStreamReader.START_ELEMENT && in.getLocalName().equals(element)) {
                return true;
            }
        }
        return false;
    }

    private FormReadException unreadable(ZipDirectory.Entry part, XMLStreamException e) {
        return new FormReadException(source, part.name(), "the workbook cannot be read: "
                + XlsxGrids.oneLine(e.getMessage()), e);
    }

    private ZipDirectory.Entry required(String name) throws FormReadException {
        ZipDirectory.Entry entry = entry(name);
        if (entry == null) {
            throw new FormReadException(source, name, "the workbook cannot be read: the package has no " + name);
        }
        return entry;
    }

    /** The entry fastexcel-reader opens for a part name: the first of that name, else the first of it in any case. */
    private ZipDirectory.Entry entry(String partName) {
        if (partName == null) {
            return null;
        }
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        for (ZipDirectory.Entry entry : entries) {
            if (entry.name().equals(name)) {
                return entry;
            }
        }
        for (ZipDirectory.Entry entry : entries) {
            if (entry.name().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * An entry's inflated bytes, inflated once per package, held to the limit on inflated bytes and refused where
     * its prolog declares a DTD.
     */
    private byte[] inflate(ZipDirectory.Entry entry) throws FormReadException {
        byte[] content = inflated.get(entry);
        if (content != null) {
            return content;
        }
        long budget = limits.maxUncompressedBytes() - inflatedBytes;
        try {
            int offset = (int) entry.dataOffset();
            int compressed = (int) entry.compressedSize();
            if (entry.method() == ZipEntry.STORED) {
                content = Arrays.copyOfRange(bytes, offset, offset + (int) Math.min(compressed, budget + 1));
            } else if (entry.method() == ZipEntry.DEFLATED) {
                content = inflate(offset, compressed, entry.size(), budget);
            } else {
                content = decompressWithCommonsCompress(entry, budget);
            }
        } catch (IOException | DataFormatException e) {
            throw new FormReadException(source, entry.name(), "the workbook cannot be read: the part is corrupt ("
                    + XlsxGrids.oneLine(e.getMessage()) + ")", e);
        }
        if (content.length > budget) {
            throw new FormReadException(source, entry.name(), "the package inflates to more than "
                    + limits.maxUncompressedBytes() + " bytes (XlsxLimits.maxUncompressedBytes): a zip bomb?");
        }
        PackageGuard.refuseDtd(content, entry.name(), limits, source);
        inflatedBytes += content.length;
        inflated.put(entry, content);
        return content;
    }

    /** Inflates deflated data, up to one byte past the budget (for the caller to refuse). */
    private byte[] inflate(int offset, int compressed, long declared, long budget) throws DataFormatException {
        inflater.reset();
        inflater.setInput(bytes, offset, compressed);
        long ceiling = Math.min(budget + 1, (long) compressed * PackageGuard.MAX_DEFLATE_RATIO);
        byte[] out = new byte[(int) Math.min(Math.max(declared, 64), ceiling)];
        int length = 0;
        while (!inflater.finished() && length < ceiling) {
            if (length == out.length) {
                out = Arrays.copyOf(out, (int) Math.min((long) length * 2, ceiling));
            }
            int n = inflater.inflate(out, length, out.length - length);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new DataFormatException("the entry ends early");
            }
            length += n;
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /** An entry compressed otherwise than by deflate, decompressed by the zip library fastexcel-reader uses. */
    private byte[] decompressWithCommonsCompress(ZipDirectory.Entry entry, long budget) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                return in.readNBytes((int) Math.min(budget + 1, Integer.MAX_VALUE - 8));
            }
        }
    }

    /** A part name no entry of the package has, in any case: the name, else the name with a number before .xml. */
    private String unusedName(String name) {
        String unused = name;
        for (int i = 2; entry(unused) != null; i++) {
            unused = name.replace(".xml", i + ".xml");
        }
        return unused;
    }

    /**
     * A zip package of these parts, stored, in the order of the original package (where fastexcel-reader looks for a
     * name in any case, the first match wins), then the parts added; names in UTF-8, dated 1980-01-01.
     */
    private byte[] write(Map<ZipDirectory.Entry, Part> contents, Map<String, byte[]> added) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (ZipDirectory.Entry entry : entries) {
            if (contents.containsKey(entry)) {
                parts.put(entry.name(), contents.get(entry));
            }
        }
        added.forEach((name, content) -> parts.put(name, new Part(content, false)));
        List<byte[]> names = new ArrayList<>(parts.size());
        long size = END_RECORD_LENGTH;
        for (Map.Entry<String, Part> part : parts.entrySet()) {
            byte[] name = part.getKey().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            size += LOCAL_HEADER_LENGTH + CENTRAL_HEADER_LENGTH + 2L * name.length + length(part.getValue());
        }
        ZipWriter zip = new ZipWriter(new byte[Math.toIntExact(size)]);
        int[] offsets = new int[parts.size()];
        int[] crcs = new int[parts.size()];
        CRC32 crc = new CRC32();
        int i = 0;
        for (Part part : parts.values()) {
            crc.reset();
            crc.update(part.content());
            if (part.sentinel()) {
                crc.update(SENTINEL);
            }
            offsets[i] = zip.at;
            crcs[i] = (int) crc.getValue();
            zip.int32(ZipDirectory.LOCAL_HEADER).int16(10).int16(UTF8_NAMES).int16(0).int16(0).int16(DOS_DATE)
                    .int32(crcs[i]).int32(length(part)).int32(length(part)).int16(names.get(i).length).int16(0)
                    .bytes(names.get(i)).bytes(part.content());
            if (part.sentinel()) {
                zip.bytes(new byte[] {SENTINEL});
            }
            i++;
        }
        int directory = zip.at;
        i = 0;
        for (Part part : parts.values()) {
            zip.int32(ZipDirectory.CENTRAL_HEADER).int16(10).int16(10).int16(UTF8_NAMES).int16(0).int16(0)
                    .int16(DOS_DATE).int32(crcs[i]).int32(length(part)).int32(length(part))
                    .int16(names.get(i).length).int16(0).int16(0).int16(0).int16(0).int32(0).int32(offsets[i])
                    .bytes(names.get(i));
            i++;
        }
        int directoryLength = zip.at - directory;
        zip.int32(ZipDirectory.END_RECORD).int16(0).int16(0).int16(parts.size()).int16(parts.size())
                .int32(directoryLength).int32(directory).int16(0);
        return zip.bytes;
    }

    private static int length(Part part) {
        return part.content().length + (part.sentinel() ? 1 : 0);
    }

    /** Little-endian fields into an array of the right size. */
    private static final class ZipWriter {
        private final byte[] bytes;
        private int at;

        ZipWriter(byte[] bytes) {
            this.bytes = bytes;
        }

        ZipWriter int16(int value) {
            bytes[at++] = (byte) value;
            bytes[at++] = (byte) (value >>> 8);
            return this;
        }

        ZipWriter int32(int value) {
            return int16(value).int16(value >>> 16);
        }

        ZipWriter bytes(byte[] value) {
            System.arraycopy(value, 0, bytes, at, value.length);
            at += value.length;
            return this;
        }
    }
}
