package org.parley.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.support.BackgroundThread;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A filter over more events than {@link ExplorerState#FILTER_AT_ONCE_LIMIT} is applied off the
 * JavaFX thread: the views keep the previous events until the new ones arrive, and an answer
 * overtaken by a newer filter never shows.
 */
class ExplorerStateLargeFilterTest {

    private static Dataset large;
    private BackgroundThread worker;
    private ExplorerState state;

    @BeforeAll
    static void bigDataset() throws Exception {
        FxToolkit.registerPrimaryStage();
        large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
    }

    @BeforeEach
    void setUp() throws Exception {
        worker = new BackgroundThread("test-compute");
        state = onFx(() -> {
            ExplorerState s = new ExplorerState(worker);
            s.datasetProperty().set(large);
            return s;
        });
    }

    @AfterEach
    void tearDown() {
        worker.close();
    }

    @Test
    void theFilterIsAppliedInTheBackgroundAndArrivesLater() throws Exception {
        EventFilter meetings = EventFilter.NONE.withKinds(Set.of(EventKind.MEETING));
        List<Event> before = onFx(() -> {
            List<Event> shown = state.visibleEventsProperty().get();
            state.filterProperty().set(meetings);
            // Still the previous events: nothing was filtered on this thread.
            assertSame(shown, state.visibleEventsProperty().get());
            return shown;
        });
        assertEquals(large.events().size(), before.size());

        List<Event> after = arrived(before);
        List<Event> expected = large.eventsInNarrativeOrder().stream().filter(e -> e.kind() == EventKind.MEETING)
                .toList();
        assertTrue(expected.size() > 0 && expected.size() < large.events().size());
        assertEquals(expected, after);
    }

    @Test
    void anAnswerOvertakenByANewerFilterNeverShows() throws Exception {
        EventFilter meetings = EventFilter.NONE.withKinds(Set.of(EventKind.MEETING));
        EventFilter statements = EventFilter.NONE.withKinds(Set.of(EventKind.STATEMENT));
        List<Event> before = onFx(() -> {
            List<Event> shown = state.visibleEventsProperty().get();
            state.filterProperty().set(meetings);
            state.filterProperty().set(statements);
            return shown;
        });
        List<Event> after = arrived(before);
        assertTrue(after.stream().allMatch(e -> e.kind() == EventKind.STATEMENT), "a stale answer was shown");
        assertEquals(large.eventsInNarrativeOrder().stream().filter(e -> e.kind() == EventKind.STATEMENT).count(),
                after.size());
    }

    @Test
    void theSelectionIsLetGoWhenTheArrivingEventsLeaveItOut() throws Exception {
        Event statement = large.eventsInNarrativeOrder().stream().filter(e -> e.kind() == EventKind.STATEMENT)
                .findFirst().orElseThrow();
        List<Event> before = onFx(() -> {
            state.selectedEventProperty().set(statement.id());
            state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
            return state.visibleEventsProperty().get();
        });
        arrived(before);
        assertNull(onFx(() -> state.selectedEventProperty().get()));
    }

    @Test
    void clearingTheFilterShowsEverythingAtOnceAndDropsAPendingAnswer() throws Exception {
        List<Event> shown = onFx(() -> {
            state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
            state.filterProperty().set(EventFilter.NONE);
            return state.visibleEventsProperty().get();
        });
        assertSame(large.eventsInNarrativeOrder(), shown);
        // Let the pending answer come back: it must not replace "everything".
        onFx(() -> worker.supply(() -> 0).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(large.eventsInNarrativeOrder(), onFx(() -> state.visibleEventsProperty().get()));
    }

    private List<Event> arrived(List<Event> before) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> state.visibleEventsProperty().get()) != before);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> state.visibleEventsProperty().get());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
