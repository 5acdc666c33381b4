package org.parley.app;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.seed.SeedBundle;
import org.parley.store.Backup;
import org.parley.store.ImportResult;
import org.parley.store.Origin;
import org.parley.store.StoreException;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repairs that restore a backup: repeated ones keep the last good backup, a failed one changes nothing. */
class WorkspaceRepairTest {


    @TempDir
    Path tmp;

    @Test
    void repeatedRepairsNeverRotateAwayTheLastGoodBackup() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(titled("mine", "My week"), Origin.USER, false);
            w.store().backup(false);
            List<Backup> before = w.store().backups().list();
            assertEquals(1, before.size());
            Path good = before.get(0).file();
            byte[] goodBytes = Files.readAllBytes(good);

            for (int round = 0; round < 8; round++) {
                tamper(db, "tampered " + round);
                assertFalse(w.check().ok(), "round " + round);
                Workspace.Repair repair = w.repair();
                assertTrue(repair.changed());
                assertTrue(w.check().ok(), "round " + round + ": " + w.check());
                assertEquals("My week", w.store().loadDataset().title(), "round " + round);
            }
            List<Backup> after = w.store().backups().list();
            assertTrue(after.stream().anyMatch(b -> b.file().equals(good)), "the good backup is still there: " + after);
            assertArrayEquals(goodBytes, Files.readAllBytes(good));
            assertTrue(after.stream().filter(Backup::damaged).count() <= 2, after.toString());
        }
    }

    /**
     * "My second week" damaged, and the only backup holds "My week": a repair put the other dataset
     * in its place unasked, and repeated repairs then rotated the second week's last copies away. It
     * now refuses, changing nothing, and names the backup and the command that would restore it.
     */
    @Test
    void aRepairNeverPutsAnotherDatasetInTheDamagedOnesPlace() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
            Backup other = w.store().backups().list().get(0);
            for (int round = 0; round < 3; round++) {
                tamper(db, "tampered " + round);
                assertTrue(w.repairPlan(w.check()).isEmpty(), "no repair offered from another dataset's backup");

                StoreException refused = assertThrows(StoreException.class, w::repair);

                assertTrue(refused.getMessage().contains("no sound backup holds this dataset"), refused.getMessage());
                assertTrue(refused.getMessage().contains("parley backups --restore " + other.name()), refused.getMessage());
                assertTrue(refused.getMessage().contains("Nothing was changed"), refused.getMessage());
                assertEquals("My second week", w.store().loadDataset().title(), "round " + round);
                assertEquals("tampered " + round, firstEventTitle(w));
                assertEquals(List.of(other.file()), w.store().backups().list().stream().map(Backup::file).toList(),
                        "no backup made, none rotated away");
            }
        }
    }

    /**
     * The user agreed to replace "My week"; meanwhile another program imported "My second week".
     * The agreement does not carry over: the import is refused, naming what is there now.
     */
    @Test
    void anAgreementToReplaceHoldsForTheDatasetItNamedOnly() throws Exception {
        Path db = tmp.resolve("agreed.db");
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(titled("mine", "My week"), Origin.USER, false);
            String agreed = w.store().info().orElseThrow().contentHash();
            w.replaceDataset(titled("mine2", "My second week"), Origin.USER, true);
            LoadedDataset third = titled("mine3", "My third week");
            UserDataAtRisk again = Assertions.assertThrows(UserDataAtRisk.class,
                    () -> w.replaceDataset(third, Origin.USER, agreed));
            assertEquals("My second week", again.current().title());
            assertEquals("My second week", w.store().info().orElseThrow().title(), "nothing was replaced");
            w.replaceDataset(third, Origin.USER, again.current().contentHash());
            assertEquals("My third week", w.store().info().orElseThrow().title());
        }
    }

    @Test
    void aRepairWithoutASoundBackupLeavesTheDatabaseAsItWas() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
            // The only backup is damaged too: its copy of "My week" no longer has its content hash.
            Path onlyBackup = w.store().backups().list().get(0).file();
            tamper(onlyBackup, "tampered backup");
            tamper(db, "tampered");
            String damagedTitle = firstEventTitle(w);

            StoreException e = assertThrows(StoreException.class, w::repair);

            assertTrue(e.getMessage().contains("no sound backup"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
            assertEquals("My second week", w.store().loadDataset().title(), "the tried backup was not left in place");
            assertEquals(damagedTitle, firstEventTitle(w));
        }
    }

    /**
     * A user's dataset on damaged pages with no sound backup: repair says to import it again, and
     * that import works (it had failed on the damaged pages, and the same data said "Unchanged").
     */
    @Test
    void importingAgainIsTheWayOutRepairPointsToForDamagedPagesWithoutABackup() throws Exception {
        Path db = tmp.resolve("p.db");
        LoadedDataset mine = titled("mine", "My week");
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(mine, Origin.USER, true);
        }
        overwritePages(db, 40, 2);
        try (Workspace w = Workspace.open(db)) {
            StoreException e = assertThrows(StoreException.class, w::repair);
            assertTrue(e.getMessage().contains("parley import --replace"), e.getMessage());

            ImportResult again = w.replaceDataset(mine, Origin.USER, true);

            assertEquals(ImportResult.Outcome.REPLACED, again.outcome(), "not \"Unchanged\" on damaged pages");
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals("My week", w.store().loadDataset().title());
            assertTrue(w.store().backups().list().stream().anyMatch(Backup::damaged), "the damaged state is kept");
        }
        overwritePages(db, 40, 2);
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(titled("other", "Another week"), Origin.USER, true);
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals("Another week", w.store().loadDataset().title());
        }
    }

    @Test
    void damagedPagesOfTheBundledWeekAreMendedWithoutABackup() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            w.ensureSeeded(SeedBundle.locate());
        }
        overwritePages(db, 40, 2);
        try (Workspace w = Workspace.open(db)) {
            assertFalse(w.check().pageProblems().isEmpty(), "the pages are damaged");
            for (String problem : w.check().pageProblems()) {
                assertFalse(problem.startsWith("*** in database") || problem.contains("run \"parley check\""),
                        "a finding, not SQLite's heading or advice to run the check being run: " + problem);
            }

            Workspace.Repair repair = w.repair();

            assertTrue(repair.changed(), repair.summary());
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals(SeedBundle.locate().load().dataset().events().size(), w.store().loadDataset().events().size());
            List<Backup> kept = w.store().backups().list();
            assertEquals(1, kept.size(), kept.toString());
            assertTrue(kept.get(0).damaged(), "the damaged state was kept: " + kept);
            assertArrayEquals(new String[] {kept.get(0).file().getFileName().toString()},
                    Files.list(kept.get(0).file().getParent()).map(p -> p.getFileName().toString()).toArray(),
                    "the damaged copy is one file, without -wal or -shm beside it");
        }
    }

    @Test
    void aDatabaseTooDamagedToOpenGetsItsNewestSoundBackupInItsPlace() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
        }
        byte[] cut = Arrays.copyOf(Files.readAllBytes(db), 5000);
        Files.write(db, cut);
        Files.writeString(tmp.resolve("p.db-wal"), "not a log");
        StoreException refused = assertThrows(StoreException.class, () -> Workspace.open(db));
        assertTrue(refused.unopenable(), refused.getMessage());

        Workspace.Repair repair = Workspace.repairUnopenable(db);

        assertTrue(repair.changed(), repair.summary());
        assertTrue(repair.summary().contains("My week"), repair.summary());
        assertFalse(Files.exists(tmp.resolve("p.db-wal")) && Files.size(tmp.resolve("p.db-wal")) > 0,
                "the damaged file's log is not replayed into the backup");
        try (Workspace w = Workspace.open(db)) {
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals("My week", w.store().loadDataset().title());
            Backup kept = w.store().backups().list().stream().filter(Backup::damaged).findFirst().orElseThrow();
            assertArrayEquals(cut, Files.readAllBytes(kept.file()), "the damaged file is kept byte for byte");
        }
    }

    /**
     * A table removed by another program (DB Browser, the sqlite3 shell): the file opens, every read of
     * the table failed with SQLite's "no such table", and a repair, which re-imported into it, too.
     */
    @Test
    void aDatabaseMissingATableIsUnopenableAndGetsItsNewestSoundBackupInItsPlace() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP TABLE quotes");
        }
        StoreException refused = assertThrows(StoreException.class, () -> Workspace.open(db));
        assertTrue(refused.unopenable(), refused.getMessage());
        assertTrue(refused.getMessage().contains("the table \"quotes\" is missing from it (another program removed it); "
                + "\"parley repair --db " + db + "\" puts its newest sound backup in its place"), refused.getMessage());

        Workspace.Repair repair = Workspace.repairUnopenable(db);

        assertTrue(repair.changed(), repair.summary());
        try (Workspace w = Workspace.open(db)) {
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals("My week", w.store().loadDataset().title());
        }
    }

    /**
     * A column removed by another program ({@code ALTER TABLE events DROP COLUMN note}): the file opened, and
     * loading, searching and exporting failed with SQLite's "no such column: note", a repair too.
     */
    @Test
    void aDatabaseMissingAColumnIsUnopenableAndGetsItsNewestSoundBackupInItsPlace() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE events DROP COLUMN note");
        }
        StoreException refused = assertThrows(StoreException.class, () -> Workspace.open(db));
        assertTrue(refused.unopenable(), refused.getMessage());
        assertEquals("cannot open database " + db + ": the column \"note\" of the table \"events\" is missing from it "
                + "(another program removed it); \"parley repair --db " + db + "\" puts its newest sound backup in its place",
                refused.getMessage());

        Workspace.Repair repair = Workspace.repairUnopenable(db);

        assertTrue(repair.changed(), repair.summary());
        try (Workspace w = Workspace.open(db)) {
            assertTrue(w.check().ok(), w.check().toString());
            assertEquals("My week", w.store().loadDataset().title());
        }
    }

    /**
     * The page holding the dataset's record damaged, the rows whole: nothing says whose they are, so
     * neither a repair nor an import without --replace puts the week over them (a repair took them for
     * the week and did; an import replaced them without asking or a backup).
     */
    @Test
    void aUserDatasetWhoseRecordIsUnreadableIsNeitherRepairedIntoTheWeekNorImportedOverUnasked() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(titled("mine", "My week"), Origin.USER, true);
            tamper(db, "Mine");
        }
        // The page's header kept, its cells rubbish: as in a hostile tester's run, the record reads as missing.
        overwriteTable(db, "dataset", 4096 - 8);
        try (Workspace w = Workspace.open(db)) {
            StoreException e = assertThrows(StoreException.class, w::repair);
            assertTrue(e.getMessage().contains("parley import --replace"), e.getMessage());
            assertEquals("Mine", firstEventTitleOf(db), "the week was not put over the user's rows");

            LoadedDataset week = SeedBundle.locate().load();
            UserDataAtRisk asked = assertThrows(UserDataAtRisk.class, () -> w.replaceDataset(week, Origin.SEED, false));
            assertTrue(asked.getMessage().contains("record is lost or unreadable"), asked.getMessage());
            assertEquals("Mine", firstEventTitleOf(db), "nothing imported unasked");
        }
    }

    @Test
    void aDamagedBackupIsNotRestored() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
            Backup backup = w.store().backups().list().get(0);
            overwriteTable(backup.file(), "events", 2000);
            Backup listed = w.store().backups().find(backup.name());

            StoreException refused = assertThrows(StoreException.class, () -> w.store().restore(listed));

            assertTrue(refused.getMessage().contains("is damaged"), refused.getMessage());
            assertEquals("My second week", w.store().loadDataset().title(), "the database was left as it was");
            assertTrue(w.check().ok(), w.check().toString());
        }
    }

    /** Restoring a copy of what the database holds finds it "already backed up": one file, restored and kept. */
    @Test
    void restoringACopyOfWhatIsThereKeepsIt() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            holdSecondWeekBackingUpFirst(w);
            w.store().restore(w.store().backups().list().get(0));
            assertEquals("My week", w.store().loadDataset().title());
            Backup same = w.store().backups().list().stream()
                    .filter(b -> b.dataset().map(i -> i.title().equals("My week")).orElse(false)).findFirst().orElseThrow();

            w.store().restore(same);
            // Now the newest backup holds what the database holds: the copy taken before restoring it is itself.
            Backup newest = w.store().backups().list().get(0);
            assertEquals("My week", newest.dataset().orElseThrow().title());

            w.store().restore(newest);

            assertEquals("My week", w.store().loadDataset().title());
            assertTrue(Files.exists(newest.file()), "the restored copy stays");
        }
    }

    /** A copy in WAL mode put among the backups by hand: listed, checked and restored, it is left one file. */
    @Test
    void aCopyInWalModeIsRestoredWithoutALogLeftBesideIt() throws Exception {
        Path mine = tmp.resolve("mine.db");
        try (Workspace w = Workspace.open(mine)) {
            w.replaceDataset(titled("mine", "My week"), Origin.USER, false);
        }
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(titled("mine2", "My second week"), Origin.USER, false);
            Path copy = Files.createDirectories(tmp.resolve("backups")).resolve("p.db-20300110-000000-000.db");
            Files.copy(mine, copy);
            Backup byHand = w.store().backups().find(copy.getFileName().toString());

            w.store().restore(byHand);

            assertEquals("My week", w.store().loadDataset().title());
            assertFalse(Files.exists(Path.of(copy + "-wal")), "no -wal beside the copy");
            assertFalse(Files.exists(Path.of(copy + "-shm")), "no -shm beside the copy");
        }
    }

    /** "My week", then "My second week" over it: the database holds the second, its one backup the first. */
    private void holdSecondWeekBackingUpFirst(Workspace w) throws Exception {
        w.replaceDataset(titled("mine", "My week"), Origin.USER, false);
        w.replaceDataset(titled("mine2", "My second week"), Origin.USER, true);
    }

    /** Writes {@code length} bytes of rubbish into the root page of {@code table}, after the page's 8-byte header. */
    private static void overwriteTable(Path db, String table, int length) throws Exception {
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            root = rs.getInt(1);
        }
        try (var f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096L * (root - 1) + 8);
            byte[] rubbish = new byte[length];
            Arrays.fill(rubbish, (byte) 0x5A);
            f.write(rubbish);
        }
    }

    private static String firstEventTitleOf(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro", new Properties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT title FROM events ORDER BY rowid LIMIT 1")) {
            return rs.getString(1);
        }
    }

    /** Writes rubbish over {@code count} pages from page {@code first} (4 KiB pages), as a failing disk could. */
    private static void overwritePages(Path db, int first, int count) throws Exception {
        try (var f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096L * first);
            byte[] rubbish = new byte[4096 * count];
            Arrays.fill(rubbish, (byte) 0xAD);
            f.write(rubbish);
        }
    }

    private static String firstEventTitle(Workspace w) {
        return w.store().loadDataset().events().get(0).title();
    }

    /**
     * Changes the stored data behind Parley's back so that it is no longer sound: a retitled event, and a
     * quote whose words are not in its article. (A sound change is the user's edit, kept or not as they say.)
     */
    private static void tamper(Path db, String title) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET title = '" + title + "' WHERE rowid = (SELECT min(rowid) FROM events)");
            st.executeUpdate("UPDATE quotes SET text = '" + title + "' WHERE rowid = (SELECT min(rowid) FROM quotes)");
        }
    }

    private LoadedDataset titled(String folder, String title) throws Exception {
        return new ExchangeFormatReader().load(WorkspaceTest.copyOfSeedsTitled(tmp.resolve(folder), title));
    }
}
