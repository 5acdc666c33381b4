package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dataset cut down to the events a filter keeps, with the quotes and divergences that belong
 * to them, and the positions that concern a kept event or no event at all. Sources, actors and
 * places stay whole: they are the reference the kept events point into.
 */
final class EventSubset {

    private EventSubset() {
    }

    static Dataset of(Dataset data, Predicate<Event> keep) {
        List<Event> events = data.events().stream().filter(keep).toList();
        if (events.size() == data.events().size()) {
            return data;
        }
        Set<String> kept = events.stream().map(Event::id).collect(Collectors.toSet());
        return new Dataset(data.title(), data.description(), data.declaredFocus().orElse(null),
                data.declaredZone().orElse(null), data.sources(), data.actors(), data.places(), events,
                data.quotes().stream().filter(q -> kept.contains(q.event())).toList(),
                data.divergences().stream().filter(d -> d.events().stream().anyMatch(kept::contains)).toList(),
                data.positions().stream().filter(p -> p.events().isEmpty() || p.events().stream().anyMatch(kept::contains))
                        .toList());
    }
}
