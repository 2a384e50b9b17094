// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The inflated bytes of one read of a PDF, held to the page and document limits before PDFBox decodes anything
 * (解压上限). PDFBox decodes a stream whole into memory, so a stream that inflates to gigabytes would exhaust the heap
 * before it could be counted; here every stream a page needs — its content streams, each form XObject's as it is
 * shown, the embedded font programs and ToUnicode maps of the fonts they use — is inflated first, into nothing,
 * counting, with the JDK's {@link Inflater} on the raw bytes (Flate, the filter of nearly every such stream), and
 * refused past the limit. A stream of another filter chain is decoded by PDFBox only when its worst case (its raw
 * length times each filter's largest expansion) fits the page's remaining budget. Each stream is counted once per
 * document.
 */
final class ContentBudget {

    private static final int BUFFER = 8192;
    /** The most one byte of each filter's input can decode to. */
    private static final List<Object[]> EXPANSION = List.of(new Object[] {COSName.FLATE_DECODE, 1032L},
            new Object[] {COSName.LZW_DECODE, 4096L}, new Object[] {COSName.RUN_LENGTH_DECODE, 128L},
            new Object[] {COSName.ASCII85_DECODE, 1L}, new Object[] {COSName.ASCII_HEX_DECODE, 1L});

    private final PdfLimits limits;
    private final byte[] buffer = new byte[BUFFER];
    private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private long page;
    private long total;

    ContentBudget(PdfLimits limits) {
        this.limits = limits;
    }

    /** Counts a page's content streams and its fonts' streams, starting the page's budget. */
    void page(PDPage pdPage) throws IOException {
        page = 0;
        for (Iterator<PDStream> streams = pdPage.getContentStreams(); streams.hasNext();) {
            count(streams.next().getCOSObject());
        }
        fonts(pdPage.getResources());
    }

    /** Counts a form XObject's content stream and its fonts' streams, within the page's budget. */
    void form(COSStream form, PDResources resources) throws IOException {
        count(form);
        fonts(resources);
    }

    private void fonts(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSBase font : fonts.getValues()) {
                font(dictionary(font), 0);
            }
        }
    }

    /** A font's ToUnicode map and embedded program, and its descendant fonts'. */
    private void font(COSDictionary font, int depth) throws IOException {
        if (font == null || depth > 2) {
            return;
        }
        stream(font.getDictionaryObject(COSName.TO_UNICODE));
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
            stream(descriptor.getDictionaryObject(COSName.FONT_FILE));
            stream(descriptor.getDictionaryObject(COSName.FONT_FILE2));
            stream(descriptor.getDictionaryObject(COSName.FONT_FILE3));
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null) {
            for (int i = 0; i < descendants.size(); i++) {
                font(dictionary(descendants.getObject(i)), depth + 1);
            }
        }
    }

    private static COSDictionary dictionary(COSBase base) {
        COSBase object = base instanceof COSObject ? ((COSObject) base).getObject() : base;
        return object instanceof COSDictionary ? (COSDictionary) object : null;
    }

    private void stream(COSBase base) throws IOException {
        COSBase object = base instanceof COSObject ? ((COSObject) base).getObject() : base;
        if (object instanceof COSStream) {
            count((COSStream) object);
        }
    }

    /** Counts what a stream decodes to, once per document. */
    void count(COSStream stream) throws IOException {
        if (!counted.add(stream)) {
            return;
        }
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty()) {
            add(stream.getLength());
        } else if (filters.size() == 1 && filters.get(0).equals(COSName.FLATE_DECODE)) {
            try (InputStream in = new InflaterInputStream(stream.createRawInputStream(), new Inflater(), BUFFER)) {
                drain(in);
            }
        } else {
            long worst = stream.getLength();
            for (COSName filter : filters) {
                worst = worst > Long.MAX_VALUE / expansion(filter) ? Long.MAX_VALUE : worst * expansion(filter);
            }
            if (page + worst > limits.maxPageContentBytes()) {
                throw new PdfLimitException("a content stream filtered by " + filters + " could inflate beyond "
                        + limits.maxPageContentBytes() + " bytes (PdfLimits.maxPageContentBytes)");
            }
            try (InputStream in = stream.createInputStream()) {
                drain(in);
            }
        }
    }

    private static long expansion(COSName filter) {
        for (Object[] entry : EXPANSION) {
            if (entry[0].equals(filter)) {
                return (Long) entry[1];
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<COSName> filters(COSBase filters) {
        COSBase object = filters instanceof COSObject ? ((COSObject) filters).getObject() : filters;
        if (object instanceof COSName) {
            return List.of((COSName) object);
        }
        if (object instanceof COSArray) {
            return ((COSArray) object).toList().stream().map(f -> f instanceof COSName ? (COSName) f
                    : COSName.getPDFName(String.valueOf(f))).toList();
        }
        return List.of();
    }

    private void drain(InputStream in) throws IOException {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            add(n);
        }
    }

    private void add(long n) {
        page += n;
        total += n;
        if (page > limits.maxPageContentBytes()) {
            throw new PdfLimitException("the page's content inflates to more than " + limits.maxPageContentBytes()
                    + " bytes (PdfLimits.maxPageContentBytes): a decompression bomb?");
        }
        if (total > limits.maxContentBytes()) {
            throw new PdfLimitException("the pages' content inflates to more than " + limits.maxContentBytes()
                    + " bytes (PdfLimits.maxContentBytes): a decompression bomb?");
        }
    }
}
