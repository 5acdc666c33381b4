package org.parley.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Place;
import org.parley.model.Precision;
import org.parley.seed.BundledSeeds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** One selection everywhere: the rules every panel relies on when it sets a place, an actor or an event. */
class ExplorerStateSelectionTest {

    private final Dataset week = BundledSeeds.dataset();
    private ExplorerState state;

    @BeforeEach
    void setUp() {
        state = new ExplorerState();
        state.datasetProperty().set(week);
    }

    /**
     * A passage asked for (a stance on the board, read behind the board) is let go of once another event is
     * chosen: a source reader first built after that turned to the old passage, away from the event chosen since.
     */
    @Test
    void choosingAnotherEventLetsGoOfThePassageAskedForBefore() {
        state.selectedEventProperty().set("nrc-nato-rejects-demands");
        Passage words = new Passage("nyt", 247, 320);
        state.readPassage(words);
        state.selectedEventProperty().set("nrc-nato-rejects-demands");
        assertEquals(words, state.passageToReadProperty().get(), "the same event chosen again keeps it");
        state.selectedEventProperty().set("geneva-talks");
        assertNull(state.passageToReadProperty().get());
    }

    @Test
    void choosingAPlaceSelectsItsFirstEventInTheStory() {
        state.selectedEventProperty().set("geneva-talks");
        state.selectedPlaceProperty().set("vienna");
        Event selected = state.selectedEvent().orElseThrow();
        assertTrue(ExplorerState.isAt(selected, "vienna"), selected.id() + " is not in Vienna");
        Event first = state.visibleEventsProperty().get().stream().filter(e -> ExplorerState.isAt(e, "vienna"))
                .findFirst().orElseThrow();
        assertEquals(first.id(), selected.id());
        assertEquals("vienna", state.selectedPlaceProperty().get());
    }

    /** The story's order starts with the background: Brussels had chosen the missions shut in the fall of 2021. */
    @Test
    void aPlaceOrAnActorChoosesItsFirstEventOfTheTalksNotOfTheBackground() {
        state.selectedPlaceProperty().set("brussels");
        Event brussels = state.selectedEvent().orElseThrow();
        assertTrue(week.focus().orElseThrow().contains(brussels.time().startDate()), brussels.id() + " " + brussels.time());
        assertEquals(Precision.DAY, brussels.time().precision());
        state.selectedEventProperty().set(null);
        state.selectedPlaceProperty().set(null);
        state.selectedActorProperty().set("united-states");
        Event us = state.selectedEvent().orElseThrow();
        assertTrue(week.focus().orElseThrow().contains(us.time().startDate()), us.id() + " is not of the talks: " + us.time());
        // No event of theirs is dated to a day of the week: their "Jan 2022", not the background's 2008.
        state.selectedEventProperty().set(null);
        state.selectedActorProperty().set(null);
        state.selectedActorProperty().set("us-officials");
        assertEquals("us-officials-no-drawback", state.selectedEventProperty().get());
    }

    /**
     * Reading years away from the focus, a place or an actor chooses their first event in the years read: among
     * 100,000 events a click on a place while reading 2015 chose its first of 2000, and the timeline left 2015.
     */
    @Test
    void readingYearsAwayFromTheFocusAPlaceOrAnActorChoosesTheirFirstEventThere() {
        Instant from = Instant.parse("2013-01-01T00:00:00Z");
        Instant to = Instant.parse("2016-01-01T00:00:00Z");
        state.timeWindowProperty().set(new ExplorerState.TimeWindow(from, to));
        state.chooseActor("russia");
        Event chosen = state.selectedEvent().orElseThrow();
        assertTrue(!chosen.time().startInstant().isBefore(from) && chosen.time().startInstant().isBefore(to),
                chosen.id() + " " + chosen.time());
        Event firstThere = state.visibleEventsProperty().get().stream().filter(e -> e.involves("russia")
                && !e.time().startInstant().isBefore(from) && e.time().startInstant().isBefore(to)).findFirst().orElseThrow();
        assertEquals(firstThere.id(), chosen.id());
        // The week in view: the story's rule, the first event of the talks.
        state.selectedEventProperty().set(null);
        state.selectedActorProperty().set(null);
        state.timeWindowProperty().set(new ExplorerState.TimeWindow(Instant.parse("2022-01-09T00:00:00Z"),
                Instant.parse("2022-01-14T00:00:00Z")));
        state.chooseActor("russia");
        assertTrue(week.focus().orElseThrow().contains(state.selectedEvent().orElseThrow().time().startDate()));
    }

    /**
     * Years of events with the focus in view: a place with no event of the focus chooses its first in the years
     * shown, not its first of all (a click while reading 2015–2024 had chosen an event of 2000).
     */
    @Test
    void aPlaceWithNoEventOfTheFocusChoosesItsFirstInTheYearsShown() {
        Dataset years = SyntheticDataAccess.dataset(20_000);
        state.datasetProperty().set(years);
        DateRange focus = years.focus().orElseThrow();
        Instant from = focus.startIn(years.zone()).minus(Duration.ofDays(3 * 365));
        Instant to = focus.endIn(years.zone()).plus(Duration.ofDays(3 * 365));
        List<Event> events = state.visibleEventsProperty().get();
        BiPredicate<Event, String> at = ExplorerState::isAt;
        Place place = years.places().stream().filter(p -> events.stream().noneMatch(e -> at.test(e, p.id())
                        && focus.overlaps(e.time().startDate(), e.time().lastDate())))
                .filter(p -> events.stream().anyMatch(e -> at.test(e, p.id()) && e.time().startInstant().isBefore(from)))
                .filter(p -> events.stream().anyMatch(e -> at.test(e, p.id()) && !e.time().startInstant().isBefore(from)
                        && e.time().startInstant().isBefore(to)))
                .findFirst().orElseThrow(() -> new AssertionError("no place with events before and in the years shown"
                        + " and none in the focus"));
        state.timeWindowProperty().set(new ExplorerState.TimeWindow(from, to));
        state.choosePlace(place.id());
        Event chosen = state.selectedEvent().orElseThrow();
        assertTrue(!chosen.time().startInstant().isBefore(from) && chosen.time().startInstant().isBefore(to),
                place.id() + " chose " + chosen.id() + " " + chosen.time() + ", outside " + from + " – " + to);
    }

    /** Brussels keeps the meetings at NATO headquarters, which lies within it, as its map marker counts them. */
    @Test
    void filteringByACityKeepsTheEventsAtPlacesWithinIt() {
        state.filterProperty().set(EventFilter.NONE.withPlaces(Set.of("brussels")));
        List<String> kept = state.visibleEventsProperty().get().stream().map(Event::id).toList();
        assertTrue(kept.contains("nrc-meeting"), "the NATO–Russia meeting at NATO headquarters: " + kept);
        assertTrue(state.visibleEventsProperty().get().stream().noneMatch(e -> e.place().equals("vienna")), "nothing elsewhere");
    }

    /** A second click on a marker whose event was let go selects it again, and the views follow. */
    @Test
    void choosingTheSelectedPlaceAgainSelectsItsEventAgain() {
        state.choosePlace("vienna");
        String event = state.selectedEventProperty().get();
        assertNotNull(event);
        state.selectedEventProperty().set(null);
        assertEquals("vienna", state.selectedPlaceProperty().get());
        state.choosePlace("vienna");
        assertEquals(event, state.selectedEventProperty().get());
        state.selectedEventProperty().set(null);
        state.selectedPlaceProperty().set(null);
        state.chooseActor("grushko");
        String grushko = state.selectedEventProperty().get();
        state.selectedEventProperty().set(null);
        state.chooseActor("grushko");
        assertEquals(grushko, state.selectedEventProperty().get());
    }

    @Test
    void aPlaceKeepsTheSelectedEventWhenItIsAlreadyThere() {
        Event inVienna = week.events().stream().filter(e -> ExplorerState.isAt(e, "vienna")).reduce((a, b) -> b)
                .orElseThrow();
        state.selectedEventProperty().set(inVienna.id());
        state.selectedPlaceProperty().set("vienna");
        assertEquals(inVienna.id(), state.selectedEventProperty().get());
    }

    @Test
    void choosingAnEventElsewhereLetsGoOfThePlaceAndTheActor() {
        state.selectedPlaceProperty().set("vienna");
        assertNotNull(state.selectedPlaceProperty().get());
        Event notInVienna = week.events().stream().filter(e -> !ExplorerState.isAt(e, "vienna")).findFirst()
                .orElseThrow();
        state.selectedEventProperty().set(notInVienna.id());
        assertNull(state.selectedPlaceProperty().get());

        String actor = week.events().stream().flatMap(e -> e.actors().stream()).findFirst().orElseThrow().actor();
        state.selectedActorProperty().set(actor);
        assertTrue(state.selectedEvent().orElseThrow().involves(actor));
        Event without = week.events().stream().filter(e -> !e.involves(actor)).findFirst().orElseThrow();
        state.selectedEventProperty().set(without.id());
        assertNull(state.selectedActorProperty().get());
    }

    @Test
    void aDivergenceStaysChosenOnlyWhileItsEventIsSelected() {
        Divergence d = week.divergences().get(0);
        state.selectedDivergenceProperty().set(d.id());
        state.selectedEventProperty().set(d.events().get(0));
        assertEquals(d.id(), state.selectedDivergenceProperty().get());
        Event other = week.events().stream().filter(e -> !d.events().contains(e.id())).findFirst().orElseThrow();
        state.selectedEventProperty().set(other.id());
        assertNull(state.selectedDivergenceProperty().get());
    }

    /**
     * Letting go of the event (Escape, Clear selection) lets go of the Compare tab's fact chosen with it: the
     * card stayed marked and the articles kept marking its readings, with nothing selected.
     */
    @Test
    void lettingGoOfTheEventLetsGoOfTheDivergenceChosenWithIt() {
        Divergence d = week.divergences().get(0);
        state.selectedEventProperty().set(d.events().get(0));
        state.selectedDivergenceProperty().set(d.id());
        state.selectedEventProperty().set(null);
        assertNull(state.selectedDivergenceProperty().get());
    }

    /** A filter that hides the chosen fact's event hides its card: its readings are no longer marked either. */
    @Test
    void aFilterHidingTheDivergencesEventLetsGoOfIt() {
        Divergence d = week.divergences().stream().filter(x -> x.events().size() == 1).findFirst().orElseThrow();
        Event e = week.event(d.events().get(0)).orElseThrow();
        state.selectedEventProperty().set(e.id());
        state.selectedDivergenceProperty().set(d.id());
        Set<EventKind> others = EnumSet.allOf(EventKind.class);
        others.remove(e.kind());
        state.filterProperty().set(EventFilter.NONE.withKinds(others));
        assertNull(state.selectedEventProperty().get());
        assertNull(state.selectedDivergenceProperty().get());
    }

    /**
     * An event the filters hide can be selected (a search hit "hidden by the filters"): next and previous go to the
     * shown events either side of it in the story, not back to the first event in the timeline's window.
     */
    @Test
    void steppingFromAHiddenEventGoesToTheShownEventsBesideIt() {
        List<Event> all = week.eventsInNarrativeOrder();
        Event hidden = all.stream().filter(e -> e.kind() == EventKind.MILITARY).skip(1).findFirst()
                .orElse(all.stream().filter(e -> e.kind() == EventKind.MILITARY).findFirst().orElseThrow());
        Set<EventKind> others = EnumSet.allOf(EventKind.class);
        others.remove(hidden.kind());
        state.filterProperty().set(EventFilter.NONE.withKinds(others));
        int at = all.indexOf(hidden);
        Event before = all.subList(0, at).stream().filter(e -> e.kind() != hidden.kind()).reduce((a, b) -> b).orElseThrow();
        Event after = all.subList(at + 1, all.size()).stream().filter(e -> e.kind() != hidden.kind()).findFirst().orElseThrow();
        state.selectedEventProperty().set(hidden.id());
        state.step(1);
        assertEquals(after.id(), state.selectedEventProperty().get());
        state.selectedEventProperty().set(hidden.id());
        state.step(-1);
        assertEquals(before.id(), state.selectedEventProperty().get());
    }

    @Test
    void steppingWalksTheVisibleEventsInTheStorysOrder() {
        var visible = state.visibleEventsProperty().get();
        state.step(1);
        assertEquals(visible.get(0).id(), state.selectedEventProperty().get(), "with nothing selected, the first");
        for (int i = 1; i < visible.size(); i++) {
            state.step(1);
            assertEquals(visible.get(i).id(), state.selectedEventProperty().get());
        }
        state.step(1);
        assertEquals(visible.get(visible.size() - 1).id(), state.selectedEventProperty().get(), "the last stays");
        state.step(-1);
        assertEquals(visible.get(visible.size() - 2).id(), state.selectedEventProperty().get());
        state.selectedEventProperty().set(null);
        state.step(-1);
        assertEquals(visible.get(visible.size() - 1).id(), state.selectedEventProperty().get(),
                "back with nothing selected: the last");
    }

    /** With nothing selected, the first press picks from what the timeline shows, not from the 1990s. */
    @Test
    void steppingWithNothingSelectedStartsInTheTimelinesWindow() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        state.timeWindowProperty().set(new ExplorerState.TimeWindow(
                LocalDate.parse("2022-01-09").atStartOfDay(brussels).toInstant(),
                LocalDate.parse("2022-01-14").atStartOfDay(brussels).toInstant()));
        var visible = state.visibleEventsProperty().get();
        List<Event> begunInWeek = visible.stream().filter(e -> !e.time().startDate().isBefore(
                LocalDate.parse("2022-01-09")) && e.time().startDate().isBefore(
                LocalDate.parse("2022-01-14"))).toList();
        state.step(1);
        assertEquals("geneva-dinner", state.selectedEventProperty().get(), "the week's story opens with the dinner");
        assertEquals(begunInWeek.get(0).id(), state.selectedEventProperty().get());

        state.selectedEventProperty().set(null);
        state.step(-1);
        assertEquals(begunInWeek.get(begunInWeek.size() - 1).id(), state.selectedEventProperty().get());
    }

    @Test
    void aVisibleEventsPlaceIsFoundAndAHiddenOneIsNot() {
        Event kept = week.events().get(3);
        state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(kept.kind())));
        var visible = state.visibleEventsProperty().get();
        for (int i = 0; i < visible.size(); i++) {
            assertEquals(i, state.visibleIndexOf(visible.get(i).id()));
        }
        Event hidden = week.events().stream().filter(e -> e.kind() != kept.kind()).findFirst().orElseThrow();
        assertEquals(-1, state.visibleIndexOf(hidden.id()));
        assertEquals(-1, state.visibleIndexOf("no-such-event"));
        assertEquals(-1, state.visibleIndexOf(null));
    }
}
