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
