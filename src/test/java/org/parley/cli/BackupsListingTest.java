package org.parley.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After `repair` restores a backup, `backups` tells the kept damaged state from the sound backups. */
class BackupsListingTest {

    @TempDir
    Path dir;

    @Test
    void aRepairsDamagedCopyIsListedAsSuch() throws Exception {
        Path db = dir.resolve("p.db");
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("parley.seeds", "seeds")))) {
            for (Path f : files.toList()) {
                Files.copy(f, mine.resolve(f.getFileName()));
            }
        }
        Path json = mine.resolve("week.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"title\": \"The week of", "\"title\": \"My week of"));
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        assertEquals(0, CliRun.of("import", "--db", db.toString(), mine.toString()).exit());
        // The week again over "My week": its backup from before is then a copy of what the database holds.
        assertEquals(0, CliRun.of("import", "--db", db.toString(), "--replace").exit());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET title = 'tampered' WHERE rowid = (SELECT min(rowid) FROM events)");
            // And unsoundly (a quote not in its article): a sound change is the user's edit, not damage to repair.
            st.executeUpdate("UPDATE quotes SET text = 'tampered' WHERE rowid = (SELECT min(rowid) FROM quotes)");
        }
        assertEquals(1, CliRun.of("check", "--db", db.toString()).exit());
        CliRun repair = CliRun.of("repair", "--db", db.toString());
        assertEquals(0, repair.exit(), repair.err());
        assertTrue(repair.out().contains("-damaged.db"), repair.out());

        CliRun list = CliRun.of("backups", "--db", db.toString());

        assertEquals(0, list.exit());
        long damaged = list.out().lines().filter(l -> l.contains("-damaged.db")).count();
        assertEquals(1, damaged, list.out());
        assertTrue(list.out().lines().filter(l -> l.contains("-damaged.db"))
                .allMatch(l -> l.endsWith("a copy of a damaged database, kept for reference")), list.out());
        assertTrue(list.out().lines().filter(l -> l.contains(".db  ") && !l.contains("-damaged.db"))
                .noneMatch(l -> l.contains("damaged")), list.out());
    }

    /** A database whose first page is damaged had every command call it someone else's file, its backups unreachable. */
    @Test
    void aDatabaseThatNoLongerStartsAsSqliteIsMendedFromTheBackupTheUserChooses() throws Exception {
        Path db = dir.resolve("u.db");
        Path other = dir.resolve("other");
        assertEquals(0, CliRun.of("generate", "--events", "20", "--out", other.toString()).exit());
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        assertEquals(0, CliRun.of("import", "--db", db.toString(), "--replace", other.toString()).exit());
        byte[] bytes = Files.readAllBytes(db);
        Arrays.fill(bytes, 0, 16, (byte) 'X');
        Files.write(db, bytes);

        CliRun stats = CliRun.of("stats", "--db", db.toString());
        assertEquals(1, stats.exit());
        assertTrue(stats.err().contains("first page is probably damaged") && stats.err().contains("repair"), stats.err());
        CliRun list = CliRun.of("backups", "--db", db.toString());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("cannot be opened, but it has backups"), list.out());
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(db)), "listing changed nothing");
        String name = list.out().lines().filter(l -> l.startsWith("  u.db-")).findFirst().orElseThrow().strip().split("\\s+")[0];

        CliRun restore = CliRun.of("backups", "--db", db.toString(), "--restore", name);
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("-damaged.db"), restore.out());
        CliRun after = CliRun.of("stats", "--db", db.toString());
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.out().contains("The week of US"), after.out());
    }

    @Test
    void anotherProgramsFileWithNoBackupsIsStillNotParleys() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "my notes, not a database");
        CliRun stats = CliRun.of("stats", "--db", notes.toString());
        assertEquals(1, stats.exit());
        assertTrue(stats.err().contains("is not a Parley database"), stats.err());
        CliRun repair = CliRun.of("repair", "--db", notes.toString());
        assertEquals(1, repair.exit());
        assertEquals("my notes, not a database", Files.readString(notes));
    }

    /** Listing read each copy through SQLite's write-ahead log: a -wal and -shm appeared beside a backup. */
    @Test
    void listingTheBackupsLeavesTheirFolderAsItWas() throws Exception {
        Path db = dir.resolve("w.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        Path backups = Files.createDirectories(dir.resolve("backups"));
        // A Parley database is in WAL mode; copied by hand under a backup's name, it is listed as one.
        Files.copy(db, backups.resolve("w.db-20250101-000000-000.db"));
        try (Stream<Path> before = Files.list(backups)) {
            assertEquals(1, before.count());
        }

        CliRun list = CliRun.of("backups", "--db", db.toString());

        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("w.db-20250101-000000-000.db"), list.out());
        try (Stream<Path> after = Files.list(backups)) {
            assertEquals(List.of("w.db-20250101-000000-000.db"),
                    after.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * Found by a tester, 2026-12-05: a pipe named like a backup (mkfifo in the backups folder) was
     * opened as a database, and SQLite waited on it for ever: `backups`, `import --replace` and
     * `backups --restore` hung. It is listed as a copy that cannot be read, and every command ends.
     */
    @Test
    void aPipeNamedLikeABackupIsListedAndNeverOpened() throws Exception {
        Path db = dir.resolve("p.db");
        Path other = dir.resolve("other");
        assertEquals(0, CliRun.of("generate", "--events", "5", "--out", other.toString()).exit());
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path pipe = backups.resolve("p.db-20250101-000000-000.db");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo");

        // A guard against the hang itself, not a measure of speed: each command takes about a second.
        CliRun[] runs = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> new CliRun[] {CliRun.of("backups", "--db", db.toString()),
                    CliRun.of("import", "--db", db.toString(), "--replace", other.toString()),
                    CliRun.of("backups", "--db", db.toString(), "--restore", pipe.getFileName().toString())});

        assertEquals(0, runs[0].exit(), runs[0].err());
        assertTrue(runs[0].out().contains("p.db-20250101-000000-000.db  (cannot be read)"), runs[0].out());
        assertEquals(0, runs[1].exit(), runs[1].err());
        assertEquals(1, runs[2].exit(), runs[2].out());
        assertTrue(runs[2].err().contains("does not hold a Parley dataset that can be read"), runs[2].err());
        assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).isOther(), "the pipe is still a pipe");
    }
}
