package org.parley.seed;

import java.util.List;
import org.parley.model.Dataset;
import org.parley.model.Event;

/** The bundled week as another program might have left it in the database, for reload tests. */
public final class EditedWeek {

    private EditedWeek() {
    }

    /** The week with one event retitled, everything else as it was. */
    public static Dataset retitled(String eventId, String title) {
        Dataset week = BundledSeeds.dataset();
        List<Event> events = week.events().stream().map(e -> !e.id().equals(eventId) ? e
                : new Event(e.id(), title, e.summary(), e.time(), e.order(), e.place(), e.refers(), e.kind(), e.cameo(),
                        e.track(), e.actors(), e.evidence(), e.inferred(), e.note(), e.modality())).toList();
        return new Dataset(week.title(), week.description(), week.declaredFocus().orElse(null),
                week.declaredZone().orElse(null), week.sources(), week.actors(), week.places(), events, week.quotes(),
                week.divergences(), week.positions());
    }
}
