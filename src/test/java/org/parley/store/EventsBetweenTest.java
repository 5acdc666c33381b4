package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;

class EventsBetweenTest {

    @TempDir
    Path dir;

    /** What a scan over every event would answer: the events that overlap [from, to). */
    private static List<String> scanned(Dataset ds, Instant from, Instant to) {
        return ds.events().stream()
                .filter(e -> e.time().startInstant().isBefore(to) && e.time().endInstant().isAfter(from))
                .sorted(Comparator.comparing((Event e) -> e.time().startInstant())
                        .thenComparing(e -> ds.events().indexOf(e)))
                .map(Event::id).toList();
    }

    @Test
    void answersExactlyWhatAScanWouldForWindowsOfEverySize() {
        Dataset week = Fixtures.week();
        try (ParleyStore store = ParleyStore.open(dir.resolve("p.db"))) {
            store.importDataset(week, "h", Origin.SEED);
            Instant first = week.events().stream().map(e -> e.time().startInstant()).min(Instant::compareTo).orElseThrow();
            Instant last = week.events().stream().map(e -> e.time().endInstant()).max(Instant::compareTo).orElseThrow();
            long step = Math.max(1, (last.toEpochMilli() - first.toEpochMilli()) / 37);
            int nonEmpty = 0;
            for (long f = first.toEpochMilli() - step; f < last.toEpochMilli() + step; f += step) {
                for (long width : new long[] {1, 60_000, step, 10 * step}) {
                    Instant from = Instant.ofEpochMilli(f);
                    Instant to = Instant.ofEpochMilli(f + width);
                    List<String> ids = store.eventIdsBetween(from, to);
                    assertEquals(scanned(week, from, to), ids, from + " – " + to);
                    nonEmpty += ids.isEmpty() ? 0 : 1;
                }
            }
            assertTrue(nonEmpty > 10, "the windows hit events: " + nonEmpty);
            assertEquals(List.of(), store.eventIdsBetween(last, first), "an empty window holds nothing");
        }
    }

    @Test
    void theIntervalIndexFollowsEveryImport() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("p.db"))) {
            store.importDataset(Fixtures.week(), "h1", Origin.SEED);
            store.importDataset(Fixtures.other(), "h2", Origin.USER);
            Instant all = Instant.parse("1000-01-01T00:00:00Z");
            assertEquals(scanned(Fixtures.other(), all, Instant.parse("3000-01-01T00:00:00Z")),
                    store.eventIdsBetween(all, Instant.parse("3000-01-01T00:00:00Z")));
        }
    }

    /** The window's events, and what a large dataset's first frame reads of them (decision 0100). */
    @ParameterizedTest
    @ValueSource(strings = {"events_between", "window_events", "window_refers", "window_participants", "window_evidence"})
    void theWindowQueryUsesTheIntervalIndex(String statement) throws Exception {
        try (ParleyStore store = ParleyStore.open(dir.resolve("p.db"));
             Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN "
                     + SqlResource.statement(StoredDatasetReader.SQL, statement).replace("?", "0"))) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
            // One range of the window index per class of length; a walk through the events, or one of their
            // other indexes, would be the scan this query exists to avoid.
            assertTrue(plan.toString().contains("USING INDEX events_window (<expr>=? AND start_millis>? AND start_millis<?)"),
                    plan.toString());
            assertTrue(plan.toString().lines().noneMatch(line -> line.matches("SCAN (e|w|events|event_refers|event_actors|evidence)( .*)?")
                    || line.contains("USING INDEX events_start") || line.contains("USING INDEX events_end")),
                    plan.toString());
        }
    }
}
