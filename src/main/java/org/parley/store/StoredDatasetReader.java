package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    StoredDatasetReader(Connection connection) {
        this.connection = connection;
    }

    Dataset read() throws SQLException {
        String[] meta = one("info", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(6),
                rs.getString(7), rs.getString(8)});
        DateRange focus = meta[2] == null || meta[3] == null ? null
                : new DateRange(LocalDate.parse(meta[2]), LocalDate.parse(meta[3]));
        ZoneId zone = meta[4] == null ? null : ZoneId.of(meta[4]);
        Map<String, List<SourcePart>> parts = grouped("source_parts", rs -> new SourcePart(
                known(PartKind.byId(rs.getString(2)), "source part kind", rs.getString(2)), rs.getString(3),
                new Span(rs.getInt(4), rs.getInt(5))));
        List<Source> sources = all("sources", rs -> new Source(rs.getString(1), rs.getString(2), rs.getString(3),
                LocalDate.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), parts.getOrDefault(rs.getString(1), List.of())));
        Map<String, List<String>> aliases = grouped("aliases", rs -> rs.getString(2));
        List<Actor> actors = all("actors", rs -> new Actor(rs.getString(1), rs.getString(2),
                aliases.getOrDefault(rs.getString(1), List.of()), ActorKind.valueOf(rs.getString(3)),
                known(ActorGroup.byId(rs.getString(4)), "actor group", rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7)));
        List<Place> places = all("places", rs -> new Place(rs.getString(1), rs.getString(2), rs.getDouble(3),
                rs.getDouble(4), PlaceKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
        List<Event> events = readEvents();
        List<Quote> quotes = all("quotes", rs -> new Quote(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), new Span(rs.getInt(6), rs.getInt(7))));
        Map<String, List<Reading>> readings = grouped("readings", rs -> new Reading(rs.getString(2),
                rs.getString(3), new Span(rs.getInt(4), rs.getInt(5))));
        Map<String, List<String>> concerned = grouped("divergence_events", rs -> rs.getString(2));
        List<Divergence> divergences = all("divergences", rs -> new Divergence(rs.getString(1), rs.getString(2),
                readings.getOrDefault(rs.getString(1), List.of()), rs.getString(3),
                concerned.getOrDefault(rs.getString(1), List.of())));
        return new Dataset(meta[0], meta[1], focus, zone, sources, actors, places, events, quotes, divergences,
                readPositions());
    }

    private List<Event> readEvents() throws SQLException {
        Map<String, List<String>> refers = grouped("refers", rs -> rs.getString(2));
        Map<String, List<Participant>> participants = grouped("participants",
                rs -> new Participant(rs.getString(2), rs.getString(3)));
        Map<String, List<Evidence>> evidence = grouped("evidence", rs -> new Evidence(rs.getString(2),
                rs.getString(3), new Span(rs.getInt(4), rs.getInt(5)), rs.getString(6)));
        Map<String, ZoneId> zones = new HashMap<>();
        return all("events", rs -> {
            String id = rs.getString(1);
            TimeSpan time = new TimeSpan(TimeText.parseIsoLocal(rs.getString(6)), TimeText.parseIsoLocal(rs.getString(7)),
                    Precision.valueOf(rs.getString(4)), zones.computeIfAbsent(rs.getString(5), ZoneId::of));
            return new Event(id, rs.getString(2), rs.getString(3), time, rs.getInt(8), rs.getString(9),
                    refers.getOrDefault(id, List.of()),
                    known(EventKind.byId(rs.getString(10)), "event kind", rs.getString(10)), rs.getString(11),
                    known(Track.byId(rs.getString(12)), "track", rs.getString(12)),
                    participants.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()),
                    rs.getInt(13) != 0, rs.getString(14),
                    known(Modality.byId(rs.getString(15)), "modality", rs.getString(15)));
        });
    }

    private List<Position> readPositions() throws SQLException {
        // Keyed by position id, then stance index (-1 for the position's own evidence).
        Map<String, Map<Integer, List<Evidence>>> evidence = new HashMap<>();
        for (Object[] row : all("position_evidence", rs -> new Object[] {rs.getString(1), rs.getInt(2),
                new Evidence(rs.getString(3), rs.getString(4), new Span(rs.getInt(5), rs.getInt(6)), rs.getString(7))})) {
            evidence.computeIfAbsent((String) row[0], k -> new HashMap<>())
                    .computeIfAbsent((Integer) row[1], k -> new ArrayList<>()).add((Evidence) row[2]);
        }
        Map<String, List<String[]>> stanceRows = grouped("stances", rs -> new String[] {rs.getString(2), rs.getString(3)});
        Map<String, List<String>> events = grouped("position_events", rs -> rs.getString(2));
        return all("positions", rs -> {
            String id = rs.getString(1);
            Map<Integer, List<Evidence>> own = evidence.getOrDefault(id, Map.of());
            List<Stance> stances = new ArrayList<>();
            List<String[]> rows = stanceRows.getOrDefault(id, List.of());
            for (int i = 0; i < rows.size(); i++) {
                stances.add(new Stance(rows.get(i)[0],
                        known(StanceKind.byId(rows.get(i)[1]), "stance", rows.get(i)[1]), own.getOrDefault(i, List.of())));
            }
            return new Position(id, rs.getString(2), known(PositionKind.byId(rs.getString(3)), "position kind",
                    rs.getString(3)), rs.getString(4), own.getOrDefault(-1, List.of()), stances,
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

    private <T> List<T> all(String name, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(SQL, name));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    /** Rows whose first column is the owner's id, grouped by it, each group in stored order. */
    private <T> Map<String, List<T>> grouped(String name, Row<T> row) throws SQLException {
        Map<String, List<T>> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(SQL, name));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row.read(rs));
            }
        }
        return out;
    }
}
