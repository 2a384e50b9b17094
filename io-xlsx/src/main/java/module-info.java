// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao io-xlsx: reads forms from .xlsx (its own StAX reader over aalto) and .xls (POI HSSF) workbooks by their labels,
 * whatever the layout, within documented limits ({@link io.github.jixiao.xlsx.XlsxLimits}); writes the
 * standard template (fastexcel) with live formulas and audit marks, and the batch summary workbook.
 */
module io.github.jixiao.xlsx {
    requires transitive io.github.jixiao.layout;
    requires com.fasterxml.aalto;
    requires org.dhatim.fastexcel;
    requires org.apache.commons.compress;
    requires org.apache.poi.poi;
    requires org.apache.logging.log4j;

    exports io.github.jixiao.xlsx;

    uses org.apache.logging.log4j.spi.Provider;

    provides io.github.jixiao.spi.FormFormat with io.github.jixiao.xlsx.XlsxFormat, io.github.jixiao.xlsx.XlsFormat;
}
