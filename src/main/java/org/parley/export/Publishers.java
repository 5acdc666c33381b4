package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Source;

import java.util.List;

/** Who reported what: the publishers behind an event. */
public final class Publishers {

    private Publishers() {
    }

    /** The publishers of the sources that give evidence for {@code event}, in evidence order. */
    public static List<String> of(Dataset data, Event event) {
        return event.evidence().stream().map(Evidence::source).distinct()
                .map(id -> data.source(id).map(Source::publisher).orElse(id))
                .distinct().toList();
    }
}
