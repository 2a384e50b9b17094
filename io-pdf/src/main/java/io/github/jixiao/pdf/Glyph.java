// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

/**
 * One glyph shown on a page, in page coordinates from the top-left corner of the crop box (points, y downwards):
 * its text (one character, or a ligature's few), its box and its font size.
 *
 * @param text the Unicode text of the glyph
 * @param left the left edge
 * @param right the right edge (left plus the advance width)
 * @param baseline the baseline
 * @param size the font size on the page
 */
record Glyph(String text, double left, double right, double baseline, double size) {

    /** The top of the glyph's box: the baseline less the ascent, taken as 0.8 of the size. @return the top */
    double top() {
        return baseline - 0.8 * size;
    }

    /** The bottom of the glyph's box: the baseline plus the descent, taken as 0.2 of the size. @return the bottom */
    double bottom() {
        return baseline + 0.2 * size;
    }

    /** The horizontal middle. @return the middle */
    double centreX() {
        return (left + right) / 2;
    }

    /** The vertical middle of the box. @return the middle */
    double centreY() {
        return baseline - 0.3 * size;
    }

    /** Whether the glyph is white space. @return true for spaces */
    boolean isSpace() {
        return text.isBlank();
    }
}
