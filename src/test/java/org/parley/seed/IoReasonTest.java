package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that could not be read says why in words; Java's message had been the path again or the exception's
 * class ("cannot list the folder: java.nio.file.AccessDeniedException: /root"). Tested on the exceptions
 * themselves: CI runs as root, whom no file refuses.
 */
class IoReasonTest {

    @Test
    void theReasonIsInWordsNotThePathOrTheClass() {
        assertEquals("permission denied", IoReason.of(new AccessDeniedException("/root")));
        assertEquals("no such file or folder", IoReason.of(new NoSuchFileException("/gone")));
        assertEquals("Input/output error", IoReason.of(new FileSystemException("/disk", null, "Input/output error")));
        assertEquals("stream closed", IoReason.of(new IOException("stream closed")));
        assertEquals("IOException", IoReason.of(new IOException()));
    }

    /** "parley validate loop" where loop is a link to itself read "Too many levels of symbolic links or unable to access …". */
    @Test
    void aDatasetPathThatIsALinkInALoopIsSaidToBeOne(@TempDir Path dir)
            throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(loop));
        String message = e.problems().get(0).message();
        Assertions.assertTrue(message.contains("a link that leads round in a loop"), message);
        Assertions.assertFalse(message.contains("Too many levels"), message);
    }

    /**
     * "parley validate loop/week.json", the loop a folder on the way: the file itself is no link, and
     * was said to be one ("loop/week.json: … it is a link that leads round in a loop").
     */
    @Test
    void aLinkInALoopOnTheWayToTheFileIsSaidToBeOnTheWay(@TempDir Path dir)
            throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(loop.resolve("week.json")));
        String message = e.problems().get(0).message();
        Assertions.assertTrue(message.contains("a folder on its way is a link that leads round in a loop"),
                message);
        Assertions.assertFalse(message.contains("it is a link"), message);
    }
}
