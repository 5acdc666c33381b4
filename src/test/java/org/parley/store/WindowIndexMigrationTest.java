package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made before migration 0008 (the R*Tree of event spans) opens with the window index in its place. */
class WindowIndexMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithTheRTreeOpensWithTheWindowIndexInstead() throws SQLException {
        Path file = dir.resolve("old.db");
        List<Migrations.Script> all = Migrations.bundled().scripts();
        int before = all.indexOf(all.stream().filter(s -> s.name().startsWith("0008-")).findFirst().orElseThrow());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            new Migrations(all.subList(0, before)).migrate(c, 0);
            // Three events as the last version stored them: rows, and their spans in the R*Tree.
            for (int i = 0; i < 3; i++) {
                long start = Instant.parse("2022-01-09T00:00:00Z").toEpochMilli() + i * 86_400_000L;
                st.execute("INSERT INTO events (id, ord, title, summary, start_text, end_text, precision, zone, start_local,"
                        + " end_local, start_millis, end_millis, day_order, kind, cameo, track, inferred, note) VALUES ('e"
                        + i + "', " + i + ", '', '', '', '', 'DAY', 'UTC', '', '', " + start + ", " + (start + 86_400_000L)
                        + ", 0, 'meeting', '', 'main', 0, '')");
            }
            st.execute("INSERT INTO event_spans SELECT rowid, start_millis, end_millis FROM events");
        }
        try (ParleyStore store = ParleyStore.open(file)) {
            assertEquals(List.of("e1", "e2"), store.eventIdsBetween(Instant.parse("2022-01-10T12:00:00Z"),
                    Instant.parse("2022-01-13T00:00:00Z")));
        }
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertTrue(names.contains("events_window"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("event_spans")), names.toString());
    }
}
