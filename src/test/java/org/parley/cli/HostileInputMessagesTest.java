package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three inputs a hostile-input helper found still answered in SQLite's, Java's or the parser's words: a new
 * database on a read-only disk, a file of NUL bytes given as a dataset, and a database another program dropped
 * a column from. Each is refused with exit status 1, the exact message, and every file as it was (bytes and
 * modification times).
 */
class HostileInputMessagesTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path dir;

    @Test
    void aFileOfNulBytesIsSaidToHoldBinaryZerosNotAtLineOneColumnTwo() throws Exception {
        Path zeros = dir.resolve("zeros.json");
        Files.write(zeros, new byte[1000]);
        Path db = dir.resolve("p.db");
        CliRun.seeded(db);
        Map<String, String> before = snapshot(dir);
        // Only the file's first 512 bytes are looked at: it "begins" with zeros.
        String said = "parley: " + zeros + ": the file begins with binary zeros (NUL bytes): it is not a "
                + "dataset, nor JSON, CSV or any text. A copy or download that did not finish leaves such a file; copy "
                + "the dataset again from where it came\n";

        for (String[] args : List.of(new String[] {"validate", zeros.toString()},
                new String[] {"import", "--db", dir.resolve("new.db").toString(), zeros.toString()},
                new String[] {"import", "--db", db.toString(), "--replace", zeros.toString()})) {
            CliRun run = CliRun.of(args);

            assertEquals(1, run.exit(), String.join(" ", args) + ": " + run.err());
            assertEquals(said, run.err(), String.join(" ", args));
            assertEquals(before, snapshot(dir), String.join(" ", args) + ": every file is as it was");
        }
    }

    @Test
    void aDatabaseAnotherProgramDroppedAColumnFromIsRefusedAsDamaged() throws Exception {
        Path db = dir.resolve("p.db");
        CliRun.seeded(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE quotes DROP COLUMN ord");
        }
        Map<String, String> before = snapshot(dir);
        String said = "parley: cannot open database " + db + ": the column \"ord\" of the table \"quotes\" is missing "
                + "from it (another program removed it); it has no sound backup to put in its place: move it away, "
                + "and import your dataset again\n";

        for (String[] args : List.of(new String[] {"stats", "--db", db.toString()},
                new String[] {"search", "--db", db.toString(), "nato"},
                new String[] {"export-data", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("csv").toString()})) {
            CliRun run = CliRun.of(args);

            assertEquals(1, run.exit(), String.join(" ", args) + ": " + run.out() + run.err());
            assertEquals(said, run.err(), String.join(" ", args));
            assertEquals(before, snapshot(dir), String.join(" ", args) + ": every file is as it was");
        }
        // As for a table removed: repair had failed in SQLite's words ("table quotes has no column named ord").
        CliRun repair = CliRun.of("repair", "--db", db.toString());
        assertEquals(1, repair.exit(), repair.out() + repair.err());
        assertEquals("parley: " + db + " is damaged beyond opening and has no sound backup in " + dir.resolve("backups")
                + "; nothing was changed. Move the file away and import your dataset again.\n", repair.err());
        assertEquals(before, snapshot(dir), "repair: every file is as it was");
    }

    @Test
    void aNewDatabaseOnAReadOnlyDiskSaysSoAndCreatesNothing() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.createDirectory(ro.resolve("inside"));
        Path data = Files.createDirectory(dir.resolve("data"));
        for (String f : List.of("week.json", "000_9ba955ac96357edf.txt", "003_c2d23156fd46c7ba.txt")) {
            Files.copy(SEEDS.resolve(f), data.resolve(f));
        }
        Map<String, String> before = snapshot(dir);
        String readOnly = " is on a read-only disk (its file system is mounted read-only), so no database can be "
                + "created in it; choose a folder on a disk that can be written. Nothing was created.\n";

        CliRun fromFile = onReadOnlyDisk(ro, Map.of(), "import", "--db", ro.resolve("new.db").toString(), data.toString());
        CliRun seeds = onReadOnlyDisk(ro, Map.of(), "import", "--db", ro.resolve("new.db").toString());
        CliRun newFolder = onReadOnlyDisk(ro, Map.of(), "import", "--db", ro.resolve("sub/new.db").toString(),
                data.toString());

        assertEquals(1, fromFile.exit(), fromFile.err());
        assertEquals("parley: cannot create database " + ro.resolve("new.db") + ": the folder " + ro + readOnly,
                fromFile.err());
        assertEquals(1, seeds.exit(), seeds.err());
        assertEquals("parley: cannot create database " + ro.resolve("new.db") + ": the folder " + ro + readOnly,
                seeds.err());
        assertEquals(1, newFolder.exit(), newFolder.err());
        assertEquals("parley: cannot create database " + ro.resolve("sub/new.db") + ": the folder " + ro + readOnly,
                newFolder.err());
        assertEquals(before, snapshot(dir), "every file is as it was");
    }

    @Test
    void aDataFolderOnAReadOnlyDiskSaysSoAndWhatToDo() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Map<String, String> before = snapshot(dir);

        CliRun run = onReadOnlyDisk(ro, Map.of("XDG_DATA_HOME", ro.resolve("data").toString()), "stats");

        assertEquals(1, run.exit(), run.err());
        assertEquals("parley: cannot create Parley's data folder " + ro.resolve("data/parley") + ": " + ro
                + " is on a read-only disk (its file system is mounted read-only). Set XDG_DATA_HOME to a folder "
                + "that can be written, or name a database elsewhere with --db.\n", run.err());
        assertEquals(before, snapshot(dir), "every file is as it was");
    }

    /**
     * Runs the command in a child JVM that sees {@code ro} mounted read-only (a bind mount in a mount namespace
     * of its own, so nothing outside the child sees it): root writes in folders whose permissions forbid it,
     * but no one writes on a read-only file system. Needs the right to make mount namespaces (root on CI).
     */
    private CliRun onReadOnlyDisk(Path ro, Map<String, String> env, String... args) throws Exception {
        Path unshare = Path.of("/usr/bin/unshare");
        assumeTrue(Files.isExecutable(unshare), "no unshare to mount a folder read-only");
        List<String> command = new ArrayList<>(List.of(unshare.toString(), "-m", "sh", "-c",
                "mount -o bind,ro \"$1\" \"$1\" && shift && exec \"$@\"", "sh", ro.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolveSibling(dir.getFileName() + ".out");
        Path err = dir.resolveSibling(dir.getFileName() + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_DATA_HOME", dir.resolveSibling(dir.getFileName() + "-xdg").toString());
        builder.environment().putAll(env);
        Process child = builder.start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the command ended");
        String said = Files.readString(err);
        assumeTrue(!said.startsWith("unshare:") && !said.startsWith("mount:"), "cannot mount read-only here: " + said);
        return new CliRun(child.exitValue(), Files.readString(out), said);
    }

    /** Every entry under {@code root}: regular files by their bytes and modification time. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> all = new TreeMap<>(HostileCasesTest.snapshot(root));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                FileTime modified = Files.getLastModifiedTime(p);
                all.merge(root.relativize(p).toString(), " modified " + modified, String::concat);
            }
        }
        return all;
    }
}
