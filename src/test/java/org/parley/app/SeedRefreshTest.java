package org.parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.Workspace.SeedOutcome;
import org.parley.seed.BundledSeeds;
import org.parley.seed.SeedBundle;
import org.parley.store.Backup;
import org.parley.store.Origin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first start of a Parley whose bundled week is newer than the stored one: the stored week is
 * replaced only when it is exactly the week an earlier Parley put there, and only after a backup.
 * A week edited in the sqlite3 shell (not yet kept) was replaced silently, the edit lost for good.
 */
class SeedRefreshTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path tmp;

    @Test
    void aStoredWeekEditedElsewhereIsKeptWhenNewerSeedsArrive() throws Exception {
        Path db = seededWithAnOlderWeek();
        sql(db, "UPDATE events SET title = 'Collapse of the USSR' WHERE id = 'bg-soviet-collapse'");
        try (Workspace w = Workspace.open(db)) {
            assertEquals(SeedOutcome.EDITED_KEPT, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals("Collapse of the USSR", title(w, "bg-soviet-collapse"), "the newer seeds replaced the edit");
            assertEquals("An older curation of the week", w.store().loadDataset().title());
            assertTrue(w.store().backups().list().isEmpty(), "nothing changed, so nothing backed up");
            assertTrue(w.check().changedOutside(), "still offered to keep, as before: " + w.check());
            // Asked again at every start, never taken for a yes.
            assertEquals(SeedOutcome.EDITED_KEPT, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals("Collapse of the USSR", title(w, "bg-soviet-collapse"));
        }
    }

    @Test
    void anUneditedOlderWeekIsBackedUpBeforeItIsReplaced() throws Exception {
        Path db = seededWithAnOlderWeek();
        try (Workspace w = Workspace.open(db)) {
            assertEquals(SeedOutcome.UPDATED, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals(BundledSeeds.dataset(), w.store().loadDataset());
            List<Backup> backups = w.store().backups().list();
            assertEquals(1, backups.size(), "the older week is kept as a backup: " + backups);
            assertEquals("An older curation of the week", backups.get(0).dataset().orElseThrow().title());
            assertEquals(Origin.SEED, w.store().info().orElseThrow().origin());
        }
    }

    /** A backups folder that cannot be made: the older week stays, rather than going with no copy (nor failing the start). */
    @Test
    void anOlderWeekThatCannotBeBackedUpIsKept() throws Exception {
        Path db = seededWithAnOlderWeek();
        try (Workspace w = Workspace.open(db)) {
            Files.writeString(w.store().backups().folder(), "a file where the backups folder goes");
            assertEquals(SeedOutcome.UNSAVED_KEPT, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals("An older curation of the week", w.store().loadDataset().title());
        }
    }

    @Test
    void aCurrentWeekIsNeitherReadNorBackedUpAgain() throws Exception {
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            assertEquals(SeedOutcome.SEEDED, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals(SeedOutcome.UP_TO_DATE, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertTrue(w.store().backups().list().isEmpty(), "a new database has nothing to back up");
        }
    }

    private Path seededWithAnOlderWeek() throws Exception {
        Path older = WorkspaceTest.copyOfSeedsTitled(tmp.resolve("older"), "An older curation of the week");
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            assertEquals(SeedOutcome.SEEDED, w.ensureSeeded(SeedBundle.fromFolder(older)));
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
