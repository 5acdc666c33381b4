package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.SourceFilter;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dataset cut down to the events a filter keeps, with the quotes that belong to them (of the filtered
 * paper alone, filtered to one: {@link SourceFilter#keepsQuoteFrom}), and the
 * divergences and positions that concern a kept event or no event at all. Actors and places stay
 * whole: they are the reference the kept events point into (but for the places of the CSV set and the
 * GeoJSON, {@link #withTheirPlaces}). Sources are those the kept records cite: 253 events of a thousand articles
 * credited all thousand, in the credit line and about.txt.
 */
final class EventSubset {

    private EventSubset() {
    }

    static Dataset of(Dataset data, Predicate<Event> keep) {
        return of(data, keep, Optional.empty());
    }

    /**
     * As {@link #of(Dataset, Predicate)}; a {@code note} saying which filter kept the events ("Filtered:
     * actor …") goes first in the description, and the title says "(filtered)", so a page, a map layer
     * or a slide show made from the file never passes for the whole dataset.
     */
    static Dataset of(Dataset data, Predicate<Event> keep, Optional<String> note) {
        return of(data, keep, note, SourceFilter.ANY, false);
    }

    /**
     * As {@link #of(Dataset, Predicate, Optional)}, with only the quotations {@code papers} keeps
     * ({@link SourceFilter#keepsQuoteFrom}): filtered to one paper, the other paper's quotations of the
     * events both report are not the filtered paper's words, and the slides and the board leave them out too.
     */
    static Dataset of(Dataset data, Predicate<Event> keep, Optional<String> note, SourceFilter papers) {
        return of(data, keep, note, papers, false);
    }

    /**
     * As {@link #of(Dataset, Predicate, Optional)}, with only the places the kept events are at or
     * about and those they lie within, for the CSV set and the GeoJSON: both count events per place,
     * and a filtered table or map layer of every place, most of them at zero, read as where nothing
     * happened.
     */
    static Dataset withTheirPlaces(Dataset data, Predicate<Event> keep, Optional<String> note) {
        return of(data, keep, note, SourceFilter.ANY, true);
    }

    /** As {@link #withTheirPlaces(Dataset, Predicate, Optional)}, with only the quotations {@code papers} keeps. */
    static Dataset withTheirPlaces(Dataset data, Predicate<Event> keep, Optional<String> note, SourceFilter papers) {
        return of(data, keep, note, papers, true);
    }

    private static Dataset of(Dataset data, Predicate<Event> keep, Optional<String> note, SourceFilter papers,
                              boolean theirPlaces) {
        List<Event> events = data.events().stream().filter(keep).toList();
        if (events.size() == data.events().size() && note.isEmpty()) {
            return data;
        }
        Set<String> kept = events.stream().map(Event::id).collect(Collectors.toSet());
        Dataset named = note.map(n -> FilterNote.labelled(data, n, papers)).orElse(data);
        List<Quote> quotes = data.quotes().stream()
                .filter(q -> kept.contains(q.event()) && papers.keepsQuoteFrom(q.source())).toList();
        List<Divergence> divergences = data.divergences().stream().filter(d -> d.concernsAny(kept::contains)).toList();
        List<Position> positions = data.positions().stream().filter(p -> p.concernsAny(kept::contains)).toList();
        Set<String> cited = new HashSet<>();
        events.forEach(e -> e.evidence().forEach(ev -> cited.add(ev.source())));
        quotes.forEach(q -> cited.add(q.source()));
        divergences.forEach(d -> d.readings().forEach(r -> cited.add(r.source())));
        positions.forEach(p -> {
            p.evidence().forEach(ev -> cited.add(ev.source()));
            p.stances().forEach(st -> st.evidence().forEach(ev -> cited.add(ev.source())));
        });
        return new Dataset(named.title(), named.description(), data.declaredFocus().orElse(null),
                data.declaredZone().orElse(null), data.sources().stream().filter(src -> cited.contains(src.id())).toList(),
                data.actors(), theirPlaces ? PlaceRows.namedBy(data, events) : data.places(), events, quotes, divergences,
                positions);
    }
}
