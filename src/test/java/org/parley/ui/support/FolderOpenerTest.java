package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export note's Open folder. Under a bare window manager Java's Desktop said "Failed to show
 * URI:file:/…/" although xdg-open was there; without GNOME's libraries the button was greyed.
 */
class FolderOpenerTest {

    @TempDir
    Path dir;

    @Test
    void whenJavasDesktopFailsTheDesktopsOpenerIsAsked() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a Unix shell runs the stand-in opener");
        Path got = dir.resolve("args.txt");
        Path folder = Files.createDirectory(dir.resolve("exports"));
        FolderOpener opener = new FolderOpener(f -> {
            throw new IOException("Failed to show URI:" + f.toURI());
        }, new OpenerCommand(List.of(script("printf '%s\\n' \"$#\" \"$1\" > '" + got + "'").toString())), true);

        opener.open(folder);

        assertEquals(List.of("1", folder.toUri().toString()), Files.readAllLines(got));
    }

    @Test
    void aDesktopWithoutJavasOpenStillOffersTheFolderThroughItsOpener() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a Unix shell runs the stand-in opener");
        Path got = dir.resolve("args.txt");
        FolderOpener opener = new FolderOpener(f -> false,
                new OpenerCommand(List.of(script("echo \"$1\" > '" + got + "'").toString())), true);

        assertTrue(opener.available(), "Open folder is offered");
        opener.open(dir);
        assertEquals(List.of(dir.toUri().toString()), Files.readAllLines(got));
    }

    @Test
    void whenNothingOpensItTheMessageSaysSoInWords() {
        FolderOpener opener = new FolderOpener(f -> {
            throw new IOException("Failed to show URI:" + f.toURI());
        }, new OpenerCommand(List.of(dir.resolve("no-such-opener").toString())), false);

        IOException e = assertThrows(IOException.class, () -> opener.open(dir));
        assertEquals("No file manager on this desktop opened the folder.", e.getMessage());
        assertFalse(e.getMessage().contains("URI"));
    }

    private Path script(String body) throws IOException {
        Path p = dir.resolve("opener.sh");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        assertTrue(p.toFile().setExecutable(true));
        return p;
    }
}
