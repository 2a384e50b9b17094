// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's standard streams are terminals. */
final class Terminals {

    static final int STDOUT = 1;
    static final int STDERR = 2;

    private Terminals() {
    }

    /**
     * Whether a standard stream is a terminal. On Linux the stream's file descriptor is looked up in
     * {@code /proc/self/fd}; elsewhere the answer is that of {@link System#console()}, which needs standard
     * input and output to be a terminal (from Java 22 on, through {@code Console.isTerminal()}).
     *
     * @param fd {@link #STDOUT} or {@link #STDERR}
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return consoleIsTerminal();
        }
    }

    /**
     * Text from a form made safe to print on a terminal: control characters (C0 but line feed and tab, DEL, C1)
     * are shown as escapes ({@code \x1b}, {@code \x07}, {@code \r}), so that a project name holding
     * {@code ESC]0;…BEL} or {@code ESC[2J} can neither retitle the window nor clear the screen; so are the
     * bidirectional controls (U+202A–U+202E, U+2066–U+2069), which reorder what is shown.
     *
     * @param text not null
     * @return the text itself when it holds none of these
     */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape == null) {
                    out.append(c);
                } else {
                    out.append(escape);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            return String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }

    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
