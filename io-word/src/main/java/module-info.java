// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao io-word: reads forms from Word documents — .docx streamed over a guarded zip read, .doc with POI HWPF —
 * turning their tables into grids for the layout recogniser, within documented limits
 * ({@link io.github.jixiao.word.WordLimits}).
 */
module io.github.jixiao.word {
    requires transitive io.github.jixiao.layout;
    requires java.xml;
    requires org.apache.poi.poi;
    requires org.apache.poi.scratchpad;

    exports io.github.jixiao.word;

    provides io.github.jixiao.spi.FormFormat with io.github.jixiao.word.DocxFormat, io.github.jixiao.word.DocFormat;
}
