// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.spi.FormReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * An .xlsx package (already checked by {@link PackageGuard}) with the parts the reader reads found: the content types
 * name the workbook, shared-strings and styles parts; the workbook's relationships name each sheet's part. Each part
 * is inflated once, held to {@link XlsxLimits#maxUncompressedBytes()} together with the others, and refused where its
 * prolog declares a DTD.
 *
 * <p>Parts are found as spreadsheet programs and the readers before jixiao's own find them: the first
 * {@code Override} of each content type until all three are known (the workbook at {@code /xl/workbook.xml} where
 * none names it), the workbook's relationships beside it, each target under the workbook's folder unless it starts
 * with {@code /}, an entry by its exact name or else the first whose name differs only in case.
 */
final class WorkbookPackage implements AutoCloseable {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORKBOOK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    /** Where the relationships of a part are: {@code _rels/<name>.rels} in its folder. */
    private static final Pattern RELATIONSHIPS_NAME = Pattern.compile("^(.*/)([^/]+)$");

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
    /** The workbook's relationships: id → target part name. */
    private final Map<String, String> targets = new HashMap<>();

    private WorkbookPackage(byte[] bytes, List<ZipDirectory.Entry> entries, XlsxLimits limits, String source) {
        this.bytes = bytes;
        this.entries = entries;
        this.limits = limits;
        this.source = source;
    }

    /**
     * Finds the parts of a checked package; close it when read.
     *
     * @throws FormReadException where the package cannot be read as a workbook: no content types, no workbook, no
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
        workbook = required(parts[0]);
        sharedStrings = entry(parts[1]);
        styles = entry(parts[2]);
        String relationshipsName = RELATIONSHIPS_NAME.matcher(parts[0]).replaceFirst("$1_rels/$2.rels");
        relationships = required(relationshipsName);
        readRelationships(relationshipsName);
    }

    @Override
    public void close() {
        inflater.end();
    }

    /** The workbook part. */
    ZipDirectory.Entry workbook() {
        return workbook;
    }

    /** The styles part, or null where the package has none. */
    ZipDirectory.Entry styles() {
        return styles;
    }

    /** The shared-strings part, or null where the package has none. */
    ZipDirectory.Entry sharedStrings() {
        return sharedStrings;
    }

    /**
     * The part of a sheet, by its relationship id.
     *
     * @throws FormReadException where the id has no relationship or its target no part
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

    /** The part names of the workbook, shared strings and styles, as the content types name them (null: none). */
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
        Elements all = elements(relationships, "Relationship", List.of("Id", "Target"));
        for (Map<String, String> relationship : all.tags()) {
            String id = relationship.get("Id");
            String target = relationship.get("Target");
            if (target == null) {
                throw new FormReadException(source, relationships.name(), "the workbook cannot be read: the "
                        + "relationship " + XlsxGrids.oneLine(id) + " has no Target");
            }
            target = target.startsWith("/") ? target : folder + target;
            targets.put(id, target);
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
            XMLStreamReader in = PartXml.open(xml);
            while (PartXml.nextStart(in, element, null)) {
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

    /** The entry of a part name: the first of that name, else the first of it in any case; null where none is. */
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
    byte[] inflate(ZipDirectory.Entry entry) throws FormReadException {
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

    /** An entry compressed otherwise than by deflate (deflate64, bzip2), decompressed by commons-compress. */
    private byte[] decompressWithCommonsCompress(ZipDirectory.Entry entry, long budget) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                return in.readNBytes((int) Math.min(budget + 1, Integer.MAX_VALUE - 8));
            }
        }
    }
}
