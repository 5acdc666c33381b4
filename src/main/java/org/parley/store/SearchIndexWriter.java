package org.parley.store;

import java.sql.SQLException;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;

/** Fills the full-text index from a dataset: one entry per event, per quote, per source paragraph. */
final class SearchIndexWriter {

    @FunctionalInterface
    interface BatchFactory {
        Batch batch(String name) throws SQLException;
    }

    private final BatchFactory batches;

    SearchIndexWriter(BatchFactory batches) {
        this.batches = batches;
    }

    void write(Dataset ds) throws SQLException {
        try (Batch b = batches.batch("search_entry")) {
            for (Event e : ds.events()) {
                b.add(SearchHit.Kind.EVENT.name(), e.id(), null, null, e.title(), null, null, e.title(), e.summary());
            }
            for (Quote q : ds.quotes()) {
                String speaker = ds.actor(q.speaker()).map(Actor::name).orElse(q.speaker());
                b.add(SearchHit.Kind.QUOTE.name(), q.event(), q.id(), q.source(), speaker,
                        q.span().start(), q.span().end(), "", q.text());
            }
            for (Source s : ds.sources()) {
                String label = s.publisher() + " — " + s.title();
                for (Span p : Passages.of(s.text())) {
                    b.add(SearchHit.Kind.PASSAGE.name(), null, null, s.id(), label, p.start(), p.end(), "",
                            s.excerpt(p));
                }
            }
        }
    }
}
