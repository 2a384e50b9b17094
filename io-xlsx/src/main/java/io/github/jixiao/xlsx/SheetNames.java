// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

/**
 * Worksheet names that Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \ '}, control
 * characters or characters XML cannot hold (U+FFFE, U+FFFF, a surrogate that is not half of a pair), unique in the
 * workbook.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    /**
     * The name of the {@code number}th form's sheet: the number and the project name, such as
     * {@code 1 北京市住房和城乡建设信用服务监管平台升级改造} cut to 31 characters. The number keeps names unique.
     */
    static String forForm(int number, String projectName) {
        String name = (number + " " + projectName.replaceAll("[\\[\\]:*?/\\\\'\\p{Cntrl}\\p{Cs}\\x{FFFE}\\x{FFFF}]", "_")).strip();
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return name.substring(0, end).strip();
    }
}
