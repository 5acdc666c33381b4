package org.parley.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Participant;
import org.parley.seed.BundledSeeds;
import org.parley.seed.EditedWeek;

/**
 * Reloading after another program changed the database keeps what the user was doing, as far as
 * it still exists: a researcher's filters, selection and reading were all thrown away by a Reload
 * that only retitled one event. Another dataset (an import) still starts afresh.
 */
class ExplorerStateReloadTest {

    private final Dataset week = BundledSeeds.dataset();
    private ExplorerState state;

    @BeforeEach
    void setUp() {
        state = new ExplorerState();
        state.datasetProperty().set(week);
    }

    @Test
    void filtersSelectionsAndTheReadingCarryOverWhenTheirRecordsStillExist() {
        Event event = week.events().stream().filter(e -> e.kind() == EventKind.MEETING && !e.actors().isEmpty())
                .filter(e -> !week.divergencesOf(e.id()).isEmpty()).findFirst().orElseThrow();
        String actor = event.actors().get(0).actor();
        EventFilter filter = EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)).withActors(Set.of(actor));
        state.filterProperty().set(filter);
        state.selectedEventProperty().set(event.id());
        state.selectedActorProperty().set(actor);
        String divergence = week.divergencesOf(event.id()).get(0).id();
        state.selectedDivergenceProperty().set(divergence);
        Passage reading = new Passage(week.sources().get(0).id(), 10, 40);
        state.passageToReadProperty().set(reading);

        Dataset changed = EditedWeek.retitled(event.id(), "Retitled by another program");
        state.reload(changed);

        assertEquals(changed, state.dataset());
        assertEquals(filter, state.filterProperty().get());
        assertEquals(event.id(), state.selectedEventProperty().get());
        assertEquals("Retitled by another program", state.selectedEvent().orElseThrow().title());
        assertEquals(actor, state.selectedActorProperty().get());
        assertEquals(divergence, state.selectedDivergenceProperty().get());
        assertEquals(reading, state.passageToReadProperty().get());
        assertEquals(changed.eventsInNarrativeOrder().stream().filter(filter.in(changed)).toList(),
                state.visibleEventsProperty().get(), "the filter is applied to what the database holds now");
        assertFalse(state.isReloading());
    }

    @Test
    void whatNoLongerExistsIsLetGoAndTheRestKept() {
        Actor gone = unreferencedActor(week);
        Event leaf = unreferencedEvent(week);
        String kept = leaf.actors().get(0).actor();
        state.filterProperty().set(EventFilter.NONE.withActors(Set.of(gone.id(), kept)));
        state.selectedEventProperty().set(leaf.id());
        assertEquals(leaf.id(), state.selectedEventProperty().get());

        Dataset changed = new Dataset(week.title(), week.description(), week.declaredFocus().orElse(null),
                week.declaredZone().orElse(null), week.sources(),
                week.actors().stream().filter(a -> !a.id().equals(gone.id())).toList(), week.places(),
                week.events().stream().filter(e -> !e.id().equals(leaf.id())).toList(), week.quotes(),
                week.divergences(), week.positions());
        state.reload(changed);

        assertNull(state.selectedEventProperty().get(), "the deleted event is no longer selected");
        assertEquals(Set.of(kept), state.filterProperty().get().actors(),
                "a filter on a deleted actor is let go; the rest of it stays");
        assertTrue(state.visibleEventsProperty().get().stream().noneMatch(e -> e.id().equals(leaf.id())));
        assertFalse(state.visibleEventsProperty().get().isEmpty());
    }

    @Test
    void anotherDatasetStartsAfresh() {
        state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
        state.selectedEventProperty().set(week.events().get(0).id());
        state.searchTextProperty().set("Geneva");

        state.datasetProperty().set(EditedWeek.retitled(week.events().get(0).id(), "Imported"));

        assertEquals(EventFilter.NONE, state.filterProperty().get());
        assertNull(state.selectedEventProperty().get());
        assertEquals("", state.searchTextProperty().get());
    }

    /** An event no quote, divergence or position names: one another program could delete on its own. */
    private static Event unreferencedEvent(Dataset ds) {
        Set<String> named = Stream.of(
                ds.quotes().stream().map(q -> q.event()),
                ds.divergences().stream().flatMap(d -> d.events().stream()),
                ds.positions().stream().flatMap(p -> p.events().stream())).flatMap(s -> s).collect(Collectors.toSet());
        return ds.events().stream().filter(e -> !named.contains(e.id()) && !e.actors().isEmpty()).findFirst().orElseThrow();
    }

    /** An actor nothing names (a byline's author, say): deleting it leaves the dataset whole. */
    private static Actor unreferencedActor(Dataset ds) {
        Set<String> named = Stream.of(
                ds.events().stream().flatMap(e -> e.actors().stream()).map(Participant::actor),
                ds.quotes().stream().map(q -> q.speaker()),
                ds.positions().stream().map(p -> p.by()),
                ds.positions().stream().flatMap(p -> p.stances().stream()).map(s -> s.actor()))
                .flatMap(s -> s).collect(Collectors.toSet());
        return ds.actors().stream().filter(a -> !named.contains(a.id())).findFirst().orElseThrow();
    }
}
