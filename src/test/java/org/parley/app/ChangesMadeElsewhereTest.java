package org.parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.SeedBundle;
import org.parley.store.Health;
import org.parley.store.Origin;
import org.parley.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database edited by another program (the sqlite3 shell) while Parley was closed: a sound edit
 * is the user's, kept at their word and never undone by a repair; an unsound one is damage.
 */
class ChangesMadeElsewhereTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path tmp;

    @Test
    void aRetitleIsASoundChangeThatARepairLeavesAndKeepingRecords() throws Exception {
        Path db = seeded();
        sql(db, "UPDATE events SET title = 'Collapse of the USSR' WHERE id = 'bg-soviet-collapse'");
        try (Workspace w = Workspace.open(db)) {
            Health health = w.check();
            assertTrue(health.changedOutside(), health.toString());
            assertFalse(health.dataDamaged(), health.toString());

            Workspace.Repair repair = w.repair();
            assertTrue(repair.summary().contains("nothing was undone"), repair.summary());
            assertEquals("Collapse of the USSR", title(w, "bg-soviet-collapse"), "a repair undid the user's edit");

            Workspace.Repair kept = w.keepChanges();
            assertTrue(kept.changed(), kept.summary());
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals("Collapse of the USSR", title(w, "bg-soviet-collapse"));
            assertEquals(1, w.store().backups().list().size(), "the database as it was is backed up first");
            assertEquals(Origin.USER, w.store().info().orElseThrow().origin(), "newer seeds never replace it unasked");
            assertEquals("bg-soviet-collapse", w.store().search("USSR", 5).get(0).eventId());
            assertEquals(Workspace.SeedOutcome.USER_DATA_KEPT, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
        }
    }

    @Test
    void aDeletedEventAndAnAddedQuoteAreSoundChanges() throws Exception {
        Path db = seeded();
        sql(db, "PRAGMA foreign_keys = ON", "DELETE FROM events WHERE id = 'bg-nato-expansions'",
                "INSERT INTO quotes SELECT 'q-added', 999, text, speaker_id, source_id, event_id, span_start, span_end "
                        + "FROM quotes WHERE rowid = (SELECT min(rowid) FROM quotes)");
        try (Workspace w = Workspace.open(db)) {
            assertTrue(w.check().changedOutside(), w.check().toString());
        }
    }

    @Test
    void aBrokenReferenceIsDamageAndCannotBeKept() throws Exception {
        Path db = seeded();
        sql(db, "UPDATE event_actors SET actor_id = 'nobody' WHERE event_id = 'antonov-rhetoric'");
        try (Workspace w = Workspace.open(db)) {
            Health health = w.check();
            assertTrue(health.dataDamaged(), health.toString());
            assertTrue(String.join(" ", health.dataProblems()).contains("\"nobody\""), health.toString());
            StoreException refused = assertThrows(StoreException.class, w::keepChanges);
            assertTrue(refused.getMessage().contains("Nothing was changed"), refused.getMessage());
            assertTrue(w.store().backups().list().isEmpty(), "no backup made for a refusal");
        }
    }

    private Path seeded() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            w.ensureSeeded(SeedBundle.fromFolder(SEEDS));
        }
        return db;
    }

    private static String title(Workspace w, String id) {
        return w.store().loadDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().title();
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
