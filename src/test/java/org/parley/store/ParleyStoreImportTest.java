package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.WriteProgress;

class ParleyStoreImportTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    @TempDir
    Path dir;

    private ParleyStore open() {
        return ParleyStore.open(dir.resolve("parley.db"), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void aNewStoreIsEmptyAndHasNothingToLoad() {
        try (ParleyStore store = open()) {
            assertTrue(store.isEmpty());
            assertTrue(store.info().isEmpty());
            StoreException e = assertThrows(StoreException.class, store::loadDataset);
            assertTrue(e.getMessage().contains("parley.db"), e.getMessage());
        }
    }

    @Test
    void importedDatasetReadsBackEqual() {
        Dataset week = Fixtures.week();
        try (ParleyStore store = open()) {
            ImportResult result = store.importDataset(week, "hash-1", Origin.SEED);
            assertEquals(ImportResult.Outcome.IMPORTED, result.outcome());
            assertTrue(result.previous().isEmpty());
            assertTrue(result.changed());
            assertEquals(new DatasetInfo("The week in Brussels", "hash-1", Origin.SEED, T0), result.current());
            assertEquals(week, store.loadDataset());
            assertEquals(week.description(), store.loadDataset().description());
        }
    }

    /**
     * An import says how many records it has written of how many, then that it builds the search index, then
     * that it reads the dataset back: the window had nothing to show for a minute's write but a moving bar.
     */
    @Test
    void anImportSaysHowManyRecordsAreWrittenThenItsLaterSteps() {
        Dataset week = Fixtures.week();
        long records = (long) week.sources().size() + week.actors().size() + week.places().size()
                + week.events().size() + week.quotes().size() + week.divergences().size() + week.positions().size();
        List<String> told = new ArrayList<>();
        WriteProgress progress = new WriteProgress() {
            @Override
            public void step(Step step, long total) {
                told.add(step + " of " + total);
            }

            @Override
            public void written(long count) {
                told.add(String.valueOf(count));
            }
        };
        try (ParleyStore store = open()) {
            store.importDatasetOver(Optional.empty(), week, "hash-1", Origin.USER, false, progress);
            assertEquals("RECORDS of " + records, told.get(0));
            int index = told.indexOf("SEARCH_INDEX of 0");
            assertEquals(String.valueOf(records), told.get(index - 1), "every record written before the index: " + told);
            assertEquals(index, told.size() - 1, told.toString());
            assertEquals(week, store.loadDataset(progress));
            assertEquals("OPENING of 0", told.get(told.size() - 1));
        }
    }

    /** Quitting while an import is written: the user was told it is not kept, and it is not. */
    @Test
    void anImportUnderWayWhenTheAppQuitsIsRolledBack() {
        Dataset week = Fixtures.week();
        try (ParleyStore store = open()) {
            store.importDataset(week, "hash-1", Origin.USER);
            store.stopWrites();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importDataset(Fixtures.other(), "hash-2", Origin.USER));
            assertTrue(e.getMessage().contains("quit before the dataset was written"), e.getMessage());
            assertEquals("hash-1", store.info().orElseThrow().contentHash());
            assertEquals(week, store.loadDataset());
        }
    }

    /**
     * Quitting while File → Restore a backup… copies the database first (seconds for a large one): the
     * quit question says a change under way is not kept, so the restore must not go on once it is asked.
     */
    @Test
    void aRestoreUnderWayWhenTheAppQuitsChangesNothing() throws Exception {
        Dataset week = Fixtures.week();
        try (ParleyStore store = open()) {
            store.importDataset(week, "hash-1", Origin.USER);
            store.backup();
            store.importDataset(Fixtures.other(), "hash-2", Origin.USER);
            List<Backup> before = store.backups().list();
            Backup weekBackup = before.stream()
                    .filter(b -> b.dataset().map(DatasetInfo::contentHash).orElse("").equals("hash-1"))
                    .findFirst().orElseThrow();
            store.stopWrites();

            StoreException e = assertThrows(StoreException.class, () -> store.restore(weekBackup));

            assertTrue(e.getMessage().contains("quit before the backup"), e.getMessage());
            assertTrue(e.leftAsItWas());
            assertEquals("hash-2", store.info().orElseThrow().contentHash());
            assertEquals(Fixtures.other(), store.loadDataset());
            assertEquals(before.stream().map(Backup::file).toList(),
                    store.backups().list().stream().map(Backup::file).toList(), "the copy made for it is removed");
        }
    }

    /**
     * The quit asked in a restore's last second, while its one step was written: the quit question had said
     * the restore is not kept, so the database is put back as it was rather than left restored.
     */
    @Test
    void aQuitDuringARestoresLastStepPutsTheDatabaseBack() throws Exception {
        try (ParleyStore store = open()) {
            store.importDataset(Fixtures.week(), "hash-1", Origin.USER);
            store.backup();
            store.importDataset(Fixtures.other(), "hash-2", Origin.USER);
            List<Backup> before = store.backups().list();
            Backup weekBackup = before.stream()
                    .filter(b -> b.dataset().map(DatasetInfo::contentHash).orElse("").equals("hash-1"))
                    .findFirst().orElseThrow();
            store.restoreStepBegun = store::stopWrites;

            StoreException e = assertThrows(StoreException.class, () -> store.restore(weekBackup));

            assertTrue(e.getMessage().contains("quit while the backup") && e.getMessage().contains("put back as it was"),
                    e.getMessage());
            assertTrue(e.leftAsItWas());
            assertEquals("hash-2", store.info().orElseThrow().contentHash());
            assertEquals(Fixtures.other(), store.loadDataset());
            assertEquals(before.stream().map(Backup::file).toList(),
                    store.backups().list().stream().map(Backup::file).toList(), "the copy made for it is removed");
        }
    }

    /**
     * Two imports at once (two programs): each asked "whose dataset is this?" before the other wrote.
     * The later write finds a dataset its check never saw and writes nothing, rather than replace
     * a user's just-imported dataset without asking.
     */
    @Test
    void anImportOverADatasetItsCheckDidNotSeeWritesNothing() {
        try (ParleyStore late = open(); ParleyStore early = open()) {
            Optional<DatasetInfo> checked = late.info();
            assertTrue(checked.isEmpty());
            early.importDataset(Fixtures.other(), "theirs", Origin.USER);

            DatasetChangedMeanwhile e = assertThrows(DatasetChangedMeanwhile.class,
                    () -> late.importDatasetOver(checked, Fixtures.week(), "mine", Origin.USER));
            assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
            assertEquals("theirs", late.info().orElseThrow().contentHash());
            assertEquals(Fixtures.other(), late.loadDataset());

            // Asked again, the check sees their dataset, and an import over it goes ahead.
            ImportResult again = late.importDatasetOver(late.info(), Fixtures.week(), "mine", Origin.USER);
            assertEquals(ImportResult.Outcome.REPLACED, again.outcome());
            assertEquals(Fixtures.week(), early.loadDataset());
        }
    }

    @Test
    void datasetSurvivesClosingAndReopening() {
        Dataset week = Fixtures.week();
        try (ParleyStore store = open()) {
            store.importDataset(week, "hash-1", Origin.USER);
        }
        try (ParleyStore store = open()) {
            assertEquals(week, store.loadDataset());
            assertEquals(Origin.USER, store.info().orElseThrow().origin());
        }
    }

    @Test
    void reimportingTheSameContentWritesNothing() {
        try (ParleyStore store = open()) {
            store.importDataset(Fixtures.week(), "hash-1", Origin.SEED);
            long changesBefore = store.totalChanges();
            DatasetInfo before = store.info().orElseThrow();

            ImportResult again = store.importDataset(Fixtures.week(), "hash-1", Origin.SEED);

            assertEquals(ImportResult.Outcome.UNCHANGED, again.outcome());
            assertFalse(again.changed());
            assertEquals(before, again.current());
            assertEquals(changesBefore, store.totalChanges());
            assertEquals(before, store.info().orElseThrow());
        }
    }

    @Test
    void importingAnotherDatasetReplacesTheFirst() {
        try (ParleyStore store = open()) {
            store.importDataset(Fixtures.week(), "hash-1", Origin.SEED);
            ImportResult result = store.importDataset(Fixtures.other(), "hash-2", Origin.USER);

            assertEquals(ImportResult.Outcome.REPLACED, result.outcome());
            assertEquals("hash-1", result.previous().orElseThrow().contentHash());
            assertEquals(Fixtures.other(), store.loadDataset());
            assertEquals(1, store.stats().count("events"));
            assertEquals(0, store.stats().count("quotes"));
            assertTrue(store.search("pastry", 10).isEmpty(), "the old search entries are gone");
        }
    }

    @Test
    void aFailedImportLeavesThePreviousContentUntouched() {
        Dataset week = Fixtures.week();
        try (ParleyStore store = open()) {
            store.importDataset(week, "hash-1", Origin.SEED);
            Stats before = store.stats();

            StoreException e = assertThrows(StoreException.class,
                    () -> store.importDataset(Fixtures.broken(), "hash-broken", Origin.USER));

            assertTrue(e.getMessage().contains("parley.db"), e.getMessage());
            assertTrue(e.getMessage().contains("Broken"), e.getMessage());
            assertEquals(week, store.loadDataset());
            assertEquals("hash-1", store.info().orElseThrow().contentHash());
            assertEquals(before, store.stats());
            assertEquals(2, store.search("pastry", 10).size(), "the quote and its paragraph");
        }
        try (ParleyStore reopened = open()) {
            assertEquals(week, reopened.loadDataset());
        }
    }

    @Test
    void aFailedFirstImportLeavesTheStoreEmpty() {
        try (ParleyStore store = open()) {
            assertThrows(StoreException.class, () -> store.importDataset(Fixtures.broken(), "h", Origin.USER));
            assertTrue(store.isEmpty());
            store.importDataset(Fixtures.other(), "h2", Origin.USER);
            assertEquals(Fixtures.other(), store.loadDataset());
        }
    }

    @Test
    void aBulkImportLeavesEveryIndexAndForeignKeyCheckInPlace() throws Exception {
        try (ParleyStore store = open()) {
            List<String> before = indexes(store);
            assertTrue(before.contains("events_start"), before.toString());
            store.importDataset(Fixtures.week(), "hash-1", Origin.SEED);
            store.importDataset(Fixtures.other(), "hash-2", Origin.USER);
            assertThrows(StoreException.class, () -> store.importDataset(Fixtures.broken(), "h", Origin.USER));
            assertEquals(before, indexes(store));
            try (var st = store.connection().createStatement(); var rs = st.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "foreign keys are on again for everything else");
            }
        }
    }

    private static List<String> indexes(ParleyStore store) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
