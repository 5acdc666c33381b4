package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A folder that cannot be written, or a file where a folder should be: the message names the
 * folder to blame, and says so, instead of guessing ("is the folder there, and can it be written?")
 * or naming the folder that was to be made. The permission cases need a user that permissions
 * stop (not root with its override); the file in the way works for anyone.
 */
class UnwritableFolderMessagesTest {

    @TempDir
    Path dir;

    @Test
    void backupsSaysWhatIsInTheWayOfTheBackupsFolderAndFails() throws Exception {
        Path db = dir.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        Files.writeString(dir.resolve("backups"), "not a folder");
        String before = sha256(db);

        CliRun list = CliRun.of("backups", "--db", db.toString());

        assertEquals(1, list.exit(), list.out());
        assertTrue(list.err().contains(dir.resolve("backups") + " is a file, not a folder"), list.err());
        assertFalse(list.out().contains("No backups"), list.out());
        assertFalse(list.err().contains("Exception"), list.err());
        assertEquals(before, sha256(db));
    }

    @Test
    void aNewDatabaseInAFolderThatCannotBeWrittenNamesTheFolder() throws Exception {
        Path ro = readOnlyFolder();
        try {
            CliRun run = CliRun.of("import", "--db", ro.resolve("new.db").toString());

            assertEquals(1, run.exit());
            assertTrue(run.err().contains("the folder " + ro + " cannot be written"), run.err());
            assertFalse(run.err().contains("is the folder there"), run.err());
            assertFalse(Files.exists(ro.resolve("new.db")));
        } finally {
            writable(ro);
        }
    }

    @Test
    void generateIntoANewFolderInAReadOnlyOneNamesTheReadOnlyOne() throws Exception {
        Path ro = readOnlyFolder();
        try {
            CliRun run = CliRun.of("generate", "--events", "10", "--out", ro.resolve("g").toString());

            assertEquals(1, run.exit());
            assertTrue(run.err().contains(ro + " cannot be written (permission denied)"), run.err());
            assertFalse(Files.exists(ro.resolve("g")));
        } finally {
            writable(ro);
        }
    }

    /** A folder no one may write in; the test is skipped where this process writes there anyway (root). */
    private Path readOnlyFolder() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(ro)) {
            writable(ro);
            assumeFalse(true, "this process writes in read-only folders (root)");
        }
        return ro;
    }

    private static void writable(Path p) throws Exception {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
