package org.parley.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file the system refuses is named with the reason, not "unexpected error:
 * java.nio.file.AccessDeniedException" (generate into a read-only folder). Root, which CI runs
 * as, is refused nothing, so the system's exceptions are made here.
 */
class FriendlyErrorsTest {

    @Test
    void aRefusedFileIsNamedWithTheReason() {
        assertEquals("cannot write or read /srv/ro/gen: permission denied",
                FriendlyErrors.fileProblem(new AccessDeniedException("/srv/ro/gen")));
        assertEquals("/srv/none/gen does not exist (nor, perhaps, its folder)",
                FriendlyErrors.fileProblem(new NoSuchFileException("/srv/none/gen")));
        assertEquals("/mnt/usb/gen: Read-only file system",
                FriendlyErrors.fileProblem(new FileSystemException("/mnt/usb/gen", null, "Read-only file system")));
    }

    /** Under LANG=C a folder such as "josé" cannot be named: the message says why and what to do. */
    @Test
    void aNameTheLocaleCannotEncodeSaysHowToStartParley() {
        String said = FriendlyErrors.unusablePath(new InvalidPathException("/home/jos\uFFFD\uFFFD",
                "Malformed input or input contains unmappable characters"));
        Assertions.assertTrue(said.contains("locale") && said.contains("LANG=C.UTF-8"), said);
    }

    /** A path Java refuses on the command line is a usage error in Parley's words, not Java's exception. */
    @Test
    void anUnusablePathOptionIsAUsageErrorWithoutJavasText() {
        CliRun run = CliRun.of("export-image", "--view", "timeline", "--out", "a\u0000b.png");
        assertEquals(2, run.exit(), run.err());
        Assertions.assertTrue(run.err().contains("not a usable file name"), run.err());
        Assertions.assertFalse(run.err().contains("java.nio"), run.err());
    }
}
