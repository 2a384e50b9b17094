// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

/** A PDF broke one of the {@link PdfLimits} while a page was read; the reader turns it into a FormReadException. */
final class PdfLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PdfLimitException(String message) {
        super(message, null, false, false);
    }
}
