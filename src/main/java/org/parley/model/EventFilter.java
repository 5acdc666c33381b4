package org.parley.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The explorer's active filters. Within one facet any value may match (actor A or B); across
 * facets all must (actor A and kind "meeting"). The actors may instead be asked for all together
 * ({@link ActorMatch#ALL}: events A and B share, what a line of the actor network stands for). An actor
 * is in an event as {@link Dataset#involves} counts it, a participant or quoted at it, in either mode and
 * in the network alike. Empty facets do not filter. The time range keeps
 * events that overlap it; null ends are open. Its ends are instants, read as wall-clock times in the
 * dataset's zone and compared with each event's own wall-clock times (venue local time, as the
 * timeline's days are): a range ending with 11 January keeps no event of 12 January in Moscow, whose
 * midnight comes two hours before Brussels'.
 *
 * <p>An event dated only more roughly than a day (a month, a season, a year) is kept by a range only when its
 * whole month, season or year lies within it, unless {@code roughlyDated} is asked for: "January 2022" may be any
 * of 31 days, so it does not answer "what happened on 12 January" (decision 0167).
 * {@link #leftOutAsRoughlyDated} finds what the range leaves out for that alone, for the count a status line says.
 */
public record EventFilter(Set<String> actors, Set<EventKind> kinds, Set<String> places, SourceFilter sources,
                          Instant from, Instant to, ActorMatch actorMatch, boolean roughlyDated) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), SourceFilter.ANY, null, null);

    /** How the chosen actors are matched: an event with any one of them, or only one with every one of them. */
    public enum ActorMatch {
        /** An event with at least one of the chosen actors. */
        ANY,
        /** An event every chosen actor is in ({@link Dataset#involvesAll}): what they share. */
        ALL
    }

    public EventFilter {
        actors = Set.copyOf(actors);
        kinds = Set.copyOf(kinds);
        places = Set.copyOf(places);
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(actorMatch, "actorMatch");
    }

    /** A filter whose actors match any of them, as the explorer's filter does unless asked otherwise. */
    public EventFilter(Set<String> actors, Set<EventKind> kinds, Set<String> places, SourceFilter sources,
                       Instant from, Instant to) {
        this(actors, kinds, places, sources, from, to, ActorMatch.ANY);
    }

    /** A filter whose range keeps only what is dated within it, unless asked ({@link #withRoughlyDated}). */
    public EventFilter(Set<String> actors, Set<EventKind> kinds, Set<String> places, SourceFilter sources,
                       Instant from, Instant to, ActorMatch actorMatch) {
        this(actors, kinds, places, sources, from, to, actorMatch, false);
    }

    /** Whether the events kept must have every chosen actor, and there are two or more to have: one actor is one either way. */
    public boolean wantsAllActors() {
        return actorMatch == ActorMatch.ALL && actors.size() > 1;
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
        LocalDateTime first = local(from, data.zone());
        LocalDateTime end = local(to, data.zone());
        return e -> f.test(data, e, sources, first, end);
    }

    /**
     * The events this filter leaves out only because they are dated more roughly than a day and their month,
     * season or year runs past its range: what {@code withRoughlyDated(true)} would add. None when no range is
     * set or they are kept already.
     */
    public Predicate<Event> leftOutAsRoughlyDated(Dataset data) {
        if (roughlyDated || (from == null && to == null)) {
            return e -> false;
        }
        Predicate<Event> kept = in(data);
        Predicate<Event> keptWhenAsked = withRoughlyDated(true).in(data);
        // Dated to the day or finer, the range keeps or leaves an event alike either way: only the rest is tested,
        // so the status line's count costs next to nothing on top of the filter where most events are dated to the day.
        return e -> !e.time().precision().atLeast(Precision.DAY) && keptWhenAsked.test(e) && !kept.test(e);
    }

    private static LocalDateTime local(Instant t, ZoneId zone) {
        return t == null ? null : LocalDateTime.ofInstant(t, zone);
    }

    private boolean test(Dataset data, Event e, int sourceCount, LocalDateTime first, LocalDateTime end) {
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        if (!actors.isEmpty() && !(actorMatch == ActorMatch.ALL ? data.involvesAll(e, actors) : data.involvesAny(e, actors))) {
            return false;
        }
        if (!places.isEmpty() && !places.contains(e.place()) && e.refers().stream().noneMatch(places::contains)) {
            return false;
        }
        if (first != null && !e.time().end().isAfter(first)) {
            return false;
        }
        if (end != null && !e.time().start().isBefore(end)) {
            return false;
        }
        if (!roughlyDated && !withinRange(e.time(), first, end)) {
            return false;
        }
        return sources.test(e, sourceCount);
    }

    /**
     * Whether {@code time} is dated within the range from {@code first} to {@code end} (exclusive; null ends are
     * open), given it overlaps it: an event dated to the day or finer is, on each day it names; a rougher one is
     * when its whole span lies within.
     */
    private static boolean withinRange(TimeSpan time, LocalDateTime first, LocalDateTime end) {
        return time.precision().atLeast(Precision.DAY)
                || (first == null || !time.start().isBefore(first)) && (end == null || !time.end().isAfter(end));
    }

    public EventFilter withActors(Set<String> a) {
        return new EventFilter(a, kinds, places, sources, from, to, actorMatch, roughlyDated);
    }

    public EventFilter withActorMatch(ActorMatch m) {
        return new EventFilter(actors, kinds, places, sources, from, to, m, roughlyDated);
    }

    public EventFilter withKinds(Set<EventKind> k) {
        return new EventFilter(actors, k, places, sources, from, to, actorMatch, roughlyDated);
    }

    public EventFilter withPlaces(Set<String> p) {
        return new EventFilter(actors, kinds, p, sources, from, to, actorMatch, roughlyDated);
    }

    public EventFilter withSources(SourceFilter s) {
        return new EventFilter(actors, kinds, places, s, from, to, actorMatch, roughlyDated);
    }

    public EventFilter withRange(Instant f, Instant t) {
        return new EventFilter(actors, kinds, places, sources, f, t, actorMatch, roughlyDated);
    }

    /** This filter, its range keeping (or not) the events dated more roughly than a day that overlap it. */
    public EventFilter withRoughlyDated(boolean keep) {
        return new EventFilter(actors, kinds, places, sources, from, to, actorMatch, keep);
    }

    /**
     * The calendar days this filter's time range keeps, read in {@code zone} (the dataset's); empty
     * when it keeps all time. The one rule by which a slide's day strip and a handout's day bars mark
     * the days outside the filter (decision 0132).
     */
    public Optional<DateRange> keptDays(ZoneId zone) {
        if (from == null && to == null) {
            return Optional.empty();
        }
        // The end is exclusive: a range up to midnight keeps the day before it.
        LocalDate first = from == null ? LocalDate.MIN : LocalDate.ofInstant(from, zone);
        LocalDate last = to == null ? LocalDate.MAX : LocalDate.ofInstant(to.minusNanos(1), zone);
        return last.isBefore(first) ? Optional.empty() : Optional.of(new DateRange(first, last));
    }
}
