package org.parley.ui.present;

import java.util.List;
import java.util.Optional;

import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.PositionsSummary;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;

/**
 * What a presentation holds that grows with its events — the steps, the strip drawn under every
 * slide, the positions board's rows — made in one go, so that F5 can make it on the compute thread
 * and the JavaFX thread only puts it on screen. Plain values, no toolkit.
 */
record PreparedDeck(List<Step> steps, TimelineStrip strip, List<PositionsSummary.Row> positions) {

    PreparedDeck {
        steps = List.copyOf(steps);
        positions = List.copyOf(positions);
    }

    /** The deck of {@code steps}, which must not be empty. */
    static PreparedDeck of(Dataset dataset, List<Step> steps) {
        return of(dataset, steps, SourceFilter.ANY);
    }

    /** As {@link #of(Dataset, List)}, the positions board with only the stances {@code papers} report. */
    static PreparedDeck of(Dataset dataset, List<Step> steps, SourceFilter papers) {
        return of(dataset, steps, papers, Optional.empty());
    }

    /** As {@link #of(Dataset, List, SourceFilter)}, the strip greying the days outside {@code kept}. */
    static PreparedDeck of(Dataset dataset, List<Step> steps, SourceFilter papers, Optional<DateRange> kept) {
        List<Event> events = steps.stream().flatMap(s -> s.events().stream()).distinct().toList();
        return new PreparedDeck(steps, new TimelineStrip(events, dataset.zone(), dataset.focus(), kept),
                PositionsSummary.of(dataset, events, papers));
    }

    /** The deck of {@code events} told as {@code placement} says; null when that leaves no step. */
    static PreparedDeck of(Dataset dataset, List<Event> events, ContextPlacement placement,
                           SourceFilter papers) {
        return of(dataset, events, placement, EventFilter.NONE.withSources(papers));
    }

    /**
     * The deck of the events {@code filter} chose, told as {@code placement} says, quoting the papers
     * it keeps, its strip greying the days outside its time range; null when that leaves no step.
     */
    static PreparedDeck of(Dataset dataset, List<Event> events, ContextPlacement placement,
                           EventFilter filter) {
        List<Step> steps = Steps.of(dataset, events, placement, filter.sources());
        return steps.isEmpty() ? null : of(dataset, steps, filter.sources(), filter.keptDays(dataset.zone()));
    }
}
