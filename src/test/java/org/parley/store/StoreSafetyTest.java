package org.parley.store;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another program's database, read-only files, full disks, backups and damage. */
class StoreSafetyTest {

    @TempDir
    Path dir;

    private static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void aForeignDatabaseIsRefusedByteForByteEvenInWalMode() throws Exception {
        Path history = dir.resolve("places.sqlite");
        sql(history, "PRAGMA journal_mode = WAL", "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                "INSERT INTO moz_places (url) VALUES ('https://example.org')");
        byte[] before = Files.readAllBytes(history);

        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(history));

        assertTrue(e.getMessage().contains("not Parley's"), e.getMessage());
        assertTrue(e.getMessage().contains("moz_places"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(history));
        assertFalse(Files.exists(dir.resolve("places.sqlite-wal")), "no write-ahead log was created");
        assertFalse(Files.exists(dir.resolve("places.sqlite-shm")));
        assertThrows(StoreException.class, () -> ParleyStore.openReadOnly(history));
        assertArrayEquals(before, Files.readAllBytes(history));
    }

    /** A database holding the week, then changed by another program with {@code pragma}, out of WAL mode. */
    private Path weekEditedWith(String name, String pragma) throws SQLException {
        Path file = dir.resolve(name);
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
        }
        sql(file, "PRAGMA journal_mode = DELETE", pragma);
        return file;
    }

    /** A version no Parley writes was Java's "Index -1 out of bounds" on the screen. */
    @Test
    void aNegativeSchemaVersionIsRefusedInWordsAndTheFileKept() throws Exception {
        Path file = weekEditedWith("edited.db", "PRAGMA user_version = -1");
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(file));
        assertTrue(e.getMessage().contains("schema version -1, which no Parley writes"), e.getMessage());
        assertFalse(e.getMessage().contains("out of bounds"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseWithAnotherApplicationIdIsRefusedEvenWithParleysTables() throws Exception {
        Path file = weekEditedWith("p.db", "PRAGMA application_id = 42");
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(file));
        assertTrue(e.getMessage().contains("application id 42"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anSqliteFileWithoutTablesIsTakenAndMarked() throws Exception {
        Path file = dir.resolve("blank.db");
        sql(file, "PRAGMA user_version = 0", "CREATE TABLE x (y)", "DROP TABLE x");
        try (ParleyStore store = ParleyStore.open(file)) {
            assertTrue(store.isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA application_id")) {
            assertEquals(ParleyFileCheck.APPLICATION_ID, rs.getInt(1));
        }
    }

    @Test
    void aDatabaseFromBeforeTheMarkIsRecognisedByItsTablesAndKept() throws Exception {
        // A database built by the migrations that came before the mark, as an older Parley left it.
        Path file = dir.resolve("old.db");
        List<String> scripts = SqlResource.text("migrations/index.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        int beforeTheMark = (int) scripts.stream().takeWhile(l -> !l.contains("application-id")).count();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String script : scripts.subList(0, beforeTheMark)) {
                for (String statement : SqlResource.statements(SqlResource.text("migrations/" + script))) {
                    st.execute(statement);
                }
            }
            st.execute("PRAGMA user_version = " + beforeTheMark);
        }
        try (ParleyStore store = ParleyStore.open(file)) {
            assertTrue(store.isEmpty());
            store.importDataset(Fixtures.week(), "h", Origin.USER);
            assertEquals(Fixtures.week(), store.loadDataset());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA application_id")) {
            assertEquals(ParleyFileCheck.APPLICATION_ID, rs.getInt(1), "taken over and marked");
        }
    }

    /** An empty file opened read-only had been called "read-only and written by an older Parley". */
    @Test
    void anEmptyFileOpenedReadOnlyIsCalledEmptyNotAnOlderParleys() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.openReadOnly(file));
        assertTrue(e.getMessage().contains("is an empty file that cannot be written"), e.getMessage());
        assertFalse(e.getMessage().contains("older Parley"), e.getMessage());
        assertEquals(0, Files.size(file));
    }

    @Test
    void aReadOnlyOpenReadsEverythingAndWritesNothing() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
        }
        byte[] before = Files.readAllBytes(file);
        try (ParleyStore store = ParleyStore.openReadOnly(file)) {
            assertEquals(Fixtures.week(), store.loadDataset());
            assertFalse(store.search("Grushko", 5).isEmpty());
            assertTrue(store.stats().count("events") > 0);
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importDataset(Fixtures.other(), "other", Origin.USER));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertTrue(store.isReadOnly());
            // Its search index is checked by reading: the index's own check writes, and failed as damage.
            assertTrue(store.check().ok(), store.check().toString());
            // Refused before it starts: a backup copied from a read-only database had waited on it for ever.
            for (Executable write : List.<Executable>of(
                    store::backup, store::rebuildSearchIndex,
                    () -> store.rewriteDataset(Fixtures.other(), "other", Origin.USER))) {
                StoreException refused = assertThrows(StoreException.class, write);
                assertTrue(refused.getMessage().contains("is read-only") && refused.getMessage().contains("nothing was changed"),
                        refused.getMessage());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(file.resolveSibling("backups")), "no backup folder made");
    }

    /**
     * In a folder that cannot be written (a read-only disk, a write-protected stick), a database whose WAL holds
     * changes is read with them: read as immutable, SQLite skipped the WAL, and a database left with its log (a
     * disk full when it closed, a copy of the folder made while the app had it open) was called "damaged beyond
     * opening … move it away, and import your dataset again", its data whole in the WAL.
     */
    @Test
    void aReadOnlyFoldersDatabaseWhoseWalHoldsChangesIsReadWithThem() throws Exception {
        Path wal = dir.resolve("f.db-wal");
        assertTrue(ParleyFileCheck.readAsImmutable(false, false, wal), "no WAL: nothing to skip");
        Files.write(wal, new byte[0]);
        assertTrue(ParleyFileCheck.readAsImmutable(false, true, wal), "an empty WAL: nothing to skip");
        Files.write(wal, new byte[] {1, 2, 3});
        assertFalse(ParleyFileCheck.readAsImmutable(false, true, wal), "a WAL holding changes must be read");
        assertFalse(ParleyFileCheck.readAsImmutable(false, false, wal), "a read-only file's too");
    }

    /**
     * A database whose file cannot be written is read as immutable, unless its WAL holds changes: read
     * normally, SQLite left a read-only -shm beside it, which after a chmod made the database look damaged.
     */
    @Test
    void aFileThatCannotBeWrittenIsReadWithoutLeavingWorkingFiles() throws Exception {
        Path wal = dir.resolve("r.db-wal");
        assertTrue(ParleyFileCheck.readAsImmutable(false, true, wal), "a folder that cannot be written");
        assertFalse(ParleyFileCheck.readAsImmutable(true, true, wal), "a file others may be writing");
        assertTrue(ParleyFileCheck.readAsImmutable(true, false, wal), "no WAL");
        Files.write(wal, new byte[0]);
        assertTrue(ParleyFileCheck.readAsImmutable(true, false, wal), "an empty WAL");
        Files.write(wal, new byte[] {1, 2, 3});
        assertFalse(ParleyFileCheck.readAsImmutable(true, false, wal), "a WAL holding changes must be read");

        // As immutable, a read leaves nothing beside the file (a test run as root can still write a 0444 file).
        Path file = dir.resolve("i.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?mode=ro&immutable=1");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
            assertTrue(rs.next() && rs.getInt(1) > 0);
        }
        assertFalse(Files.exists(dir.resolve("i.db-wal")) || Files.exists(dir.resolve("i.db-shm")), "no -wal, no -shm");
    }

    /**
     * The file deleted or replaced while Parley has it open: SQLite would write on into the unlinked
     * file, and an import "succeeded" into nothing. Every write is refused, saying why, and the file
     * now at the path is left as it is.
     */
    @Test
    void aDatabaseFileDeletedOrReplacedWhileOpenIsNotWrittenTo() throws Exception {
        Path file = dir.resolve("gone.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
            assertTrue(store.fileProblem().isEmpty());
            Files.delete(file);
            assertTrue(store.fileProblem().orElseThrow().contains("was deleted"), store.fileProblem().toString());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importDataset(Fixtures.other(), "other", Origin.USER));
            assertTrue(e.getMessage().contains("was deleted") && e.getMessage().contains("nothing was written"),
                    e.getMessage());
            assertThrows(StoreException.class, store::backup);
        }
        assertFalse(Files.exists(file), "nothing made at the path");

        Path kept = dir.resolve("kept.db");
        Path other = dir.resolve("other.db");
        try (ParleyStore a = ParleyStore.open(kept)) {
            a.importDataset(Fixtures.week(), "h", Origin.USER);
        }
        try (ParleyStore b = ParleyStore.open(other)) {
            b.importDataset(Fixtures.other(), "other", Origin.USER);
        }
        try (ParleyStore store = ParleyStore.open(kept)) {
            Files.move(other, kept, StandardCopyOption.REPLACE_EXISTING);
            byte[] replacement = Files.readAllBytes(kept);
            assertTrue(store.fileProblem().orElseThrow().contains("was replaced"), store.fileProblem().toString());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importDataset(Fixtures.week(), "week", Origin.USER));
            assertTrue(e.getMessage().contains("was replaced"), e.getMessage());
            assertArrayEquals(replacement, Files.readAllBytes(kept), "the file now there is left as it is");
        }
    }

    /** Rows deleted by another tool leave FTS5's own check content; the index still finds what is gone. */
    @Test
    void aSearchIndexThatFindsDeletedRowsIsReported() throws Exception {
        Path file = dir.resolve("p.db");
        String gone;
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
            assertTrue(store.check().ok());
            gone = Fixtures.week().events().get(0).id();
        }
        sql(file, "DELETE FROM events WHERE id = '" + gone + "'");
        try (ParleyStore store = ParleyStore.open(file)) {
            Health health = store.check();
            assertTrue(health.searchIndexProblems().stream().anyMatch(p -> p.contains("no longer stored")), health.toString());
        }
        sql(file, "DELETE FROM search_index WHERE kind = 'EVENT'");
        try (ParleyStore store = ParleyStore.open(file)) {
            Health health = store.check();
            assertTrue(health.searchIndexProblems().stream().anyMatch(p -> p.contains("does not list")), health.toString());
        }
    }

    /** A quotation added by another program (the sqlite3 shell) was not searchable, and the index was called in step. */
    @Test
    void aQuoteAddedElsewhereIsFoundMissingAndIndexed() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
        }
        sql(file, "INSERT INTO quotes SELECT 'q-added', 999, 'quokka', speaker_id, source_id, event_id, span_start, span_end "
                + "FROM quotes WHERE rowid = (SELECT min(rowid) FROM quotes)");
        try (ParleyStore store = ParleyStore.open(file)) {
            assertFalse(store.searchIndexInStep());
            Health health = store.check();
            assertTrue(health.searchIndexProblems().stream().anyMatch(p -> p.contains("does not list 1 stored quote")),
                    health.toString());
            assertTrue(store.bringSearchIndexUpToDate());
            assertEquals(List.of("q-added"), store.search("quokka", 10).stream().map(SearchHit::quoteId).toList());
            assertTrue(store.searchIndexInStep());
        }
    }

    /**
     * An event retitled and a quote reworded by another program (the sqlite3 shell) leave FTS5's own check
     * content, but the index found the old words and missed the new: found, and brought up to date once.
     */
    @Test
    void aSearchIndexBehindRowsChangedElsewhereIsFoundAndRebuilt() throws Exception {
        Path file = dir.resolve("p.db");
        String event = Fixtures.week().events().get(0).id();
        String quote = Fixtures.week().quotes().get(0).id();
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "h", Origin.USER);
            assertTrue(store.searchIndexInStep());
        }
        sql(file, "UPDATE events SET title = 'Zebrafish summit' WHERE id = '" + event + "'",
                "UPDATE quotes SET text = 'quokka' WHERE id = '" + quote + "'");
        try (ParleyStore store = ParleyStore.open(file)) {
            assertFalse(store.searchIndexInStep());
            Health health = store.check();
            assertTrue(health.searchIndexProblems().stream().anyMatch(p -> p.contains("old words of 2 events or quotes")),
                    health.toString());
            assertTrue(store.search("zebrafish", 10).isEmpty(), "the index as another program's change left it");

            assertTrue(store.bringSearchIndexUpToDate());
            assertEquals(List.of(event), store.search("zebrafish", 10).stream().map(SearchHit::eventId).toList());
            assertEquals(List.of(quote), store.search("quokka", 10).stream().map(SearchHit::quoteId).toList());
            assertTrue(store.check().ok(), "sound again");
            assertFalse(store.bringSearchIndexUpToDate(), "an index in step is not rebuilt again");
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchAndTheOldDatasetStays() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.other(), "other", Origin.USER);
            long pages;
            try (Statement st = store.connection().createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                pages = rs.getLong(1);
            }
            // The file may not grow: as good as a full disk, and it works as root and on any CI.
            try (Statement st = store.connection().createStatement()) {
                st.execute("PRAGMA max_page_count = " + pages);
            }
            Dataset w = Fixtures.week();
            Dataset big = new Dataset(w.title(), "x".repeat(4_000_000), w.sources(),
                    w.actors(), w.places(), w.events(), w.quotes(), w.divergences());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importDataset(big, "big", Origin.USER));
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
            assertFalse(e.getMessage().contains("no transaction is active"), e.getMessage());
            assertEquals(Fixtures.other(), store.loadDataset());
            assertEquals("other", store.info().orElseThrow().contentHash());
        }
    }

    @Test
    void backupsAreMadeListedPrunedAndRestored() {
        Path file = dir.resolve("p.db");
        Instant[] now = {Instant.parse("2026-01-01T10:00:00Z")};
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now[0] = now[0].plusSeconds(1);
                return now[0];
            }
        };
        try (ParleyStore store = ParleyStore.open(file, ticking)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            Path first = store.backup();
            assertTrue(first.startsWith(dir.resolve("backups")), first.toString());
            for (int i = 0; i < Backups.KEEP + 2; i++) {
                store.backup();
            }
            List<Backup> all = store.backups().list();
            assertEquals(Backups.KEEP, all.size());
            assertFalse(Files.exists(first), "the oldest backups are removed");
            assertEquals("week", all.get(0).dataset().orElseThrow().contentHash());

            store.importDataset(Fixtures.other(), "other", Origin.USER);
            Backup latest = store.backups().list().get(0);
            Path before = store.restore(latest);
            assertEquals(Fixtures.week(), store.loadDataset());
            assertEquals("other", store.backups().list().stream().filter(b -> b.file().equals(before))
                    .findFirst().orElseThrow().dataset().orElseThrow().contentHash(), "the replaced state was kept");
            StoreException e = assertThrows(StoreException.class, () -> store.backups().find("nope.db"));
            assertTrue(e.getMessage().contains("parley backups"), e.getMessage());
        }
    }

    /**
     * A backup from a newer Parley (someone went back to an older version) is refused before anything
     * changes, and one whose migration fails is undone: the user's dataset stays, and no copy is lost.
     */
    @Test
    void aBackupThisVersionCannotUseLeavesTheDatabaseAsItWas() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            store.backup();
            store.importDataset(Fixtures.other(), "other", Origin.USER);
            Backup newer = store.backups().list().get(0);
            sql(newer.file(), "PRAGMA user_version = " + (Migrations.bundled().latestVersion() + 1));
            int copies = store.backups().list().size();

            StoreException refused = assertThrows(StoreException.class, () -> store.restore(newer));
            assertTrue(refused.getMessage().contains("newer Parley") && refused.getMessage().contains("left as it was"),
                    refused.getMessage());
            assertTrue(refused.leftAsItWas());
            assertEquals(Fixtures.other(), store.loadDataset(), "the dataset is the user's still");
            assertEquals(copies, store.backups().list().size(), "no copy made for nothing, none lost");

            // A backup at an old version whose migration cannot run: put back, and said so.
            sql(newer.file(), "PRAGMA user_version = 3");
            StoreException undone = assertThrows(StoreException.class, () -> store.restore(newer));
            assertTrue(undone.getMessage().contains("up to date") && undone.getMessage().contains("left as it was"),
                    undone.getMessage());
            assertEquals(Fixtures.other(), store.loadDataset());
            assertEquals(Migrations.bundled().latestVersion(), Migrations.userVersion(store.connection()));
        }
        try (ParleyStore again = ParleyStore.open(file)) {
            assertEquals(Fixtures.other(), again.loadDataset(), "and the database opens again");
        }
    }

    /** Another program's empty file with a version of its own is not "written by a newer Parley". */
    @Test
    void anotherProgramsVersionedEmptyFileIsNotANewerParleys() throws Exception {
        Path other = dir.resolve("other.sqlite");
        sql(other, "PRAGMA user_version = 42");
        byte[] before = Files.readAllBytes(other);
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(other).close());
        assertTrue(e.getMessage().contains("not Parley's") && e.getMessage().contains("schema version 42"), e.getMessage());
        assertFalse(e.getMessage().contains("newer Parley"), e.getMessage());
        Assertions.assertArrayEquals(before, Files.readAllBytes(other));
    }

    /** A backup's name for the same database with another time stamp ("yyyyMMdd-HHmmss-SSS"), beside {@code backup}. */
    private static Path besideAs(Path backup, String stamp) {
        String name = backup.getFileName().toString();
        return backup.resolveSibling(name.substring(0, name.length() - "yyyyMMdd-HHmmss-SSS.db".length()) + stamp + ".db");
    }

    /**
     * Sound copies dated years ahead (a clock once wrong, backups brought from another machine) push
     * out none made since: each replacement had lost the copy the one before had made.
     */
    @Test
    void copiesDatedInTheFuturePushOutNoneMadeSince() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            Path first = store.backup();
            List<Path> ahead = new ArrayList<>();
            for (int i = 1; i <= Backups.KEEP; i++) {
                Path future = besideAs(first, "2030010" + i + "-120000-000");
                Files.copy(first, future);
                ahead.add(future);
            }
            List<Path> made = new ArrayList<>(List.of(first));
            for (int i = 0; i < 3; i++) {
                made.add(store.backup());
            }
            made.forEach(m -> assertTrue(Files.exists(m), m + " was pushed out by copies dated 2030"));
            ahead.forEach(a -> assertTrue(Files.exists(a), a + " is left as it was"));
        }
    }

    /** Files named like newer backups that are not Parley databases take no sound copy's place, and stay. */
    @Test
    void unreadableFilesNamedLikeBackupsPushOutNoSoundOne() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            Path first = store.backup();
            List<Path> strangers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Path stranger = besideAs(first, "9999123" + i + "-235959-999");
                Files.write(stranger, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
                strangers.add(stranger);
            }
            for (int i = 0; i < Backups.KEEP + 1; i++) {
                store.backup();
            }
            List<Backup> all = store.backups().list();
            assertEquals(Backups.KEEP, all.stream().filter(b -> b.dataset().isPresent()).count(),
                    "five sound copies, whatever else the folder holds: " + all);
            strangers.forEach(s -> assertTrue(Files.exists(s), s + " is not Parley's to delete"));
        }
    }

    @Test
    void copiesOfADamagedDatabaseNeverPushOutSoundOnes() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            List<Path> sound = new ArrayList<>();
            for (int i = 0; i < Backups.KEEP; i++) {
                sound.add(store.backup());
            }
            try (Statement st = store.connection().createStatement()) {
                st.execute("DELETE FROM search_index_data WHERE id > 10");
            }
            // Ten backups of the damaged state, as ten failed repairs or restores would make.
            for (int i = 0; i < 10; i++) {
                assertTrue(store.backup().getFileName().toString().endsWith("-damaged.db"));
            }
            List<Backup> all = store.backups().list();
            List<Path> soundLeft = new ArrayList<>(all.stream().filter(b -> !b.damaged()).map(Backup::file).toList());
            Collections.reverse(soundLeft);
            assertEquals(sound, soundLeft, "every sound copy is still there");
            assertEquals(Backups.KEEP_DAMAGED, all.stream().filter(Backup::damaged).count());
            assertTrue(all.get(0).damaged(), "listed newest first, damaged or not: " + all);

            store.rebuildSearchIndex();
            Path newest = store.backup();
            List<Path> soundNow = store.backups().list().stream().filter(b -> !b.damaged()).map(Backup::file).toList();
            assertEquals(Backups.KEEP, soundNow.size());
            assertEquals(newest, soundNow.get(0));
            assertFalse(soundNow.contains(sound.get(0)), "a sound copy is pushed out by a newer sound one only");
        }
    }

    @Test
    void aDamagedSearchIndexIsFoundAndRebuilt() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            assertTrue(store.check().ok());
            try (Statement st = store.connection().createStatement()) {
                st.execute("DELETE FROM search_index_data WHERE id > 10");
            }
            Health damaged = store.check();
            assertFalse(damaged.ok());
            assertFalse(damaged.searchIndexProblems().isEmpty());
            assertFalse(damaged.dataDamaged(), "the data itself is sound: " + damaged);

            store.rebuildSearchIndex();

            assertTrue(store.check().ok(), store.check().toString());
            assertFalse(store.search("Grushko", 5).isEmpty());
        }
    }

    @Test
    void aDatabaseAnotherProgramHoldsIsNotCalledDamaged() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = other.createStatement()) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("BEGIN EXCLUSIVE");
            st.execute("CREATE TABLE held (x)");

            StoreException e = assertThrows(StoreException.class, store::check);

            assertTrue(e.getMessage().contains("another program is using the database"), e.getMessage());
            // Found by a tester, 2026-12-05: `import` into a database another program held said only "another
            // program is using the database", naming no file (the search index's check stopped first).
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            st.execute("ROLLBACK");
            assertTrue(store.check().ok(), store.check().toString());
        }
    }

    @Test
    void damagedPagesAreFound() throws Exception {
        Path file = dir.resolve("p.db");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.importDataset(Fixtures.week(), "week", Origin.USER);
        }
        // Swap two index roots' pages' content: SQLite's own check sees an index that disagrees with its table.
        sql(file, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, 'events (start_millis)', 'events (end_millis)') "
                        + "WHERE name = 'events_start'");
        try (ParleyStore store = ParleyStore.open(file)) {
            Health health = store.check();
            assertTrue(health.dataDamaged(), health.toString());
        }
    }
}
