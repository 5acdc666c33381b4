package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;

/** A database built beside its name and moved into place whole, or not at all. */
class NewDatabaseImportTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void writesTheSameDatabaseAsAnOrdinaryImportRowForRow() throws Exception {
        Dataset week = Fixtures.week();
        Path ordinary = dir.resolve("ordinary.db");
        try (ParleyStore store = ParleyStore.open(ordinary, CLOCK)) {
            store.importDataset(week, "hash-1", Origin.USER);
        }
        Path fresh = dir.resolve("fresh.db");
        DatasetInfo info;
        try (NewDatabaseImport im = NewDatabaseImport.begin(fresh, CLOCK)) {
            feed(im, week);
            info = im.complete(week, CompletableFuture.completedFuture("hash-1"), Origin.USER);
        }
        assertEquals(new DatasetInfo("The week in Brussels", "hash-1", Origin.USER, T0), info);
        // Every table, the search index's and the interval index's own tables too.
        assertEquals(dump(ordinary), dump(fresh));
        try (ParleyStore store = ParleyStore.open(fresh)) {
            assertEquals(week, store.loadDataset());
            assertTrue(store.check().ok(), store.check().toString());
            assertEquals(List.of("wal", "1349676153"), pragmas(store.connection()));
        }
        assertEquals(List.of("fresh.db", "ordinary.db"), names());
    }

    /**
     * The events' search entries are written a stretch of {@link StoredDatasetWriter#INDEX_EVERY} at a
     * time as they come: over several stretches and a part, both paths still give the same database, and the index
     * holds every event in the dataset's order, then every quote, then every passage, as one copy at the end did.
     */
    @Test
    void aDatasetOfSeveralStretchesIsIndexedInTheDatasetsOrderByBothPaths() throws Exception {
        Dataset ds = SyntheticDataAccess.dataset(2 * StoredDatasetWriter.INDEX_EVERY + 100);
        Path ordinary = dir.resolve("ordinary.db");
        try (ParleyStore store = ParleyStore.open(ordinary, CLOCK)) {
            store.importDataset(ds, "hash-1", Origin.USER);
        }
        Path fresh = dir.resolve("fresh.db");
        try (NewDatabaseImport im = NewDatabaseImport.begin(fresh, CLOCK)) {
            feed(im, ds);
            im.complete(ds, CompletableFuture.completedFuture("hash-1"), Origin.USER);
        }
        assertEquals(expectedEntries(ds), entries(fresh));
        int events = ds.events().size();
        assertEquals(events + " of " + events, eventsInTheirIntervals(fresh));
        assertEquals(dump(ordinary), dump(fresh));
    }

    /** The search index's entries as one copy of every event, then quote, then passage, after the last record, gave. */
    private static List<String> expectedEntries(Dataset ds) {
        List<String> out = new ArrayList<>();
        for (Event e : ds.events()) {
            out.add((out.size() + 1) + "|EVENT|" + e.id() + "|null|null|" + e.title() + "|" + e.summary());
        }
        for (Quote q : ds.quotes()) {
            out.add((out.size() + 1) + "|QUOTE|" + q.event() + "|" + q.id() + "|" + q.source() + "||" + q.text());
        }
        for (Source s : ds.sources()) {
            for (Span p : Passages.of(s.text())) {
                out.add((out.size() + 1) + "|PASSAGE|null|null|" + s.id() + "||" + s.excerpt(p));
            }
        }
        return out;
    }

    private static List<String> entries(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid, kind, event_id, quote_id, source_id, title, body"
                     + " FROM search_index ORDER BY rowid")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7));
            }
        }
        return out;
    }

    /**
     * "N of M": the events whose rowid is their position + 1 that the window lookup over all time finds (through the
     * rebuilt events_window index), of the events.
     */
    private static String eventsInTheirIntervals(Path db) throws Exception {
        String all = SqlResource.statement(StoredDatasetReader.SQL, "window_rowids");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT count(*), (SELECT count(*) FROM events) FROM events e"
                     + " WHERE e.rowid = e.ord + 1 AND e.rowid IN (" + all + ")")) {
            ps.setLong(1, Long.MAX_VALUE);
            ps.setLong(2, Long.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1) + " of " + rs.getLong(2);
            }
        }
    }

    @Test
    void closingWithoutCompletingLeavesNoFile() {
        try (NewDatabaseImport im = NewDatabaseImport.begin(dir.resolve("p.db"), CLOCK)) {
            feed(im, Fixtures.week());
        }
        assertEquals(List.of(), names());
    }

    @Test
    void theFolderMadeForTheDatabaseGoesAgainWhenItFails() {
        try (NewDatabaseImport im = NewDatabaseImport.begin(dir.resolve("new/p.db"), CLOCK)) {
            assertTrue(Files.isDirectory(dir.resolve("new")));
            feed(im, Fixtures.week());
        }
        assertEquals(List.of(), names());
    }

    /** Only the last folder is made, as for exports: a mistyped path left a tree of empty folders. */
    @Test
    void aPathTwoFoldersDeepIntoNothingIsRefusedAndMakesNone() {
        StoreException e = Assertions.assertThrows(StoreException.class,
                () -> NewDatabaseImport.begin(dir.resolve("new/deeper/p.db"), CLOCK));
        assertTrue(e.getMessage().contains("creates only the last folder"), e.getMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void whatAKilledImportLeftIsRemovedByTheNextToTheSameName() throws Exception {
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        long alive = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".p.db.parley-" + gone + "-0123456789ab.part"), "killed");
        Files.writeString(dir.resolve(".p.db.parley-" + gone + "-0123456789ab.part-journal"), "killed");
        Files.writeString(dir.resolve(".p.db.parley-" + alive + "-0123456789ab.part"), "still running");
        Files.writeString(dir.resolve(".q.db.parley-" + gone + "-0123456789ab.part"), "another name");
        try (NewDatabaseImport im = NewDatabaseImport.begin(dir.resolve("p.db"), CLOCK)) {
            feed(im, Fixtures.week());
            im.complete(Fixtures.week(), CompletableFuture.completedFuture("h"), Origin.USER);
        }
        assertEquals(List.of(".p.db.parley-" + alive + "-0123456789ab.part",
                ".q.db.parley-" + gone + "-0123456789ab.part", "p.db"), names());
    }

    @Test
    void aDanglingReferenceFailsTheImportAndLeavesNoFile() {
        Dataset broken = Fixtures.broken();
        NewDatabaseImport im = NewDatabaseImport.begin(dir.resolve("p.db"), CLOCK);
        feed(im, broken);
        StoreException e = assertThrows(StoreException.class,
                () -> im.complete(broken, CompletableFuture.completedFuture("h"), Origin.USER));
        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        assertTrue(e.getMessage().contains("p.db"), e.getMessage());
        im.close();
        assertEquals(List.of(), names());
    }

    @Test
    void aHashThatCannotBeComputedLeavesNoFile() {
        Dataset week = Fixtures.week();
        NewDatabaseImport im = NewDatabaseImport.begin(dir.resolve("p.db"), CLOCK);
        feed(im, week);
        assertThrows(StoreException.class,
                () -> im.complete(week, CompletableFuture.failedFuture(new OutOfMemoryError("test")), Origin.USER));
        assertEquals(List.of(), names());
    }

    @Test
    void aFileThatAppearsMeanwhileIsNeverReplaced() throws Exception {
        Dataset week = Fixtures.week();
        Path target = dir.resolve("p.db");
        NewDatabaseImport im = NewDatabaseImport.begin(target, CLOCK);
        feed(im, week);
        Files.writeString(target, "someone else's");
        StoreException e = assertThrows(StoreException.class,
                () -> im.complete(week, CompletableFuture.completedFuture("h"), Origin.USER));
        assertTrue(e.getMessage().contains("appeared"), e.getMessage());
        assertArrayEquals("someone else's".getBytes(), Files.readAllBytes(target));
        assertEquals(List.of("p.db"), names());
    }

    @Test
    void refusesAnyNameThatIsTaken() throws Exception {
        Path file = Files.writeString(dir.resolve("taken.db"), "");
        Path link = Files.createSymbolicLink(dir.resolve("dangling.db"), dir.resolve("nowhere"));
        assertFalse(NewDatabaseImport.applies(file));
        assertFalse(NewDatabaseImport.applies(link));
        assertTrue(NewDatabaseImport.applies(dir.resolve("free.db")));
        assertThrows(StoreException.class, () -> NewDatabaseImport.begin(link, CLOCK));
        assertFalse(Files.exists(dir.resolve("nowhere")));
        assertEquals(List.of("dangling.db", "taken.db"), names());
    }

    private static void feed(NewDatabaseImport im, Dataset ds) {
        for (Source s : ds.sources()) {
            im.source(s);
        }
        for (Actor a : ds.actors()) {
            im.actor(a);
        }
        for (Place p : ds.places()) {
            im.place(p);
        }
        for (Event e : ds.events()) {
            im.event(e);
        }
        for (Quote q : ds.quotes()) {
            im.quote(q);
        }
        for (Divergence d : ds.divergences()) {
            im.divergence(d);
        }
        for (Position p : ds.positions()) {
            im.position(p);
        }
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pragmas(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String p : List.of("journal_mode", "application_id")) {
                try (ResultSet rs = st.executeQuery("PRAGMA " + p)) {
                    rs.next();
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Every table's rows in storage order, with the schema. */
    private static List<String> dump(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    if (rs.getString(1).equals("table")) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(t).append(':');
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
                                    .append('|');
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }
}
