package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "parley import" with no path puts the bundled week back: over the week the user edited (in the sqlite3
 * shell, kept or not) it refuses without --replace, naming where the backup would be kept, and changes
 * no byte; with --replace it replaces the edits and names the backup.
 */
class ImportOverEditsTest {

    @TempDir
    Path tmp;

    @Test
    void theWeekEditedOutsideIsNotReplacedUnasked() throws Exception {
        Path db = tmp.resolve("w.db");
        CliRun.seeded(db);
        sql(db, "UPDATE events SET title = 'My own title' WHERE id = 'bg-soviet-collapse'");
        byte[] before = Files.readAllBytes(db);

        CliRun refused = CliRun.on(db, "import");

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("your edits to 1 record"), refused.err());
        assertTrue(refused.err().contains("--replace") && refused.err().contains(tmp.resolve("backups").toString()),
                refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(db), "the database is unchanged byte for byte");
        assertFalse(Files.exists(tmp.resolve("backups")), "no backup made for a refusal");
    }

    @Test
    void withReplaceTheEditsGoAndTheBackupIsNamed() throws Exception {
        Path db = tmp.resolve("w.db");
        CliRun.seeded(db);
        sql(db, "UPDATE events SET title = 'My own title' WHERE id = 'bg-soviet-collapse'");

        CliRun replaced = CliRun.on(db, "import", "--replace");

        assertEquals(0, replaced.exit(), replaced.out() + replaced.err());
        assertEquals("Collapse of the Soviet Union", title(db), "the bundled week is back");
        try (var kept = Files.list(tmp.resolve("backups"))) {
            String backup = kept.findFirst().orElseThrow().getFileName().toString();
            assertTrue(replaced.out().contains(backup) && replaced.out().contains("--restore"), replaced.out());
            assertFalse(backup.contains("-damaged"), "the user's sound edits are not kept as a damaged copy: " + backup);
        }
    }

    @Test
    void editsKeptThroughRepairAreCountedAndNotReplacedUnasked() throws Exception {
        Path db = tmp.resolve("w.db");
        CliRun.seeded(db);
        sql(db, "UPDATE events SET title = 'My own title' WHERE id = 'bg-soviet-collapse'",
                "UPDATE events SET title = 'Another title' WHERE id = 'bg-nato-expansions'");
        assertEquals(0, CliRun.on(db, "repair", "--keep-changes").exit());
        byte[] before = Files.readAllBytes(db);

        CliRun refused = CliRun.on(db, "import");

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("your edits to 2 records"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void theUneditedWeekIsPutBackWithoutAQuestion() {
        Path db = tmp.resolve("w.db");
        CliRun.seeded(db);

        CliRun again = CliRun.on(db, "import");

        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Unchanged"), again.out());
    }

    /**
     * A user's own file over their own dataset of the same title is a dataset replaced, not "your edits":
     * the records that differ are the file's, and nothing was edited in the database.
     */
    @Test
    void aUsersFileOverTheirOwnDatasetIsNotCalledTheirEdits() throws Exception {
        Path db = tmp.resolve("w.db");
        CliRun.seeded(db);
        Path first = copyOfTheWeek("first", "Fall of the USSR");
        assertEquals(0, CliRun.of("import", first.toString(), "--db", db.toString()).exit());
        Path second = copyOfTheWeek("second", "End of the USSR");

        CliRun refused = CliRun.of("import", second.toString(), "--db", db.toString());

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertFalse(refused.err().contains("your edits"), refused.err());
        assertTrue(refused.err().contains("64 events"), refused.err());
    }

    /** The week exported, with the Soviet collapse's title changed to {@code title}. */
    private Path copyOfTheWeek(String name, String title) throws Exception {
        Path db = tmp.resolve(name + ".db");
        CliRun.seeded(db);
        Path out = tmp.resolve(name);
        assertEquals(0, CliRun.on(db, "export-data", "--format", "json", "--out", out.toString()).exit());
        Path json = out.resolve("week.json");
        String text = Files.readString(json);
        assertTrue(text.contains("\"Collapse of the Soviet Union\""));
        Files.writeString(json, text.replace("\"Collapse of the Soviet Union\"", "\"" + title + "\""));
        return out;
    }

    private static String title(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT title FROM events WHERE id = 'bg-soviet-collapse'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
