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
 * The {@code xls} format (Excel 97-2003 工作簿): reads every form in an .xls (BIFF8) workbook with POI HSSF,
 * with the same label-finding recogniser as {@link XlsxFormat}. Read only. WPS 表格's .et files are read by what
 * they hold, as every workbook is: an .xls (BIFF8) workbook or an .xlsx package is read, one in another format is
 * refused as not an Excel workbook. An .xlsx package named .xls or .et is read as .xlsx, with a finding that says
 * so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsFormat implements FormFormat {

    static {
        PoiLogging.quiet();
    }

    private final XlsxLimits limits;

    /** The format with the default limits; the {@link java.util.ServiceLoader} provider. */
    public XlsFormat() {
        this(XlsxLimits.defaults());
    }

    private XlsFormat(XlsxLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The format with other limits.
     *
     * @param limits the limits, not null
     * @return never null
     */
    public static XlsFormat withLimits(XlsxLimits limits) {
        return new XlsFormat(limits);
    }

    @Override
    public String name() {
        return "xls";
    }

    @Override
    public String mediaType() {
        return "application/vnd.ms-excel";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xls", "et");
    }

    @Override
    public ReadResult read(InputStream in, ReadOptions options) throws IOException {
        return WorkbookReading.read(in, options, limits, "xls");
    }

    /** {@code false}: .xls is read only. */
    @Override
    public boolean canWrite() {
        return false;
    }

    /** .xls is read only. @throws UnsupportedOperationException always */
    @Override
    public void write(List<SelfEvaluation> forms, OutputStream out) {
        throw new UnsupportedOperationException("The xls format is read only; write xlsx instead");
    }
}
