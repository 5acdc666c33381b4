package org.parley.store;

import java.sql.SQLException;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;

/**
 * Fills the full-text index: one entry per event, per quote, per source paragraph. Entries are
 * written in that order (events, then quotes, then passages), whether from a whole dataset or
 * record by record as an import streams, so both give the same index, row for row.
 */
final class SearchIndexWriter {

    @FunctionalInterface
    interface BatchFactory {
        Batch batch(String name) throws SQLException;
    }

    private final Batch entries;

    SearchIndexWriter(Batch entries) {
        this.entries = entries;
    }

    /** Writes the whole index of {@code ds}, closing the batch. */
    static void write(BatchFactory batches, Dataset ds) throws SQLException {
        try (Batch b = batches.batch("search_entry")) {
            SearchIndexWriter w = new SearchIndexWriter(b);
            for (Event e : ds.events()) {
                w.event(e);
            }
            for (Quote q : ds.quotes()) {
                w.quote(q, ds.actor(q.speaker()).map(Actor::name).orElse(q.speaker()));
            }
            for (Source s : ds.sources()) {
                w.passages(s);
            }
        }
    }

    void event(Event e) throws SQLException {
        entries.add(SearchHit.Kind.EVENT.name(), e.id(), null, null, e.title(), null, null, e.title(), e.summary());
    }

    /** {@code speaker}: the speaking actor's name (the id when there is no such actor). */
    void quote(Quote q, String speaker) throws SQLException {
        entries.add(SearchHit.Kind.QUOTE.name(), q.event(), q.id(), q.source(), speaker,
                q.span().start(), q.span().end(), "", q.text());
    }

    void passages(Source s) throws SQLException {
        String label = s.publisher() + " — " + s.title();
        for (Span p : Passages.of(s.text())) {
            entries.add(SearchHit.Kind.PASSAGE.name(), null, null, s.id(), label, p.start(), p.end(), "",
                    s.excerpt(p));
        }
    }
}
