package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;

class PackedRowsTest {

    @TempDir
    Path dir;

    /** Texts that a length prefix, a separator or a decoder could get wrong. */
    private static final List<String> TEXTS = List.of("", ":", "12:ab", "-", "Brussels", "Грушко", "日本語",
            "emoji 😀 twice 😀", "line\nbreak\ttab", "nul\u0000inside", "a".repeat(100_000));

    @Test
    void textsIntegersRealsAndNullsComeBackAsStored() throws SQLException {
        double[] reals = {0.1 + 0.2, 1e-300, -179.99999999999997, 50.8796, 4.9e-324, Double.MAX_VALUE, 2.0 / 3};
        int[] ints = {0, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, s TEXT, i INTEGER, r REAL)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (k, s, i, r) VALUES (?, ?, ?, ?)")) {
                int rows = Math.max(TEXTS.size(), Math.max(reals.length, ints.length)) + 1;
                for (int k = 0; k < rows; k++) {
                    ps.setInt(1, k);
                    // The last row is all NULL.
                    ps.setObject(2, k < TEXTS.size() ? TEXTS.get(k) : null);
                    ps.setObject(3, k < ints.length ? ints[k] : null);
                    ps.setObject(4, k < reals.length ? reals[k] : null);
                    ps.executeUpdate();
                }
            }
            List<Object[]> read = new ArrayList<>();
            PackedRows.forEach(c, "SELECT s, i, r FROM t ORDER BY k",
                    r -> read.add(new Object[] {r.text(1), r.text(2) == null ? null : r.integer(2),
                        r.text(3) == null ? null : r.real(3)}));
            for (int k = 0; k < read.size(); k++) {
                Object[] row = read.get(k);
                assertEquals(k < TEXTS.size() ? TEXTS.get(k) : null, row[0], "text of row " + k);
                assertEquals(k < ints.length ? (Object) ints[k] : null, row[1], "integer of row " + k);
                assertEquals(k < reals.length ? (Object) reals[k] : null, row[2], "real of row " + k);
            }
            assertNull(read.get(read.size() - 1)[0]);
        }
    }

    @Test
    void aNullReadsAsZeroWhereANumberIsAsked() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            List<Integer> ints = new ArrayList<>();
            PackedRows.forEach(c, "SELECT a FROM (SELECT NULL AS a)", r -> ints.add(r.integer(1)));
            assertEquals(List.of(0), ints);
        }
    }

    @Test
    void aValueThatIsNoNumberIsAClearErrorNamingItsColumnNotAWrongNumber() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE x (a)");
            }
            for (String bad : List.of("'12x'", "1.5", "99999999999", "'-'", "''", "'north'")) {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM x");
                    st.execute("INSERT INTO x VALUES (" + bad + ")");
                }
                StoreException e = assertThrows(StoreException.class,
                        () -> PackedRows.forEach(c, "SELECT a FROM x", r -> r.integer(1)));
                assertTrue(e.getMessage().contains("(x.a is not a whole number)"), bad + ": " + e.getMessage());
            }
            StoreException e = assertThrows(StoreException.class,
                    () -> PackedRows.forEach(c, "SELECT a FROM x", r -> r.real(1)));
            assertTrue(e.getMessage().contains("(x.a is not a number)"), e.getMessage());
        }
    }

    @Test
    void onlyPlainColumnListsArePacked() {
        assertEquals("SELECT concat(octet_length(CAST(a AS TEXT)), ':', a, octet_length(CAST(b AS TEXT)), ':', b) "
                + "FROM t ORDER BY a", PackedRows.packed("SELECT a, b FROM t ORDER BY a"));
        assertThrows(IllegalArgumentException.class, () -> PackedRows.packed("SELECT count(*) FROM t"));
        assertThrows(IllegalArgumentException.class, () -> PackedRows.packed("DELETE FROM t"));
    }

    @Test
    void eventsComeBackInDatasetOrderEvenWhenTheirRowidsWereChangedByHand() throws SQLException {
        Dataset week = Fixtures.week();
        assertTrue(week.events().size() >= 2, "the fixture needs two events");
        try (ParleyStore store = ParleyStore.open(dir.resolve("parley.db"),
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC))) {
            store.importDataset(week, "hash-1", Origin.USER);
            try (Statement st = store.connection().createStatement()) {
                // Reverse the rowids: rowid order is no longer dataset order.
                st.execute("UPDATE events SET rowid = -rowid");
            }
            List<String> ids = store.loadDataset().events().stream().map(Event::id).toList();
            assertEquals(week.events().stream().map(Event::id).toList(), ids);
            assertEquals(week, store.loadDataset());
        }
    }
}
