package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window lookup (decision 0164) groups events by the hexadecimal digits of their length: events of every
 * length from nothing to millennia, and windows on each side of every class's edge, must give what a scan gives.
 */
class WindowLookupTest {

    @TempDir
    Path dir;

    private static final long DAY = 86_400_000L;
    /** Lengths at and either side of the classes' edges (16^k ms), and the lengths events of each precision have. */
    private static final long[] LENGTHS = {0, 1, 15, 16, 17, 255, 256, 4095, 4096, 65_535, 65_536, 60_000, 3_600_000,
        DAY - 1, DAY, 7 * DAY, 31 * DAY, 366 * DAY, 3653 * DAY, 1L << 40, (1L << 44) - 1, 1L << 44, 100_000 * 366 * DAY};

    @Test
    void findsWhatAScanFindsForEventsOfEveryLength() throws SQLException {
        try (ParleyStore store = ParleyStore.open(dir.resolve("p.db"))) {
            Random random = new Random(7);
            long base = Instant.parse("2022-01-10T00:00:00Z").toEpochMilli();
            List<Long> edges = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("INSERT INTO events (id, ord, title, summary,"
                    + " start_text, end_text, precision, zone, start_local, end_local, start_millis, end_millis, day_order,"
                    + " kind, cameo, track, inferred, note) VALUES (?, ?, '', '', '', '', 'DAY', 'UTC', '', '', ?, ?, 0,"
                    + " 'meeting', '', 'main', 0, '')")) {
                int n = 0;
                for (long length : LENGTHS) {
                    for (int i = 0; i < 4; i++) {
                        long start = base + (random.nextLong() % (400 * DAY));
                        ps.setString(1, "e" + n);
                        ps.setInt(2, n++);
                        ps.setLong(3, start);
                        ps.setLong(4, start + length);
                        ps.executeUpdate();
                        edges.add(start);
                        edges.add(start + length);
                    }
                }
            }
            int nonEmpty = 0;
            for (long edge : edges) {
                for (long before : new long[] {-1, 0, 1}) {
                    for (long width : new long[] {1, 16, DAY, 40 * DAY, 5000L * 366 * DAY}) {
                        long from = edge + before;
                        List<String> ids = store.eventIdsBetween(Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + width));
                        assertEquals(scanned(store, from, from + width), ids, from + " + " + width);
                        nonEmpty += ids.isEmpty() ? 0 : 1;
                    }
                }
            }
            assertTrue(nonEmpty > 300, "the windows hit events: " + nonEmpty);
        }
    }

    private static List<String> scanned(ParleyStore store, long from, long to) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT id FROM events NOT INDEXED"
                + " WHERE start_millis < ? AND end_millis > ? ORDER BY start_millis, ord")) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
