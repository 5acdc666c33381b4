package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.seed.BundledSeeds;

/** The map's counts and each actor's places, checked against a plain count over the events. */
class MapDataTest {

    private final Dataset week = BundledSeeds.dataset();

    @Test
    void countsEveryEventOnceAtEachPlaceItHappenedAtOrIsAbout() {
        checkAgainstPlainCount(week.eventsInNarrativeOrder());
    }

    @Test
    void aFiltersEventsAndAnyOtherListCountAlike() {
        List<Event> meetings = week.eventsInNarrativeOrder().stream().filter(e -> e.kind() == EventKind.MEETING)
                .toList();
        checkAgainstPlainCount(meetings);
        List<Event> shuffled = new ArrayList<>(week.events());
        Collections.shuffle(shuffled, new Random(7));
        checkAgainstPlainCount(shuffled);
        checkAgainstPlainCount(List.of());
    }

    @Test
    void anActorsPlacesAreTheVenuesOfTheirVisibleEvents() {
        List<Event> visible = week.eventsInNarrativeOrder();
        MapData data = MapData.of(week, visible);
        Set<String> actors = new HashSet<>();
        visible.forEach(e -> e.actors().forEach(p -> actors.add(p.actor())));
        assertTrue(actors.size() > 5);
        for (String actor : actors) {
            Set<String> expected = new HashSet<>();
            for (Event e : visible) {
                if (!e.place().isEmpty() && e.actors().stream().map(Participant::actor).anyMatch(actor::equals)) {
                    expected.add(e.place());
                }
            }
            assertEquals(expected, data.placesOf(actor), actor);
        }
        assertEquals(Set.of(), data.placesOf("nobody"));
        assertEquals(Set.of(), data.placesOf(null));
    }

    private void checkAgainstPlainCount(List<Event> visible) {
        MapData data = MapData.of(week, visible);
        Set<String> ids = new HashSet<>();
        week.places().forEach(p -> ids.add(p.id()));
        for (String place : ids) {
            long expected = visible.stream().filter(e -> place.equals(e.place()) || e.refers().contains(place)).count();
            assertEquals(expected, data.events(place), place + " among " + visible.size() + " events");
        }
    }

    /**
     * A place's count with what lies within it is what filtering by the place keeps, for every place
     * of the week (Brussels with NATO headquarters), unfiltered and among the meetings alone.
     */
    @Test
    void eventsAroundAPlaceAreWhatAFilterByItKeeps() {
        List<Event> meetings = week.eventsInNarrativeOrder().stream().filter(e -> e.kind() == EventKind.MEETING)
                .toList();
        for (List<Event> visible : List.of(week.eventsInNarrativeOrder(), meetings)) {
            MapData data = MapData.of(week, visible);
            for (Place place : week.places()) {
                Predicate<Event> kept = EventFilter.NONE
                        .withPlaces(Set.of(place.id())).in(week);
                long expected = visible.stream().filter(kept).count();
                assertEquals(expected, data.eventsAround(place.id()), place.id());
            }
        }
        MapData all = MapData.of(week, week.eventsInNarrativeOrder());
        assertTrue(all.eventsAround("brussels") > all.events("brussels"), "Brussels holds NATO headquarters' events too");
    }
}
