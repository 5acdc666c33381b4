package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Why an export's folder could not be made, said in words rather than by the path again. */
class OutputFileTest {

    private static final Path DIR = Path.of("/proc/foo");

    @Test
    void aRefusalThatGivesOnlyThePathIsSaidInWords() {
        // What creating a folder under /proc throws: the path, and no reason.
        assertEquals("cannot create the folder /proc/foo: the system does not allow a folder there. Nothing was written.",
                OutputFile.folderFailure(DIR, new FileSystemException("/proc/foo")).getMessage());
    }

    @Test
    void aReasonTheSystemGivesIsKept() {
        assertEquals("cannot create the folder /proc/foo: permission denied. Nothing was written.",
                OutputFile.folderFailure(DIR, new AccessDeniedException("/proc/foo")).getMessage());
    }

    /**
     * A CSV export's folder on a read-only or full disk: the system's "Read-only file system" and "No space left
     * on device" stood where every file export says the same in Parley's words.
     */
    @Test
    void aReadOnlyOrFullDiskIsSaidAsForAFile() {
        assertEquals("cannot create the folder /proc/foo: the disk is read-only (mounted read-only, or a CD or disk "
                        + "image). Nothing was written.",
                OutputFile.folderFailure(DIR, new FileSystemException("/proc/foo", null, "Read-only file system"))
                        .getMessage());
        assertEquals("cannot create the folder /proc/foo: the disk is full. Nothing was written.",
                OutputFile.folderFailure(DIR, new FileSystemException("/proc/foo", null, "No space left on device"))
                        .getMessage());
    }
}
