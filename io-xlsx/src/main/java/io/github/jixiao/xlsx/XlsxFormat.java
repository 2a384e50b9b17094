// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The {@code xlsx} format (Excel 工作簿): reads every form in an .xlsx workbook (its XML parts streamed with aalto's StAX parser), finding
 * each by its labels whatever the layout (see the module's README), within {@link XlsxLimits}. A macro-enabled
 * workbook (.xlsm) is read the same way, its macros never run; forms are written as .xlsx only. An .xls workbook
 * named .xlsx is read as .xls, with a finding that says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxFormat implements FormFormat {

    static {
        PoiLogging.quiet();
    }

    private final XlsxLimits limits;

    /** The format with the default limits; the {@link java.util.ServiceLoader} provider. */
    public XlsxFormat() {
        this(XlsxLimits.defaults());
    }

    private XlsxFormat(XlsxLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The format with other limits.
     *
     * @param limits the limits, not null
     * @return never null
     */
    public static XlsxFormat withLimits(XlsxLimits limits) {
        return new XlsxFormat(limits);
    }

    /** The limits this format reads within. @return never null */
    public XlsxLimits limits() {
        return limits;
    }

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx", "xlsm");
    }

    @Override
    public ReadResult read(InputStream in, ReadOptions options) throws IOException {
        return WorkbookReading.read(in, options, limits, "xlsx");
    }

    /**
     * Writes the forms in the standard template, one sheet per form, with live formulas under the national
     * policy ({@link TemplateWriter#standard()}); {@code read(write(forms))} gives back equal forms.
     *
     * @param forms the forms, at least one, not null
     * @param out the stream, flushed but not closed, not null
     * @throws IOException if the stream cannot be written
     */
    @Override
    public void write(List<SelfEvaluation> forms, OutputStream out) throws IOException {
        TemplateWriter.standard().write(forms, out);
    }
}
