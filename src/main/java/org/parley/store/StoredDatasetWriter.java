package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.parley.model.WriteProgress;

/**
 * Writes a whole dataset over whatever is stored, on a connection whose transaction the caller
 * owns and whose foreign keys the caller has switched off: they are checked once, after all rows
 * are in (see {@link BulkLoad}).
 *
 * <p>Records can be written one at a time, as a streaming import reads them ({@link #begin}, the
 * record methods, {@link #finishRecords}, {@link #datasetRow}), or all at once ({@link #replaceWith}); both write the same
 * rows. Within a collection records must come in the dataset's order; the collections may
 * interleave, except that quotes come after every event (the dataset reader maps them so).
 */
final class StoredDatasetWriter implements AutoCloseable {

    static final Map<String, String> SQL = SqlResource.named("sql/write.sql");

    private final Connection connection;
    private final BulkLoad bulk;
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();
    private int sourceOrd;
    private int actorOrd;
    private int placeOrd;
    private int eventOrd;
    private int quoteOrd;
    private int divergenceOrd;
    private int positionOrd;
    /** The events whose search entries are written: the first this many, by rowid. */
    private long indexedEvents;

    private StoredDatasetWriter(Connection connection) {
        this.connection = connection;
        this.bulk = new BulkLoad(connection);
    }

    /** Clears what is stored and gets ready to take records. */
    static StoredDatasetWriter begin(Connection connection) throws SQLException {
        StoredDatasetWriter w = new StoredDatasetWriter(connection);
        w.bulk.dropIndexes();
        w.clear();
        return w;
    }

    /** Records between two reports of how many are written: a few hundred reports for 100,000 events. */
    static final int REPORT_EVERY = 1 << 10;

    /**
     * Events between two fills of their search entries from the stored rows. Filled only after
     * the last record, they were 2 s of an import of 100,000 events spent on the writer alone once the file was
     * read; filled as the events come, they are written while the reader still reads.
     */
    static final int INDEX_EVERY = 1 << 12;

    /** Writes {@code ds} whole, in one call. */
    static void replaceWith(Connection connection, Dataset ds, String contentHash, Origin origin, Instant importedAt)
            throws SQLException {
        replaceWith(connection, ds, contentHash, origin, importedAt, WriteProgress.NONE);
    }

    /**
     * As above, telling {@code progress} how many records are written of the whole, then that the search index
     * is built: counted in a local and reported once every {@link #REPORT_EVERY} records, so a row costs nothing more.
     */
    static void replaceWith(Connection connection, Dataset ds, String contentHash, Origin origin, Instant importedAt,
                            WriteProgress progress) throws SQLException {
        try (StoredDatasetWriter w = begin(connection)) {
            progress.step(WriteProgress.Step.RECORDS, (long) ds.sources().size() + ds.actors().size()
                    + ds.places().size() + ds.events().size() + ds.quotes().size() + ds.divergences().size()
                    + ds.positions().size());
            long done = 0;
            for (Source s : ds.sources()) {
                w.source(s);
            }
            done += ds.sources().size();
            for (Actor a : ds.actors()) {
                w.actor(a);
            }
            done += ds.actors().size();
            for (Place p : ds.places()) {
                w.place(p);
            }
            done += ds.places().size();
            w.reportSent(progress, done);
            for (Event e : ds.events()) {
                w.event(e);
                if ((++done & (REPORT_EVERY - 1)) == 0) {
                    w.reportSent(progress, done);
                }
            }
            for (Quote q : ds.quotes()) {
                w.quote(q);
                if ((++done & (REPORT_EVERY - 1)) == 0) {
                    w.reportSent(progress, done);
                }
            }
            for (Divergence d : ds.divergences()) {
                w.divergence(d);
            }
            for (Position p : ds.positions()) {
                w.position(p);
            }
            done += ds.divergences().size() + ds.positions().size();
            w.reportSent(progress, done);
            progress.step(WriteProgress.Step.SEARCH_INDEX, 0);
            w.finishRecords();
            w.datasetRow(ds, contentHash, origin, importedAt);
        }
    }

    /**
     * Sends SQLite the rows still waiting in their batches, then tells {@code progress} that {@code records} are
     * written: counted when handed to the driver, the count had run up to a batch (5,000 rows) ahead of what the
     * database held. A batch sent early costs nothing more: SQLite steps the same rows either way.
     */
    void reportSent(WriteProgress progress, long records) throws SQLException {
        sendPending();
        progress.written(records);
    }

    /** Sends SQLite every row bound so far. */
    void sendPending() throws SQLException {
        for (Batch b : batches.values()) {
            b.flush();
        }
    }

    /**
     * After the last record: the search index filled from the stored rows (the events not yet in it,
     * then the quotes and passages), the indexes built again and the foreign
     * keys checked. The dataset's own row comes next ({@link #datasetRow}).
     */
    void finishRecords() throws SQLException {
        closeBatches();
        indexEvents();
        SearchIndexWriter.quotesAndPassages(connection, sources);
        bulk.recreateIndexes();
        bulk.checkForeignKeys();
    }

    /** The dataset's own row: title, description, content hash, origin, when, focus and zone. The caller commits. */
    void datasetRow(Dataset ds, String contentHash, Origin origin, Instant importedAt) throws SQLException {
        try (Batch b = new Batch(connection, SqlResource.statement(SQL, "dataset"))) {
            b.add(ds.title(), ds.description(), contentHash, origin.id(), importedAt.toString(),
                    ds.declaredFocus().map(f -> f.first().toString()).orElse(null),
                    ds.declaredFocus().map(f -> f.last().toString()).orElse(null),
                    ds.declaredZone().map(ZoneId::getId).orElse(null));
        }
    }

    /** Closes the statements; rows not yet sent are dropped when {@link #finish} was not reached. */
    @Override
    public void close() throws SQLException {
        for (Batch b : batches.values()) {
            b.discard();
        }
        batches.clear();
    }

    private void closeBatches() throws SQLException {
        SQLException first = null;
        for (Batch b : batches.values()) {
            try {
                b.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        batches.clear();
        if (first != null) {
            throw first;
        }
    }

    private void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : SqlResource.statements(SqlResource.statement(SQL, "clear") + ";")) {
                st.execute(sql);
            }
        }
    }

    private Batch batch(String name) throws SQLException {
        Batch b = batches.get(name);
        if (b == null) {
            b = new Batch(connection, SqlResource.statement(SQL, name));
            batches.put(name, b);
        }
        return b;
    }

    void source(Source s) throws SQLException {
        batch("source").add(s.id(), sourceOrd++, s.publisher(), s.title(), s.published().toString(), s.dateline(),
                s.language(), s.file(), s.text(), s.url());
        Batch parts = batch("source_part");
        int ord = 0;
        for (SourcePart p : s.parts()) {
            parts.add(s.id(), ord++, p.kind().id(), p.text(), p.span().start(), p.span().end());
        }
        // Their passages go into the search index after every event and quote, as they always have.
        sources.add(s);
    }

    void actor(Actor a) throws SQLException {
        batch("actor").add(a.id(), actorOrd++, a.name(), a.kind().name(), a.group().id(), a.affiliation(), a.role(),
                a.note());
        Batch aliases = batch("alias");
        int ord = 0;
        for (String alias : a.aliases()) {
            aliases.add(a.id(), ord++, alias);
        }
    }

    void place(Place p) throws SQLException {
        batch("place").add(p.id(), placeOrd++, p.name(), p.lat(), p.lon(), p.kind().name(), p.country(), p.note(),
                p.within());
    }

    void event(Event e) throws SQLException {
        int ord = eventOrd++;
        // The rowid is given, not left to SQLite: rowid order is dataset order (read.sql), and the
        // search index takes the events a stretch of rowids at a time.
        long rowid = ord + 1L;
        TimeSpan t = e.time();
        long startMillis = t.startInstant().toEpochMilli();
        long endMillis = t.endInstant().toEpochMilli();
        batch("event").add(rowid, e.id(), ord, e.title(), e.summary(), t.startText(), t.endText(),
                t.precision().name(), t.zone().getId(), t.start().toString(), t.end().toString(),
                startMillis, endMillis, e.order(),
                // "nowhere in particular" is NULL so the foreign key to places can hold.
                e.place().isEmpty() ? null : e.place(),
                e.kind().id(), e.cameo(), e.track().id(), e.inferred(), e.note(), e.modality().id());
        if (eventOrd - indexedEvents >= INDEX_EVERY) {
            batch("event").flush();
            indexEvents();
        }
        Batch refers = batch("refer");
        int i = 0;
        for (String place : e.refers()) {
            refers.add(e.id(), i++, place);
        }
        Batch participants = batch("participant");
        i = 0;
        for (Participant p : e.actors()) {
            participants.add(e.id(), i++, p.actor(), p.role());
        }
        Batch evidence = batch("evidence");
        i = 0;
        for (Evidence ev : e.evidence()) {
            Span s = ev.span();
            evidence.add(e.id(), i++, ev.source(), ev.text(), s.start(), s.end(), ev.attribution());
        }
    }

    /**
     * The search entries of the events stored since the last fill, copied from their rows: the
     * same entries in the same order (rowid = ord + 1) as one copy of every event after the last record.
     */
    private void indexEvents() throws SQLException {
        if (indexedEvents == eventOrd) {
            return;
        }
        SearchIndexWriter.events(connection, indexedEvents, eventOrd);
        indexedEvents = eventOrd;
    }

    void quote(Quote q) throws SQLException {
        batch("quote").add(q.id(), quoteOrd++, q.text(), q.speaker(), q.source(), q.event(), q.span().start(),
                q.span().end());
    }

    void divergence(Divergence d) throws SQLException {
        batch("divergence").add(d.id(), divergenceOrd++, d.topic(), d.note());
        Batch readings = batch("reading");
        int ord = 0;
        for (Reading r : d.readings()) {
            readings.add(d.id(), ord++, r.source(), r.text(), r.span().start(), r.span().end());
        }
        Batch events = batch("divergence_event");
        ord = 0;
        for (String event : d.events()) {
            events.add(d.id(), ord++, event);
        }
    }

    void position(Position p) throws SQLException {
        batch("position").add(p.id(), positionOrd++, p.title(), p.kind().id(), p.by());
        Batch evidence = batch("position_evidence");
        Batch stances = batch("stance");
        addEvidence(evidence, p.id(), -1, p.evidence());
        int ord = 0;
        for (Stance s : p.stances()) {
            addEvidence(evidence, p.id(), ord, s.evidence());
            stances.add(p.id(), ord++, s.actor(), s.stance().id());
        }
        Batch events = batch("position_event");
        ord = 0;
        for (String event : p.events()) {
            events.add(p.id(), ord++, event);
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
