package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET title = 'tampered' WHERE rowid = (SELECT min(rowid) FROM events)");
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
}
