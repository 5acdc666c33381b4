package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Modality;
import org.parley.model.PartKind;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Position;
import org.parley.model.PositionKind;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.SourcePart;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.model.StanceKind;
import org.parley.model.TimeSpan;
import org.parley.model.TimeText;
import org.parley.model.Track;

/**
 * Reads the stored dataset back into the model. Each child table is read once, in order, and
 * grouped by owner, so the cost grows with rows, not with rows times owners.
 */
final class StoredDatasetReader {

    static final Map<String, String> SQL = SqlResource.named("sql/read.sql");

    @FunctionalInterface
    private interface Row<T> {
        T read(PackedRows.Row r) throws SQLException;
    }

    private final Connection connection;

    StoredDatasetReader(Connection connection) {
        this.connection = connection;
    }

    /** The dataset's title, description, and the focus and zone its curator declared (null when not). */
    record Info(String title, String description, DateRange focus, ZoneId zone) {
    }

    Info info() throws SQLException {
        String[] meta = one("info", r -> new String[] {r.text(1), r.text(2), r.text(6),
                r.text(7), r.text(8)});
        DateRange focus = meta[2] == null || meta[3] == null ? null
                : new DateRange(LocalDate.parse(meta[2]), LocalDate.parse(meta[3]));
        return new Info(meta[0], meta[1], focus, meta[4] == null ? null : ZoneId.of(meta[4]));
    }

    Dataset read() throws SQLException {
        Info info = info();
        Map<String, List<SourcePart>> parts = grouped("source_parts", r -> new SourcePart(
                known(PartKind.byId(r.text(2)), "source part kind", r.text(2)), r.text(3),
                new Span(r.integer(4), r.integer(5))));
        List<Source> sources = all("sources", r -> new Source(r.text(1), r.text(2), r.text(3),
                LocalDate.parse(r.text(4)), r.text(5), r.text(6), r.text(7),
                r.text(8), parts.getOrDefault(r.text(1), List.of()), r.text(9)));
        List<Actor> actors = actors();
        List<Place> places = places();
        List<Event> events = events("");
        List<Quote> quotes = all("quotes", r -> new Quote(r.text(1), r.text(2), r.text(3),
                r.text(4), r.text(5), new Span(r.integer(6), r.integer(7))));
        Map<String, List<Reading>> readings = grouped("readings", r -> new Reading(r.text(2),
                r.text(3), new Span(r.integer(4), r.integer(5))));
        Map<String, List<String>> concerned = grouped("divergence_events", r -> r.text(2));
        List<Divergence> divergences = all("divergences", r -> new Divergence(r.text(1), r.text(2),
                readings.getOrDefault(r.text(1), List.of()), r.text(3),
                concerned.getOrDefault(r.text(1), List.of())));
        return new Dataset(info.title(), info.description(), info.focus(), info.zone(), sources, actors, places, events,
                quotes, divergences, readPositions());
    }

    /** The actors alone, with their other names: what a search by name needs, without the events. */
    List<Actor> actors() throws SQLException {
        Map<String, List<String>> aliases = grouped("aliases", r -> r.text(2));
        return all("actors", r -> new Actor(r.text(1), r.text(2),
                aliases.getOrDefault(r.text(1), List.of()), ActorKind.valueOf(r.text(3)),
                known(ActorGroup.byId(r.text(4)), "actor group", r.text(4)),
                r.text(5), r.text(6), r.text(7)));
    }

    List<Place> places() throws SQLException {
        return all("places", r -> new Place(r.text(1), r.text(2), r.real(3),
                r.real(4), PlaceKind.valueOf(r.text(5)), r.text(6), r.text(7), r.text(8)));
    }

    /**
     * The events, in dataset order, with their places, actors and evidence: all of them (prefix "") or those
     * the {@code prefix}ed statements select with {@code values} bound.
     */
    List<Event> events(String prefix, long... values) throws SQLException {
        Map<String, List<String>> refers = grouped(prefix + "refers", r -> r.text(2), values);
        Map<String, List<Participant>> participants = grouped(prefix + "participants",
                r -> new Participant(r.text(2), r.text(3)), values);
        Map<String, List<Evidence>> evidence = grouped(prefix + "evidence", r -> new Evidence(r.text(2),
                r.text(3), new Span(r.integer(4), r.integer(5)), r.text(6)), values);
        Map<String, ZoneId> zones = new HashMap<>();
        IntStream.Builder ords = IntStream.builder();
        List<Event> events = all(prefix + "events", r -> {
            ords.add(r.integer(16));
            String id = r.text(1);
            TimeSpan time = new TimeSpan(TimeText.parseIsoLocal(r.text(6)), TimeText.parseIsoLocal(r.text(7)),
                    Precision.valueOf(r.text(4)), zones.computeIfAbsent(r.text(5), ZoneId::of));
            return new Event(id, r.text(2), r.text(3), time, r.integer(8), r.text(9),
                    refers.getOrDefault(id, List.of()),
                    known(EventKind.byId(r.text(10)), "event kind", r.text(10)), r.text(11),
                    known(Track.byId(r.text(12)), "track", r.text(12)),
                    participants.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()),
                    r.integer(13) != 0, r.text(14),
                    known(Modality.byId(r.text(15)), "modality", r.text(15)));
        }, values);
        return inOrder(events, ords.build().toArray());
    }

    /**
     * The events in their dataset order. They are read in rowid order, which the writer makes the
     * same (a sort by ord took a third of a large dataset's load); a database changed by hand may differ.
     */
    private static List<Event> inOrder(List<Event> events, int[] ords) {
        for (int i = 1; i < ords.length; i++) {
            if (ords[i] <= ords[i - 1]) {
                Integer[] order = new Integer[ords.length];
                Arrays.setAll(order, k -> k);
                Arrays.sort(order, Comparator.comparingInt(k -> ords[k]));
                List<Event> sorted = new ArrayList<>(events.size());
                for (int k : order) {
                    sorted.add(events.get(k));
                }
                return sorted;
            }
        }
        return events;
    }

    private List<Position> readPositions() throws SQLException {
        // Keyed by position id, then stance index (-1 for the position's own evidence).
        Map<String, Map<Integer, List<Evidence>>> evidence = new HashMap<>();
        for (Object[] row : all("position_evidence", r -> new Object[] {r.text(1), r.integer(2),
                new Evidence(r.text(3), r.text(4), new Span(r.integer(5), r.integer(6)), r.text(7))})) {
            evidence.computeIfAbsent((String) row[0], k -> new HashMap<>())
                    .computeIfAbsent((Integer) row[1], k -> new ArrayList<>()).add((Evidence) row[2]);
        }
        Map<String, List<String[]>> stanceRows = grouped("stances", r -> new String[] {r.text(2), r.text(3)});
        Map<String, List<String>> events = grouped("position_events", r -> r.text(2));
        return all("positions", r -> {
            String id = r.text(1);
            Map<Integer, List<Evidence>> own = evidence.getOrDefault(id, Map.of());
            List<Stance> stances = new ArrayList<>();
            List<String[]> rows = stanceRows.getOrDefault(id, List.of());
            for (int i = 0; i < rows.size(); i++) {
                stances.add(new Stance(rows.get(i)[0],
                        known(StanceKind.byId(rows.get(i)[1]), "stance", rows.get(i)[1]), own.getOrDefault(i, List.of())));
            }
            return new Position(id, r.text(2), known(PositionKind.byId(r.text(3)), "position kind",
                    r.text(3)), r.text(4), own.getOrDefault(-1, List.of()), stances,
                    events.getOrDefault(id, List.of()));
        });
    }

    private static <T> T known(Optional<T> value, String what, String id) {
        return value.orElseThrow(() -> new StoreException("the database holds an unknown " + what + " \"" + id + "\""));
    }

    private <T> T one(String name, Row<T> row) throws SQLException {
        List<T> rows = all(name, row);
        if (rows.isEmpty()) {
            throw new StoreException("the database holds no dataset");
        }
        return rows.get(0);
    }

    private <T> List<T> all(String name, Row<T> row, long... values) throws SQLException {
        List<T> out = new ArrayList<>();
        PackedRows.forEach(connection, SqlResource.statement(SQL, name), r -> out.add(row.read(r)), values);
        return out;
    }

    /** Rows whose first column is the owner's id, grouped by it, each group in stored order. */
    private <T> Map<String, List<T>> grouped(String name, Row<T> row, long... values) throws SQLException {
        Map<String, List<T>> out = new HashMap<>();
        PackedRows.forEach(connection, SqlResource.statement(SQL, name),
                r -> out.computeIfAbsent(r.text(1), k -> new ArrayList<>()).add(row.read(r)), values);
        return out;
    }
}
