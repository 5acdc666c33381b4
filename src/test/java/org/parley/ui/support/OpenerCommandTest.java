package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's opener program, where Java's Desktop offers no browser (Xfce, KDE, a bare window manager). */
class OpenerCommandTest {

    @TempDir
    Path dir;

    @Test
    void theAddressIsHandedOverAsOneArgument() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a Unix shell runs the stand-in opener");
        Path got = dir.resolve("args.txt");
        Path opener = script("printf '%s\\n' \"$#\" \"$1\" > '" + got + "'");
        URI page = URI.create("https://example.org/a%20b?q=1&r=$(touch%20x)");

        assertTrue(new OpenerCommand(List.of(opener.toString())).open(page));

        assertEquals(List.of("1", "https://example.org/a%20b?q=1&r=$(touch%20x)"), Files.readAllLines(got));
        assertFalse(Files.exists(dir.resolve("x")), "nothing in the address ran");
    }

    @Test
    void noOpenerProgramIsNoOpenerNotAFailure() throws Exception {
        assertFalse(new OpenerCommand(List.of(dir.resolve("no-such-opener").toString())).open(URI.create("https://example.org/")));
    }

    @Test
    void anOpenerThatSaysItCouldNotIsAFailureToShow() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a Unix shell runs the stand-in opener");
        Path opener = script("exit 4");
        IOException e = assertThrows(IOException.class,
                () -> new OpenerCommand(List.of(opener.toString())).open(URI.create("https://example.org/")));
        assertTrue(e.getMessage().contains("status 4"), e.getMessage());
    }

    private Path script(String body) throws IOException {
        Path p = dir.resolve("opener.sh");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        assertTrue(p.toFile().setExecutable(true));
        return p;
    }
}
