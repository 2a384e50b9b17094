// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.StyleSetter;

/**
 * The few cell styles of jixiao's workbooks. Each kind is applied through fastexcel, which keeps one copy
 * of each distinct style per workbook: a form of 30 indicators and a batch of 1,000 forms use the same
 * dozen styles.
 *
 * <p>The font is 宋体 (SimSun, the font of printed government forms; spreadsheet programs substitute a
 * CJK font where it is missing), the title 黑体.
 */
final class Styles {

    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final String LABEL_FILL = "F2F2F2";
    static final String COMPUTED_FILL = "DDEBF7";
    static final String ERROR_FILL = "FFC7CE";
    static final String WARNING_FILL = "FFEB9C";

    /** The format of a rate: a percentage with two decimals. */
    static final String PERCENT = "0.00%";

    private Styles() {
    }

    /** The number format that shows {@code scale} decimals with thousands separators: {@code #,##0.00}. */
    static String decimal(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    /** Adds a fill to a cell, keeping its font, borders and number format. */
    static void fill(Range range, String color) {
        range.style().fillColor(color).set();
    }

    /** A kind of cell. */
    enum Kind {
        /** The title: 黑体 16, centred, no border. */
        TITLE,
        /** The line under the title, （2023年度）: centred, no border. */
        SUBTITLE,
        /** A label of the template (项目名称, 一级指标 …): bold, centred, grey, bordered. */
        LABEL,
        /** Text written on the form: left, wrapped, bordered. */
        TEXT,
        /** Text on one line, as in the rows of a summary: left, bordered, not wrapped. */
        LINE,
        /** A short value (a target, an actual, a dash): centred, wrapped, bordered. */
        VALUE,
        /** A number written on the form: right, bordered. */
        NUMBER,
        /** A label of jixiao's computed columns: bold, centred, blue. */
        COMPUTED_LABEL,
        /** A value jixiao computed (a formula or a score card's points): blue. */
        COMPUTED;

        void apply(Range range) {
            style(range).set();
        }

        void applyFormat(Range range, String format) {
            style(range).format(format).set();
        }

        private StyleSetter style(Range range) {
            StyleSetter style = range.style().fontName(this == TITLE ? TITLE_FONT : BODY_FONT)
                    .fontSize(this == TITLE ? 16 : 11).verticalAlignment("center");
            switch (this) {
                case TITLE -> style.bold().horizontalAlignment("center");
                case SUBTITLE -> style.horizontalAlignment("center");
                case LABEL -> bordered(style).bold().horizontalAlignment("center").wrapText(true)
                        .fillColor(LABEL_FILL);
                case TEXT -> bordered(style).horizontalAlignment("left").wrapText(true);
                case LINE -> bordered(style).horizontalAlignment("left");
                case VALUE -> bordered(style).horizontalAlignment("center").wrapText(true);
                case NUMBER -> bordered(style).horizontalAlignment("right");
                case COMPUTED_LABEL -> bordered(style).bold().horizontalAlignment("center").wrapText(true)
                        .fillColor(COMPUTED_FILL);
                case COMPUTED -> bordered(style).horizontalAlignment("right").fillColor(COMPUTED_FILL);
                default -> throw new AssertionError(this);
            }
            return style;
        }

        private static StyleSetter bordered(StyleSetter style) {
            return style.borderStyle(BorderStyle.THIN);
        }
    }
}
