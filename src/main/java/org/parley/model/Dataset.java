package org.parley.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One curated, located dataset: the sources and everything anchored in them. Immutable; lists
 * keep the order they were given in, and look-ups by id are constant time.
 */
public final class Dataset {

    /**
     * Narrative order: by the calendar date the sources give (not the UTC instant: "12 January in
     * Moscow" and "12 January in Brussels" are the same day of the story), then by position within
     * the day, then by local start time, then by id for stability.
     */
    /**
     * The story's order: by calendar day, then the curator's order within it, then time and id.
     * Written out rather than chained: a start sorts 100,000 events with it once, in code the JIT
     * has not compiled yet, where each chained key costs a lambda call per comparison.
     */
    public static final Comparator<Event> NARRATIVE_ORDER = (a, b) -> {
        int c = a.time().start().toLocalDate().compareTo(b.time().start().toLocalDate());
        if (c == 0) {
            c = Integer.compare(a.order(), b.order());
        }
        if (c == 0) {
            c = a.time().start().compareTo(b.time().start());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    private final String title;
    private final String description;
    private final List<Source> sources;
    private final List<Actor> actors;
    private final List<Place> places;
    private final List<Event> events;
    private final List<Quote> quotes;
    private final List<Divergence> divergences;
    private final List<Position> positions;
    private final DateRange declaredFocus;
    private final ZoneId declaredZone;

    private final Map<String, Source> sourceById;
    /** Sources per publisher, and per publisher and day: how much {@link #sourceName} must say to tell one apart. */
    private final Map<String, Long> sourcesPerPublisher;
    private final Map<String, Long> sourcesPerPublisherDay;
    private final Map<String, Actor> actorById;
    private final Map<String, Place> placeById;
    private final Map<String, Event> eventById;
    /** Each event's quotes in dataset order; a handout or a presentation asks for every event's. */
    private final Map<String, List<Quote>> quotesByEvent;
    /**
     * Per event, the speakers quoted at it who are not among its participants: what {@link #involves} adds to
     * the participants. Empty in a dataset whose curators listed every speaker (the week), so the actor filter
     * looks no further than each event's participants.
     */
    private final Map<String, Set<String>> quotedBeyondParticipants;
    // Sorted with the rest, on the thread that builds the dataset (never the JavaFX thread), not
    // on the first ask: for 100,000 events the first ask came from the JavaFX thread's filter.
    private final List<Event> narrative;
    private final Optional<DateRange> focus;
    private final ZoneId zone;
    private final Optional<DateRange> span;
    /** Whether any source marks a part that is not reporting (a headline, a caption); most datasets mark none. */
    private final boolean anyNonReportingParts;

    public Dataset(String title, String description, List<Source> sources, List<Actor> actors, List<Place> places,
                   List<Event> events, List<Quote> quotes, List<Divergence> divergences) {
        this(title, description, null, null, sources, actors, places, events, quotes, divergences, List.of());
    }

    public Dataset(String title, String description, List<Source> sources, List<Actor> actors, List<Place> places,
                   List<Event> events, List<Quote> quotes, List<Divergence> divergences, List<Position> positions) {
        this(title, description, null, null, sources, actors, places, events, quotes, divergences, positions);
    }

    public Dataset(String title, String description, DateRange focus, ZoneId zone, List<Source> sources,
                   List<Actor> actors, List<Place> places, List<Event> events, List<Quote> quotes,
                   List<Divergence> divergences) {
        this(title, description, focus, zone, sources, actors, places, events, quotes, divergences, List.of());
    }

    /**
     * @param focus the period the dataset is about, as its curator declares it, or null to derive
     *              the densest one ({@link DensestPeriod})
     * @param zone  the zone its dates are read and drawn in, or null to take the focus events' own
     */
    public Dataset(String title, String description, DateRange focus, ZoneId zone, List<Source> sources,
                   List<Actor> actors, List<Place> places, List<Event> events, List<Quote> quotes,
                   List<Divergence> divergences, List<Position> positions) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = description == null ? "" : description;
        this.sources = List.copyOf(sources);
        this.actors = List.copyOf(actors);
        this.places = List.copyOf(places);
        this.events = List.copyOf(events);
        this.quotes = List.copyOf(quotes);
        this.divergences = List.copyOf(divergences);
        this.positions = List.copyOf(positions);
        this.sourceById = index(this.sources, Source::id);
        this.sourcesPerPublisher = this.sources.stream().collect(Collectors.groupingBy(Source::publisher,
                Collectors.counting()));
        this.sourcesPerPublisherDay = this.sources.stream().collect(Collectors.groupingBy(
                Dataset::publisherDay, Collectors.counting()));
        this.anyNonReportingParts = this.sources.stream().anyMatch(s -> !s.parts().isEmpty());
        this.actorById = index(this.actors, Actor::id);
        this.placeById = index(this.places, Place::id);
        this.eventById = index(this.events, Event::id);
        this.quotesByEvent = this.quotes.stream().collect(Collectors.groupingBy(Quote::event,
                Collectors.toUnmodifiableList()));
        this.quotedBeyondParticipants = quotedBeyondParticipants(this.quotes, this.eventById);
        this.narrative = this.events.stream().sorted(NARRATIVE_ORDER).toList();
        this.declaredFocus = focus;
        this.declaredZone = zone;
        this.focus = focus != null ? Optional.of(focus) : DensestPeriod.of(this.events);
        this.zone = zone != null ? zone : DensestPeriod.zoneOf(this.events, this.focus);
        this.span = spanOf(this.events);
    }

    private static Map<String, Set<String>> quotedBeyondParticipants(List<Quote> quotes, Map<String, Event> events) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Quote q : quotes) {
            Event e = events.get(q.event());
            if (e != null && !e.involves(q.speaker())) {
                out.computeIfAbsent(q.event(), k -> new HashSet<>()).add(q.speaker());
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    /**
     * Whether {@code actorId} is in {@code e}: listed as one of its participants or quoted at it. A speaker
     * quoted at a press briefing is there even when the curators did not list them. This is the one
     * definition Parley counts an actor's events by: the actor filter (one actor, any of several, or all
     * together), the actor network's nodes and lines ("3 events together"), the timeline's and the map's
     * rings for a chosen actor or line, and the exports filtered by actor all ask it.
     */
    public boolean involves(Event e, String actorId) {
        return e.involves(actorId) || quotedBeyondParticipants.getOrDefault(e.id(), Set.of()).contains(actorId);
    }

    /** Every actor {@link #involves} finds in {@code e}: its participants, then the speakers quoted at it beyond them. */
    public Set<String> involved(Event e) {
        Set<String> out = new LinkedHashSet<>();
        e.actors().forEach(p -> out.add(p.actor()));
        out.addAll(quotedBeyondParticipants.getOrDefault(e.id(), Set.of()));
        return out;
    }

    /** Whether any of {@code actorIds} is in {@code e}, as {@link #involves} counts it. */
    public boolean involvesAny(Event e, Set<String> actorIds) {
        // A plain loop: the actor filter asks this of every event on every change, 100,000 times at the budget.
        for (Participant p : e.actors()) {
            if (actorIds.contains(p.actor())) {
                return true;
            }
        }
        if (quotedBeyondParticipants.isEmpty()) {
            return false;
        }
        for (String speaker : quotedBeyondParticipants.getOrDefault(e.id(), Set.of())) {
            if (actorIds.contains(speaker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every one of {@code actorIds} is in {@code e}, as {@link #involves} counts it: the events they share. */
    public boolean involvesAll(Event e, Set<String> actorIds) {
        for (String a : actorIds) {
            if (!involves(e, a)) {
                return false;
            }
        }
        return true;
    }

    /** The events {@code a} and {@code b} share ({@link #involvesAll}); reads only this immutable dataset, so any thread may test it. */
    public Predicate<Event> sharedBy(String a, String b) {
        return e -> involves(e, a) && involves(e, b);
    }

    /** The first day of the earliest event to the last day of the latest; empty for no events. */
    public static Optional<DateRange> spanOf(List<Event> events) {
        LocalDate first = null;
        LocalDate last = null;
        for (Event e : events) {
            LocalDate from = e.time().startDate();
            LocalDate to = e.time().lastDate();
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
        }
        return first == null ? Optional.empty() : Optional.of(new DateRange(first, last.isBefore(first) ? first : last));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> out = new HashMap<>(Math.max(16, (int) (items.size() / 0.75f) + 1));
        for (T item : items) {
            if (out.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + id.apply(item));
            }
        }
        return out;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The focus as declared in the data, empty when it is derived. */
    public Optional<DateRange> declaredFocus() {
        return Optional.ofNullable(declaredFocus);
    }

    /** The zone as declared in the data, empty when it is derived. */
    public Optional<ZoneId> declaredZone() {
        return Optional.ofNullable(declaredZone);
    }

    /**
     * The period the dataset is about — what an export or a presentation shows unless asked for
     * everything: declared, else the densest week; empty only for a dataset without events.
     */
    public Optional<DateRange> focus() {
        return focus;
    }

    /** From the first event's first day to the last event's last day; empty for a dataset without events. */
    public Optional<DateRange> span() {
        return span;
    }

    /** The zone calendar dates are read and axes drawn in: declared, else the focus events' most common. */
    public ZoneId zone() {
        return zone;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Place> places() {
        return places;
    }

    public List<Event> events() {
        return events;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public List<Divergence> divergences() {
        return divergences;
    }

    /** The positions board: demands, offers, conditions and red lines, in curated order. */
    public List<Position> positions() {
        return positions;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourceById.get(id));
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actorById.get(id));
    }

    /**
     * A name for the source that no other source of the dataset shares, for menus, chips and notes:
     * its publisher ("The Washington Post"), with the date when the publisher has several sources,
     * and the title too when it has several that day. The id when there is no such source.
     */
    public String sourceName(String id) {
        Source s = sourceById.get(id);
        if (s == null) {
            return id;
        }
        if (sourcesPerPublisher.get(s.publisher()) == 1) {
            return s.publisher();
        }
        String dated = s.publisher() + ", " + s.published().format(DateTimeFormatter.ofPattern(
                "d MMM u", Locale.ENGLISH));
        return sourcesPerPublisherDay.get(publisherDay(s)) == 1 ? dated : dated + ": " + s.title();
    }

    private static String publisherDay(Source s) {
        return s.publisher() + '\n' + s.published();
    }

    /** {@code ids} and every place that lies within one of them, however deep (a venue in a city in a region). */
    public Set<String> placesWithin(Set<String> ids) {
        Set<String> out = new HashSet<>(ids);
        for (Place p : places) {
            Set<String> seen = new HashSet<>();
            for (String up = p.within(); !up.isEmpty() && seen.add(up); up = place(up).map(Place::within).orElse("")) {
                if (ids.contains(up)) {
                    out.add(p.id());
                    break;
                }
            }
        }
        return Set.copyOf(out);
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(placeById.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventById.get(id));
    }

    /** Events in narrative order (date, then order within the day); sorted once, as the dataset never changes. */
    public List<Event> eventsInNarrativeOrder() {
        return narrative;
    }

    public List<Quote> quotesOf(String eventId) {
        return quotesByEvent.getOrDefault(eventId, List.of());
    }

    public List<Position> positionsOf(String eventId) {
        return positions.stream().filter(p -> p.events().contains(eventId)).toList();
    }

    /** The non-reporting part of its source an evidence falls in; empty for reporting. */
    public Optional<SourcePart> partOf(Evidence evidence) {
        return source(evidence.source()).flatMap(s -> s.partAt(evidence.span()));
    }

    /**
     * What an event known only from non-reporting parts is known from, in words ("photo caption"),
     * or empty for an event with reporting among its evidence.
     */
    public Optional<String> nonReportingKind(Event event) {
        if (!restsOnlyOnNonReporting(event)) {
            return Optional.empty();
        }
        return event.evidence().stream().map(this::partOf).flatMap(Optional::stream).findFirst()
                .map(p -> p.kind().label().toLowerCase(Locale.ROOT));
    }

    /** True when every evidence of the event lies in a headline, caption or other non-reporting part. */
    public boolean restsOnlyOnNonReporting(Event event) {
        // Asked of every item a timeline frame draws: a dataset whose sources mark no part answers at once.
        return anyNonReportingParts && !event.evidence().isEmpty()
                && event.evidence().stream().allMatch(ev -> partOf(ev).isPresent());
    }

    /**
     * Whom the paper credits, in words: "" for plain reporting, "the paper's own analysis" for the
     * reporter, else the actor's name (or the id if the actor is unknown).
     */
    public String creditOf(Evidence evidence) {
        if (!evidence.attributed()) {
            return "";
        }
        if (evidence.attribution().equals(Evidence.REPORTER)) {
            return "the paper's own analysis";
        }
        return actor(evidence.attribution()).map(Actor::name).orElse(evidence.attribution());
    }

    public List<Divergence> divergencesOf(String eventId) {
        return divergences.stream().filter(d -> d.events().contains(eventId)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d
                && title.equals(d.title) && description.equals(d.description)
                && Objects.equals(declaredFocus, d.declaredFocus) && Objects.equals(declaredZone, d.declaredZone)
                && sources.equals(d.sources) && actors.equals(d.actors) && places.equals(d.places)
                && events.equals(d.events) && quotes.equals(d.quotes) && divergences.equals(d.divergences)
                && positions.equals(d.positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, declaredFocus, declaredZone, sources, actors, places, events, quotes, divergences,
                positions);
    }

    @Override
    public String toString() {
        return "Dataset[" + title + ": " + sources.size() + " sources, " + actors.size() + " actors, "
                + places.size() + " places, " + events.size() + " events, " + quotes.size() + " quotes, "
                + divergences.size() + " divergences, " + positions.size() + " positions]";
    }
}
