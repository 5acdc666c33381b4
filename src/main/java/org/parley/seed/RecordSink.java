package org.parley.seed;

import org.parley.model.Actor;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Source;

/**
 * Takes each record as soon as the reader has checked it, while the rest of the file is still
 * being read, so an import can write as it reads. Records come in the dataset's order within each
 * collection; every source, actor and place comes before the first event that could refer to
 * them, and every event before the first quote, divergence or position. A record handed over may
 * still belong to a dataset that is refused later (a problem found further on): only the reader's
 * result says whether the dataset is sound. Called on the reading thread.
 */
public interface RecordSink {

    /** Takes nothing: for reading without writing. */
    RecordSink NONE = new RecordSink() {
    };

    default void source(Source s) {
    }

    default void actor(Actor a) {
    }

    default void place(Place p) {
    }

    default void event(Event e) {
    }

    default void quote(Quote q) {
    }

    default void divergence(Divergence d) {
    }

    default void position(Position p) {
    }
}
