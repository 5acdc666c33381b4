package org.parley.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which Java does not say directly: {@link System#console()} looks at
 * standard input and output, and from Java 22 on (the installed package's runtime) it is there even when both are
 * redirected. A progress line written into a log file or a pipe would be a heap of carriage returns in it.
 */
final class StderrTerminal {

    private StderrTerminal() {
    }

    static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            // Linux says where standard error goes: a terminal is a /dev/pts/N or /dev/ttyN.
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        Console console = System.console();
        return console != null && interactive(console);
    }

    /** Java 22's {@code Console.isTerminal()} where there is one; before it, a console was a terminal. */
    private static boolean interactive(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
