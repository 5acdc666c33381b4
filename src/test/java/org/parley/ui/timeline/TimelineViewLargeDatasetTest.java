package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.ItemBox;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Precision;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Over more events than {@link ExplorerState#FILTER_AT_ONCE_LIMIT}, the timeline finds the events
 * to ring on the compute thread: the rings arrive a moment after the click, and only the newest
 * choice's rings ever show.
 */
@ExtendWith(FxThreadRobot.class)
class TimelineViewLargeDatasetTest {

    private ExplorerState state;
    private TimelineView view;
    private Dataset large;

    @Start
    void start(Stage stage) {
        large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
        state = new ExplorerState();
        state.datasetProperty().set(large);
        view = new TimelineView(state);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    private Set<String> involving(String actor) {
        return large.events().stream().filter(e -> e.involves(actor)).map(Event::id).collect(Collectors.toSet());
    }

    private void waitForHighlight(Set<String> expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(view.highlightedIds()));
    }

    @Test
    void theNewestActorsEventsAreRingedAndChoosingNoneClearsAtOnce(FxRobot robot) throws Exception {
        String first = large.actors().get(0).id();
        String second = large.actors().get(1).id();
        Set<String> expected = involving(second);
        assertFalse(expected.isEmpty());
        assertTrue(expected.size() < large.events().size());
        // Two choices in one pulse: the first's answer is overtaken and never shown.
        robot.interact(() -> {
            state.selectedActorProperty().set(first);
            state.selectedActorProperty().set(second);
        });
        waitForHighlight(expected);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, view.highlightedIds());

        robot.interact(() -> state.selectedActorProperty().set(null));
        assertTrue(view.highlightedIds().isEmpty(), "letting go needs no pass over the events");
    }

    @Test
    void steppingWithTheArrowKeysFollowsTheStory(FxRobot robot) {
        var visible = state.visibleEventsProperty().get();
        robot.interact(() -> state.selectedEventProperty().set(visible.get(visible.size() - 2).id()));
        robot.interact(view::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(visible.get(visible.size() - 1).id(), state.selectedEventProperty().get());
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertEquals(visible.get(visible.size() - 3).id(), state.selectedEventProperty().get());
    }

    /**
     * Chosen and filtered at once (an actor, then its funnel): the selection was revealed where the old
     * rows had it, and the new rows left it far from the view. Revealed again in the new rows.
     */
    @Test
    void theSelectedEventIsInViewInTheRowsAFilterMakes(FxRobot robot) throws Exception {
        Event last = large.eventsInNarrativeOrder().stream()
                .filter(e -> e.time().precision().atLeast(Precision.DAY)
                        && e.time().startDate().equals(LocalDate.of(2022, 1, 12)))
                .reduce((a, b) -> b).orElseThrow();
        robot.interact(() -> {
            state.selectedEventProperty().set(last.id());
            state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(last.kind())));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        ItemBox b = view.timelineLayout().boxesOf(last.id(), view.getScale()).get(0);
        assertTrue(b.y0() >= view.scrollY() - 1 && b.y1() <= view.scrollY() + view.bodyHeight() + 1,
                last.id() + " at " + b.y0() + "–" + b.y1() + ", the view " + view.scrollY() + "–"
                        + (view.scrollY() + view.bodyHeight()));
    }
}
