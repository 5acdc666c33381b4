package org.parley.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
}
