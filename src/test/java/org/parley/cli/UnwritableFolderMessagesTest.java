package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A folder that cannot be written, or a file where a folder should be: the message names the
 * folder to blame, and says so, instead of guessing ("is the folder there, and can it be written?")
 * or naming the folder that was to be made. The permission cases need a user that permissions
 * stop: as root (on CI) their command runs without root's override; the file in the way works for anyone.
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
            CliRun run = unprivileged("import", "--db", ro.resolve("new.db").toString());

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
            CliRun run = unprivileged("generate", "--events", "10", "--out", ro.resolve("g").toString());

            assertEquals(1, run.exit());
            assertTrue(run.err().contains(ro + " cannot be written (permission denied)"), run.err());
            assertFalse(Files.exists(ro.resolve("g")));
        } finally {
            writable(ro);
        }
    }

    /** A folder no one may write in (but root, whose override {@link #unprivileged} takes away). */
    private Path readOnlyFolder() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        return ro;
    }

    /**
     * Runs the command as a user whom a folder's permissions stop. Root (CI runs as root) writes in read-only
     * folders, so there the command runs in a child JVM started through {@code setpriv} without root's override
     * of file permissions; anyone else runs it here.
     */
    private CliRun unprivileged(String... args) throws Exception {
        if (!Files.isWritable(dir.resolve("ro"))) {
            return CliRun.of(args);
        }
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(Files.isExecutable(setpriv), "root, and no setpriv to run the command without its override");
        List<String> command = new ArrayList<>(List.of(setpriv.toString(),
                "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the command ended");
        return new CliRun(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void writable(Path p) throws Exception {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
