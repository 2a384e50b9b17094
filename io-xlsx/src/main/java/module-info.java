/**
 * jixiao io-xlsx: reads and writes 项目支出绩效自评表 workbooks.
 */
module io.github.jixiao.xlsx {
    requires io.github.jixiao.core;
    requires org.dhatim.fastexcel;

    exports io.github.jixiao.xlsx;
}
