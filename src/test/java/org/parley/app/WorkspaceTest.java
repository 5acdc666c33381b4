package org.parley.app;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.Workspace.SeedOutcome;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.seed.LoadedDataset;
import org.parley.seed.SeedBundle;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeding rules: seed an empty database, refresh stale seeds, never overwrite a user's own dataset. */
class WorkspaceTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final String TITLE = "The week of US–NATO–Russia talks, January 2022";

    @TempDir
    Path tmp;

    @Test
    void anEmptyDatabaseGetsTheSeedsOnceAndThenStaysAsItIs() throws Exception {
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            assertEquals(SeedOutcome.SEEDED, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals(BundledSeeds.dataset(), w.store().loadDataset());
            assertEquals(Origin.SEED, w.store().info().orElseThrow().origin());

            assertEquals(SeedOutcome.UP_TO_DATE, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
        }
    }

    @Test
    void anOlderVersionOfTheSeedsIsBroughtUpToDate() throws Exception {
        Path older = copyOfSeedsTitled(tmp.resolve("older"), "An older curation of the week");
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            assertEquals(SeedOutcome.SEEDED, w.ensureSeeded(SeedBundle.fromFolder(older)));
            assertEquals("An older curation of the week", w.store().loadDataset().title());

            assertEquals(SeedOutcome.UPDATED, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals(BundledSeeds.dataset(), w.store().loadDataset());
        }
    }

    @Test
    void aUsersOwnDatasetIsNeverReplacedBySeeds() throws Exception {
        Path mine = copyOfSeedsTitled(tmp.resolve("mine"), "My class's version of the week");
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            LoadedDataset loaded = SeedBundle.fromFolder(mine).load();
            w.store().importDataset(loaded.dataset(), loaded.contentHash(), Origin.USER);

            assertEquals(SeedOutcome.USER_DATA_KEPT, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals("My class's version of the week", w.store().loadDataset().title());
            assertEquals(Origin.USER, w.store().info().orElseThrow().origin());
        }
    }

    /** A title of one word of 300 characters made "Replace your dataset?" wider than a 1366-pixel screen. */
    @Test
    void theQuestionShowsALongTitleCutToEightyCharacters() throws Exception {
        String word = "Parleyweek".repeat(30);
        Path mine = copyOfSeedsTitled(tmp.resolve("mine"), word);
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            w.ensureSeeded(SeedBundle.fromFolder(SEEDS));
            LoadedDataset loaded = SeedBundle.fromFolder(mine).load();
            w.store().importDataset(loaded.dataset(), loaded.contentHash(), Origin.USER);
            UserDataAtRisk risk = w.riskOfImporting("Another week").orElseThrow();
            assertTrue(risk.whatWouldBeLost().startsWith("“" + word.substring(0, 79) + "…”: "), risk.whatWouldBeLost());
            assertTrue(risk.getMessage().contains("\"" + word.substring(0, 79) + "…\""), risk.getMessage());
            assertEquals(word, w.store().loadDataset().title(), "only its showing is cut");
        }
    }

    /**
     * The question before a user's file replaces their dataset is known from the file's title alone, before the
     * file is read, and asks by the same rules the import then keeps: none over the bundled week.
     */
    @Test
    void theQuestionBeforeAnImportIsKnownBeforeTheFileIsRead() throws Exception {
        Path mine = copyOfSeedsTitled(tmp.resolve("mine"), "My class's version of the week");
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            w.ensureSeeded(SeedBundle.fromFolder(SEEDS));
            assertTrue(w.riskOfImporting("Another week").isEmpty(), "the bundled week always comes back: not asked");

            LoadedDataset loaded = SeedBundle.fromFolder(mine).load();
            w.store().importDataset(loaded.dataset(), loaded.contentHash(), Origin.USER);
            UserDataAtRisk risk = w.riskOfImporting("Another week").orElseThrow();
            assertEquals("Another week", risk.incoming());
            assertEquals(loaded.contentHash(), risk.current().contentHash());
            assertTrue(risk.whatWouldBeLost().startsWith("“My class's version of the week”: "), risk.whatWouldBeLost());
            assertTrue(risk.backupFolder().isPresent(), "it says where the backup goes");
            assertEquals("My class's version of the week", w.store().loadDataset().title(), "nothing changed");
        }
    }

    /**
     * An import that fails and is tried again (five times on a full disk) leaves no backups of its
     * own: the database is as it was, and the copy of the user's earlier dataset is still there.
     */
    @Test
    void failedImportsLeaveNoBackupsToPushOutTheUsersEarlierDataset() throws Exception {
        Path mine = copyOfSeedsTitled(tmp.resolve("mine"), "My class's version of the week");
        Path other = copyOfSeedsTitled(tmp.resolve("other"), "Another week");
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            LoadedDataset first = SeedBundle.fromFolder(mine).load();
            w.store().importDataset(first.dataset(), first.contentHash(), Origin.USER);
            LoadedDataset second = SeedBundle.fromFolder(other).load();
            // Events at places the dataset does not hold: the database refuses them, and the import rolls back.
            Dataset d = second.dataset();
            LoadedDataset failing = new LoadedDataset(new Dataset(d.title(), d.description(),
                    d.declaredFocus().orElse(null), d.declaredZone().orElse(null), d.sources(), d.actors(),
                    List.of(), d.events(), d.quotes(), d.divergences(), d.positions()), second.contentHash(),
                    second.origin());
            for (int i = 0; i < 7; i++) {
                assertThrows(RuntimeException.class, () -> w.replaceDataset(failing, Origin.USER, true));
                assertEquals("My class's version of the week", w.store().loadDataset().title());
            }
            assertEquals(0, w.store().backups().list().size(), "no copy of an unchanged database: "
                    + w.store().backups().list());
            assertFalse(Files.exists(w.store().backups().folder()), "nor an empty backups folder");
            w.replaceDataset(second, Origin.USER, true);
            assertEquals(1, w.store().backups().list().size());
            assertEquals("My class's version of the week",
                    w.store().backups().list().get(0).dataset().orElseThrow().title());
            // Backing up the same dataset twice makes one copy: the second time reuses it.
            ParleyStore.BackupTaken copy = w.store().backupBeforeChange();
            assertTrue(copy.made());
            assertEquals(copy, new ParleyStore.BackupTaken(copy.path(), true));
            assertEquals(copy.path(), w.store().backupBeforeChange().path());
            assertFalse(w.store().backupBeforeChange().made());
        }
    }

    @Test
    void aBrokenSeedBundleDoesNotLockAUserOutOfTheirData() throws Exception {
        Path mine = copyOfSeedsTitled(tmp.resolve("mine"), "My class's version of the week");
        Path broken = copyOfSeedsTitled(tmp.resolve("broken"), TITLE);
        Files.writeString(broken.resolve("week.json"), "{ not json");
        try (Workspace w = Workspace.open(tmp.resolve("p.db"))) {
            LoadedDataset loaded = SeedBundle.fromFolder(mine).load();
            w.store().importDataset(loaded.dataset(), loaded.contentHash(), Origin.USER);

            assertEquals(SeedOutcome.USER_DATA_KEPT, w.ensureSeeded(SeedBundle.fromFolder(broken)));
        }
    }

    /**
     * A database that lost only its dataset's record (a hand edit, a bad tool) still holds the
     * user's events: it is not a new database, so the seeds do not go over it, and check says why.
     */
    @Test
    void rowsWithoutTheirDatasetRecordAreNeitherSeededOverNorCalledSound() throws Exception {
        Path mine = copyOfSeedsTitled(tmp.resolve("mine"), "My class's version of the week");
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            LoadedDataset loaded = SeedBundle.fromFolder(mine).load();
            w.store().importDataset(loaded.dataset(), loaded.contentHash(), Origin.USER);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM dataset");
        }
        try (Workspace w = Workspace.open(db)) {
            long events = w.store().stats().count("events");
            assertEquals(SeedOutcome.DAMAGED_KEPT, w.ensureSeeded(SeedBundle.fromFolder(SEEDS)));
            assertEquals(events, w.store().stats().count("events"), "nothing seeded over the rows");
            assertTrue(w.store().info().isEmpty(), "no record written");
            assertFalse(w.check().ok());
            assertEquals(List.of(Workspace.RECORD_LOST), w.check().dataProblems());
            // No backup to restore: repair says what to do and does not put the week over the rows.
            StoreException refused = Assertions.assertThrows(
                    StoreException.class, w::repair);
            assertTrue(refused.getMessage().contains("parley import --replace"), refused.getMessage());
            assertEquals(events, w.store().stats().count("events"));
            assertTrue(w.store().info().isEmpty());
        }
        try (Workspace w = Workspace.open(tmp.resolve("new.db"))) {
            assertTrue(w.store().isBlank(), "a new database is blank");
            assertTrue(w.check().ok(), "and sound");
        }
        // An import over the rows asks first, as over a dataset of the user's, and backs them up when told to.
        try (Workspace w = Workspace.open(db)) {
            long events = w.store().stats().count("events");
            LoadedDataset week = SeedBundle.fromFolder(SEEDS).load();
            UserDataAtRisk asked = Assertions.assertThrows(UserDataAtRisk.class,
                    () -> w.replaceDataset(week, Origin.USER, false));
            assertTrue(asked.whatWouldBeLost().startsWith("(its record is lost)"), asked.whatWouldBeLost());
            assertEquals(events, w.store().stats().count("events"));
            assertTrue(w.store().info().isEmpty(), "nothing imported unasked");

            w.replaceDataset(week, Origin.USER, asked.current().contentHash());

            assertEquals(week.dataset().title(), w.store().info().orElseThrow().title());
            // Besides the damaged state the failed repair kept above.
            assertEquals(1, w.store().backups().list().stream().filter(b -> !b.damaged()).count(),
                    "the rows were backed up first: " + w.store().backups().list());
        }
    }

    /** A copy of the bundled week under {@code to} with another title, so it counts as a user's own dataset. */
    static Path copyOfSeedsTitled(Path to, String title) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        Path json = to.resolve("week.json");
        String text = Files.readString(json);
        String retitled = text.replaceFirst("\"title\": \"" + TITLE + "\"", "\"title\": \"" + title + "\"");
        if (!title.equals(TITLE)) {
            assertEquals(false, retitled.equals(text), "the dataset title was found to change");
        }
        Files.writeString(json, retitled);
        return to;
    }
}
