package org.parley.render.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

/**
 * What the map needs from the data, computed once per dataset or filter (on screen, on the
 * background thread): events per place, the week's route, the places worth a marker and where
 * each actor acted. A frame — pan, zoom, hover, selection — is then built from this without
 * looking at a single event, so its cost depends on the number of places, not of events.
 */
public final class MapData {

    private final Dataset dataset;
    private final Map<String, Integer> counts;
    /** Visible events at or about a place or a place within it; only where that is more than {@link #counts}. */
    private final Map<String, Integer> aroundCounts;
    private final List<RouteStop> route;
    private final Set<String> routePlaces;
    private final List<Place> places;
    private final Map<String, BitSet> placesByActor;
    private final List<String> placeIds;
    /** Visible events at or about a place the map draws (not a vague region such as "post-Soviet space"). */
    private final int placedEvents;
    /** The visible events, placed or not. */
    private final int shownEvents;
    private final int busiest;

    private MapData(Dataset dataset, Map<String, Integer> counts, Map<String, Integer> aroundCounts, List<RouteStop> route,
                    Set<String> routePlaces, List<Place> places, Map<String, BitSet> placesByActor, List<String> placeIds,
                    int placedEvents, int shownEvents, int busiest) {
        this.dataset = dataset;
        this.placedEvents = placedEvents;
        this.shownEvents = shownEvents;
        this.busiest = busiest;
        this.counts = counts;
        this.aroundCounts = aroundCounts;
        this.route = route;
        this.routePlaces = routePlaces;
        this.places = places;
        this.placesByActor = placesByActor;
        this.placeIds = placeIds;
    }

    /**
     * One pass over the visible events, as numbers ({@link MapIndex}), with the dataset's whole route: a slide or
     * handout map tells the week around its step, and its route is the week's.
     */
    public static MapData of(Dataset dataset, List<Event> visibleEvents) {
        return of(dataset, visibleEvents, false);
    }

    /**
     * The same for the explorer's filters, whose route is only the stops whose meetings the filter keeps, with
     * their numbers in the week: filtered to the 1990s or to Crimea, the map had still drawn Geneva, Brussels and
     * Vienna with their January dates, a route a researcher read as what the filter found.
     */
    public static MapData ofFilter(Dataset dataset, List<Event> visibleEvents) {
        return of(dataset, visibleEvents, true);
    }

    private static MapData of(Dataset dataset, List<Event> visibleEvents, boolean routeFollowsFilter) {
        Objects.requireNonNull(dataset, "dataset");
        MapIndex index = MapIndex.of(dataset);
        int[] perPlace = new int[index.placeIds.size()];
        int[] aroundPlace = new int[index.placeIds.size()];
        BitSet[] actorPlaces = new BitSet[index.actorIds.size()];
        boolean[] drawn = new boolean[index.placeIds.size()];
        for (int p = 0; p < drawn.length; p++) {
            drawn[p] = dataset.place(index.placeIds.get(p)).filter(place -> !isVague(place)).isPresent();
        }
        int placed = 0;
        for (int e : index.positionsOf(visibleEvents)) {
            if (e < 0) {
                continue;
            }
            boolean onMap = false;
            for (int place : index.about[e]) {
                perPlace[place]++;
                onMap |= drawn[place];
            }
            placed += onMap ? 1 : 0;
            for (int place : index.around[e]) {
                aroundPlace[place]++;
            }
            int venue = index.venue[e];
            if (venue >= 0) {
                for (int actor : index.actors[e]) {
                    if (actorPlaces[actor] == null) {
                        actorPlaces[actor] = new BitSet(perPlace.length);
                    }
                    actorPlaces[actor].set(venue);
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> aroundCounts = new HashMap<>();
        int busiest = 0;
        for (int p = 0; p < perPlace.length; p++) {
            if (drawn[p]) {
                busiest = Math.max(busiest, perPlace[p]);
            }
            if (perPlace[p] > 0) {
                counts.put(index.placeIds.get(p), perPlace[p]);
            }
            if (aroundPlace[p] > perPlace[p]) {
                aroundCounts.put(index.placeIds.get(p), aroundPlace[p]);
            }
        }
        Map<String, BitSet> byActor = new HashMap<>();
        for (int a = 0; a < actorPlaces.length; a++) {
            if (actorPlaces[a] != null) {
                byActor.put(index.actorIds.get(a), actorPlaces[a]);
            }
        }
        List<RouteStop> route = routeFollowsFilter ? keptStops(index.route, visibleEvents) : index.route;
        Set<String> routePlaces = new HashSet<>();
        route.forEach(stop -> routePlaces.addAll(stop.placeIds()));
        List<Place> shown = new ArrayList<>();
        for (Place place : dataset.places()) {
            if (!isVague(place) && (counts.containsKey(place.id()) || routePlaces.contains(place.id()))) {
                shown.add(place);
            }
        }
        return new MapData(dataset, Map.copyOf(counts), Map.copyOf(aroundCounts), route, Set.copyOf(routePlaces),
                List.copyOf(shown), byActor, index.placeIds, placed, visibleEvents.size(), busiest);
    }

    /**
     * The stops with at least one meeting among {@code events}, in order, keeping their numbers in the week and dated
     * by the meetings kept: filtered to 10 January, Geneva had still said "9–10 Jan", a day the filter had left out.
     */
    private static List<RouteStop> keptStops(List<RouteStop> route, List<Event> events) {
        if (route.isEmpty()) {
            return route;
        }
        Map<String, RouteStop> stopOf = new HashMap<>();
        route.forEach(stop -> stop.meetingIds().forEach(id -> stopOf.put(id, stop)));
        Map<RouteStop, LocalDate[]> keptDays = new HashMap<>();
        int kept = 0;
        for (Event e : events) {
            RouteStop stop = stopOf.get(e.id());
            if (stop == null) {
                continue;
            }
            kept++;
            LocalDate day = e.time().startDate();
            LocalDate[] span = keptDays.computeIfAbsent(stop, s -> new LocalDate[] {day, day});
            span[0] = day.isBefore(span[0]) ? day : span[0];
            span[1] = day.isAfter(span[1]) ? day : span[1];
        }
        if (kept == stopOf.size()) {
            return route;
        }
        List<RouteStop> stops = new ArrayList<>();
        for (RouteStop stop : route) {
            LocalDate[] span = keptDays.get(stop);
            if (span != null) {
                stops.add(stop.withDates(WeekRoute.dateLabel(span[0], span[1])));
            }
        }
        return List.copyOf(stops);
    }

    /**
     * "Europe" or "post-Soviet space" has no point: a circle in the Baltic Sea would say more than
     * the articles do. Regions that name their countries (the Baltic states) or lie in one (Crimea) stay.
     */
    public static boolean isVague(Place place) {
        return place.kind() == PlaceKind.REGION && RegionCountries.of(place).isEmpty();
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Visible events at or about the place. */
    public int events(String placeId) {
        return counts.getOrDefault(placeId, 0);
    }

    /**
     * Visible events at or about the place or a place within it: what filtering by the place keeps
     * (Brussels with NATO headquarters). The same as {@link #events} for a place nothing lies within.
     */
    public int eventsAround(String placeId) {
        return aroundCounts.getOrDefault(placeId, events(placeId));
    }

    public List<RouteStop> route() {
        return route;
    }

    Set<String> routePlaces() {
        return routePlaces;
    }

    /**
     * The most visible events at or about any one place the map draws; 0 when there are none. A vague region is
     * not counted: filtered to NATO's expansions, about "post-Soviet space", the key had said "Events: 1" over a
     * map with no circle.
     */
    public int busiest() {
        return busiest;
    }

    /** How many of the visible events are at or about a place the map draws: the rest have no mark on it. */
    public int placedEvents() {
        return placedEvents;
    }

    /** What the map says of the visible events it has no mark for, if any ({@link UnplacedNote}). */
    public Optional<String> unplacedNote() {
        return UnplacedNote.of(shownEvents, placedEvents);
    }

    /** Places with a visible event or a route stop, in dataset order. */
    public List<Place> places() {
        return places;
    }

    /** Where the actor took part in a visible event. */
    public Set<String> placesOf(String actorId) {
        BitSet places = actorId == null ? null : placesByActor.get(actorId);
        if (places == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        places.stream().forEach(p -> out.add(placeIds.get(p)));
        return out;
    }
}
