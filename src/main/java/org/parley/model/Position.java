package org.parley.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A demand, offer, condition or red line on the table, put by {@code by}, with each party's
 * reported stance towards it and the events where it came up.
 */
public record Position(String id, String title, PositionKind kind, String by, List<Evidence> evidence,
                       List<Stance> stances, List<String> events) {
    public Position {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        stances = List.copyOf(stances == null ? List.of() : stances);
        events = List.copyOf(events == null ? List.of() : events);
    }

    public Optional<Stance> stanceOf(String actor) {
        return stances.stream().filter(s -> s.actor().equals(actor)).findFirst();
    }

    /**
     * The stance shown for {@code actor}: the one given, or, for the proposer without one, that it
     * proposes, on the position's own evidence.
     */
    public Optional<Stance> effectiveStance(String actor) {
        Optional<Stance> given = stanceOf(actor);
        if (given.isPresent() || !actor.equals(by)) {
            return given;
        }
        return Optional.of(new Stance(by, StanceKind.PROPOSES, evidence));
    }

    /**
     * Each party's stance, the proposer's first, whose own passages meet {@code papers}: what those
     * papers report of the position. A paper reporting the events it came up at does not report every
     * stance taken there.
     */
    public List<Stance> stancesReported(SourceFilter papers, int sourceCount) {
        return parties().stream().map(this::effectiveStance).flatMap(Optional::stream)
                .filter(s -> papers.test(s.evidence(), sourceCount)).toList();
    }

    /**
     * Whether it came up at an event {@code shown} accepts; one tied to no event is about the whole
     * dataset and is shown under any filter.
     */
    public boolean concernsAny(Predicate<String> shown) {
        return events.isEmpty() || events.stream().anyMatch(shown);
    }

    /** The proposer, then every actor with a stance, each once. */
    public List<String> parties() {
        Set<String> out = new LinkedHashSet<>();
        out.add(by);
        stances.forEach(s -> out.add(s.actor()));
        return List.copyOf(out);
    }
}
