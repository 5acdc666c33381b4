package org.parley.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The explorer's active filters. Within one facet any value may match (actor A or B); across
 * facets all must (actor A and kind "meeting"). Empty facets do not filter. The time range keeps
 * events that overlap it; null ends are open.
 */
public record EventFilter(Set<String> actors, Set<EventKind> kinds, Set<String> places, SourceFilter sources,
                          Instant from, Instant to) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), SourceFilter.ANY, null, null);

    public EventFilter {
        actors = Set.copyOf(actors);
        kinds = Set.copyOf(kinds);
        places = Set.copyOf(places);
        Objects.requireNonNull(sources, "sources");
    }

    public boolean isEmpty() {
        return actors.isEmpty() && kinds.isEmpty() && places.isEmpty() && sources.mode() == SourceFilter.Mode.ANY
                && from == null && to == null;
    }

    /**
     * This filter over {@code data}'s events. A place chosen includes the places that lie within it:
     * Brussels keeps the meetings at NATO headquarters, Brussels, as the map's Brussels marker counts them.
     */
    public Predicate<Event> in(Dataset data) {
        int sources = data.sources().size();
        EventFilter f = places.isEmpty() ? this : withPlaces(data.placesWithin(places));
        return e -> f.test(e, sources);
    }

    /** Whether {@code e} passes, its place and the places it refers to taken as they are (see {@link #in}). */
    public boolean test(Event e, int sourceCount) {
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        if (!actors.isEmpty() && !involvesAny(e)) {
            return false;
        }
        if (!places.isEmpty() && !places.contains(e.place()) && e.refers().stream().noneMatch(places::contains)) {
            return false;
        }
        if (from != null && !e.time().endInstant().isAfter(from)) {
            return false;
        }
        if (to != null && !e.time().startInstant().isBefore(to)) {
            return false;
        }
        return sources.test(e, sourceCount);
    }

    // A plain loop: this runs for every event on every filter change, 100,000 times at the budget.
    private boolean involvesAny(Event e) {
        for (Participant p : e.actors()) {
            if (actors.contains(p.actor())) {
                return true;
            }
        }
        return false;
    }

    public EventFilter withActors(Set<String> a) {
        return new EventFilter(a, kinds, places, sources, from, to);
    }

    public EventFilter withKinds(Set<EventKind> k) {
        return new EventFilter(actors, k, places, sources, from, to);
    }

    public EventFilter withPlaces(Set<String> p) {
        return new EventFilter(actors, kinds, p, sources, from, to);
    }

    public EventFilter withSources(SourceFilter s) {
        return new EventFilter(actors, kinds, places, s, from, to);
    }

    public EventFilter withRange(Instant f, Instant t) {
        return new EventFilter(actors, kinds, places, sources, f, t);
    }
}
