// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Objects;

/**
 * Where a value was printed (出处): the document, the part of it (a sheet, a Word table, a PDF page) and the
 * place in that part (a cell such as {@code G14}, a row and column such as {@code r5c2}, or a JSON pointer).
 *
 * <p>{@link #toString()} is the form auditors quote: {@code shanghai.xlsx!表1!G14}, {@code forms.json#/0/funding}.
 * Origins are not part of a form's value: a form read from a workbook equals the same form read from JSON.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document the document's name, such as {@code shanghai.xlsx}; empty when unnamed
 * @param part the sheet, table or page, such as {@code 表1}; empty for JSON
 * @param place the cell ({@code G14}), row and column, or a JSON pointer as a URI fragment ({@code #/0/funding});
 *     empty for the whole part
 */
public record Origin(String document, String part, String place) {

    /**
     * Creates an origin.
     *
     * @param document the document's name, may be empty, not null
     * @param part the sheet, table or page, may be empty, not null
     * @param place the cell or pointer, may be empty, not null
     */
    public Origin {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(place, "place");
    }

    /**
     * A cell of a sheet.
     *
     * @param document the workbook's name, may be empty, not null
     * @param sheet the sheet's name, not null
     * @param cell the cell, such as {@code G14}, not null
     * @return never null
     */
    public static Origin cell(String document, String sheet, String cell) {
        return new Origin(document, sheet, cell);
    }

    /**
     * A place in a JSON document: its JSON pointer as a URI fragment (RFC 6901 §6), {@code #/0/funding}.
     *
     * @param document the document's name, may be empty, not null
     * @param pointer the JSON pointer, such as {@code /0/funding} or the empty pointer of the whole document, not null
     * @return never null
     */
    public static Origin pointer(String document, String pointer) {
        return new Origin(document, "", "#" + pointer);
    }

    /** Whether this is a place in a JSON document (a JSON pointer). @return true for {@code #/…} places */
    public boolean isPointer() {
        return part.isEmpty() && place.startsWith("#");
    }

    /**
     * The same part of the same document, another place in it.
     *
     * @param other the place, such as {@code G15}, not null
     * @return never null
     */
    public Origin at(String other) {
        return new Origin(document, part, other);
    }

    /**
     * The origin as quoted: {@code document!part!place} for cells (empty parts left out) and
     * {@code document#pointer} for JSON pointers.
     */
    @Override
    public String toString() {
        if (isPointer()) {
            return document + place;
        }
        StringBuilder sb = new StringBuilder(document);
        for (String piece : new String[] {part, place}) {
            if (!piece.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('!');
                }
                sb.append(piece);
            }
        }
        return sb.toString();
    }
}
