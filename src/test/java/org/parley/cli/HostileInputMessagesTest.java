package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs a hostile-input helper found still answered in SQLite's, Java's or the parser's words: a file of NUL bytes given as a
 * dataset, and a database another program dropped a column from.
 * Each is refused with exit status 1, the exact message, and every file as it was (bytes and modification times).
 */
class HostileInputMessagesTest {

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
