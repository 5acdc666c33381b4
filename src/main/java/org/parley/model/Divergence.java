package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A fact the papers report differently, with each paper's own wording and the events it concerns. */
public record Divergence(String id, String topic, List<Reading> readings, String note, List<String> events) {
    public Divergence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        readings = List.copyOf(readings);
        note = note == null ? "" : note;
        events = List.copyOf(events == null ? List.of() : events);
    }

    /**
     * Whether it concerns an event {@code shown} accepts; one tied to no event is about the whole
     * dataset and is shown under any filter.
     */
    public boolean concernsAny(Predicate<String> shown) {
        return events.isEmpty() || events.stream().anyMatch(shown);
    }
}
