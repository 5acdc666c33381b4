package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.SourcePart;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.model.TimeSpan;

/**
 * Writes a whole dataset over whatever is stored, on a connection whose transaction the caller
 * owns and whose foreign keys the caller has switched off: they are checked once, after all rows
 * are in (see {@link BulkLoad}).
 */
final class StoredDatasetWriter {

    static final Map<String, String> SQL = SqlResource.named("sql/write.sql");

    private final Connection connection;

    StoredDatasetWriter(Connection connection) {
        this.connection = connection;
    }

    void replaceWith(Dataset ds, String contentHash, Origin origin, Instant importedAt) throws SQLException {
        BulkLoad bulk = new BulkLoad(connection);
        bulk.dropIndexes();
        clear();
        try (Batch b = batch("dataset")) {
            b.add(ds.title(), ds.description(), contentHash, origin.id(), importedAt.toString(),
                    ds.declaredFocus().map(f -> f.first().toString()).orElse(null),
                    ds.declaredFocus().map(f -> f.last().toString()).orElse(null),
                    ds.declaredZone().map(ZoneId::getId).orElse(null));
        }
        writeSources(ds.sources());
        writeActors(ds.actors());
        writePlaces(ds.places());
        writeEvents(ds.events());
        try (Statement st = connection.createStatement()) {
            st.execute(SqlResource.statement(SQL, "event_spans"));
        }
        writeQuotes(ds.quotes());
        writeDivergences(ds.divergences());
        writePositions(ds.positions());
        bulk.recreateIndexes();
        bulk.checkForeignKeys();
        new SearchIndexWriter(this::batch).write(ds);
    }

    private void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : SqlResource.statements(SqlResource.statement(SQL, "clear") + ";")) {
                st.execute(sql);
            }
        }
    }

    Batch batch(String name) throws SQLException {
        return new Batch(connection, SqlResource.statement(SQL, name));
    }

    private void writeSources(List<Source> sources) throws SQLException {
        try (Batch b = batch("source")) {
            int ord = 0;
            for (Source s : sources) {
                b.add(s.id(), ord++, s.publisher(), s.title(), s.published().toString(), s.dateline(), s.language(),
                        s.file(), s.text());
            }
        }
        try (Batch b = batch("source_part")) {
            for (Source s : sources) {
                int ord = 0;
                for (SourcePart p : s.parts()) {
                    b.add(s.id(), ord++, p.kind().id(), p.text(), p.span().start(), p.span().end());
                }
            }
        }
    }

    private void writeActors(List<Actor> actors) throws SQLException {
        try (Batch b = batch("actor")) {
            int ord = 0;
            for (Actor a : actors) {
                b.add(a.id(), ord++, a.name(), a.kind().name(), a.group().id(), a.affiliation(), a.role(), a.note());
            }
        }
        try (Batch b = batch("alias")) {
            for (Actor a : actors) {
                int ord = 0;
                for (String alias : a.aliases()) {
                    b.add(a.id(), ord++, alias);
                }
            }
        }
    }

    private void writePlaces(List<Place> places) throws SQLException {
        try (Batch b = batch("place")) {
            int ord = 0;
            for (Place p : places) {
                b.add(p.id(), ord++, p.name(), p.lat(), p.lon(), p.kind().name(), p.country(), p.note(), p.within());
            }
        }
    }

    private void writeEvents(List<Event> events) throws SQLException {
        try (Batch b = batch("event")) {
            int ord = 0;
            for (Event e : events) {
                TimeSpan t = e.time();
                b.add(e.id(), ord++, e.title(), e.summary(), t.startText(), t.endText(), t.precision().name(),
                        t.zone().getId(), t.start().toString(), t.end().toString(),
                        t.startInstant().toEpochMilli(), t.endInstant().toEpochMilli(), e.order(),
                        // "nowhere in particular" is NULL so the foreign key to places can hold.
                        e.place().isEmpty() ? null : e.place(),
                        e.kind().id(), e.cameo(), e.track().id(), e.inferred(), e.note(), e.modality().id());
            }
        }
        try (Batch refers = batch("refer"); Batch participants = batch("participant");
             Batch evidence = batch("evidence")) {
            for (Event e : events) {
                int ord = 0;
                for (String place : e.refers()) {
                    refers.add(e.id(), ord++, place);
                }
                ord = 0;
                for (Participant p : e.actors()) {
                    participants.add(e.id(), ord++, p.actor(), p.role());
                }
                ord = 0;
                for (Evidence ev : e.evidence()) {
                    Span s = ev.span();
                    evidence.add(e.id(), ord++, ev.source(), ev.text(), s.start(), s.end(), ev.attribution());
                }
            }
        }
    }

    private void writeQuotes(List<Quote> quotes) throws SQLException {
        try (Batch b = batch("quote")) {
            int ord = 0;
            for (Quote q : quotes) {
                b.add(q.id(), ord++, q.text(), q.speaker(), q.source(), q.event(), q.span().start(), q.span().end());
            }
        }
    }

    private void writeDivergences(List<Divergence> divergences) throws SQLException {
        try (Batch b = batch("divergence")) {
            int ord = 0;
            for (Divergence d : divergences) {
                b.add(d.id(), ord++, d.topic(), d.note());
            }
        }
        try (Batch readings = batch("reading"); Batch events = batch("divergence_event")) {
            for (Divergence d : divergences) {
                int ord = 0;
                for (Reading r : d.readings()) {
                    readings.add(d.id(), ord++, r.source(), r.text(), r.span().start(), r.span().end());
                }
                ord = 0;
                for (String event : d.events()) {
                    events.add(d.id(), ord++, event);
                }
            }
        }
    }

    private void writePositions(List<Position> positions) throws SQLException {
        try (Batch b = batch("position")) {
            int ord = 0;
            for (Position p : positions) {
                b.add(p.id(), ord++, p.title(), p.kind().id(), p.by());
            }
        }
        try (Batch evidence = batch("position_evidence"); Batch stances = batch("stance");
             Batch events = batch("position_event")) {
            for (Position p : positions) {
                addEvidence(evidence, p.id(), -1, p.evidence());
                int ord = 0;
                for (Stance s : p.stances()) {
                    addEvidence(evidence, p.id(), ord, s.evidence());
                    stances.add(p.id(), ord++, s.actor(), s.stance().id());
                }
                ord = 0;
                for (String event : p.events()) {
                    events.add(p.id(), ord++, event);
                }
            }
        }
    }

    private static void addEvidence(Batch b, String position, int stance, List<Evidence> evidence)
            throws SQLException {
        int ord = 0;
        for (Evidence ev : evidence) {
            b.add(position, stance, ord++, ev.source(), ev.text(), ev.span().start(), ev.span().end(),
                    ev.attribution());
        }
    }
}
