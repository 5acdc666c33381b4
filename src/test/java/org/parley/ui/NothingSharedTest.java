package org.parley.ui;

import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.ui.map.MapView;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.table.EventTable;
import org.parley.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actors filtered all together who share no event: the timeline, the event table, the map and the status bar
 * said only "No events match the filters.", and nothing said which filter emptied them nor how to have the
 * actors' events back. They now say who shares nothing and what "Match any" would show, with a link to it.
 */
@ExtendWith(FxThreadRobot.class)
class NothingSharedTest {

    private final ExplorerState state = new ExplorerState();
    private Dataset data;
    private MapView map;

    @Start
    void start(Stage primary) throws Exception {
        data = ExplorerWindow.week();
        Stage stage = new Stage(); // the shared primary stage keeps its size for the next class
        TimelineView timeline = new TimelineView(state);
        timeline.setPrefHeight(260);
        EventTable table = new EventTable(state);
        table.setPrefHeight(160);
        map = new MapView(state);
        map.setPrefHeight(200);
        stage.setScene(new Scene(new VBox(timeline, table, map, new StatusBar(state)), 1280, 720));
        stage.show();
        state.datasetProperty().set(data);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void actorsWhoShareNothingAreNamedAndMatchAnyIsOneClickAway(FxRobot robot) {
        // Kallas (Estonia) and Przydacz (Poland) each speak, never together.
        EventFilter either = EventFilter.NONE.withActors(Set.of("kallas", "przydacz"));
        long theirs = data.events().stream().filter(either.in(data)).count();
        assertTrue(theirs > 1, "fixture: either one's events");
        robot.interact(() -> state.filterProperty().set(either.withActorMatch(EventFilter.ActorMatch.ALL)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.visibleEventsProperty().get().isEmpty(), "they share no event");

        String said = "Kaja Kallas and Marcin Przydacz share no event. Matching any of them shows " + theirs + " events.";
        assertEquals(said, robot.lookup("#timeline-empty").queryAs(Label.class).getText());
        assertEquals(said, robot.lookup("#event-table-empty").queryAs(Label.class).getText());
        assertEquals(said, robot.lookup("#status-filters").queryAs(Label.class).getText());
        assertEquals("Map of Europe: " + said, map.getAccessibleText());
        assertTrue(robot.lookup("#timeline-match-any").queryAs(Hyperlink.class).isVisible());
        assertTrue(robot.lookup("#event-table-match-any").queryAs(Hyperlink.class).isVisible());

        robot.clickOn("#timeline-match-any");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.ActorMatch.ANY, state.filterProperty().get().actorMatch());
        assertEquals(theirs, state.visibleEventsProperty().get().size());
        assertFalse(robot.lookup("#status-match-any").queryAs(Hyperlink.class).isVisible(), "nothing to offer now");
        assertEquals("Filtered by 2 actors", robot.lookup("#status-filters").queryAs(Label.class).getText());

        // Undo brings back the filter that kept nothing, and with it the note; the status bar's link switches too.
        robot.interact(() -> state.filterHistory().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(said, robot.lookup("#status-filters").queryAs(Label.class).getText());
        robot.clickOn("#status-match-any");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(theirs, state.visibleEventsProperty().get().size());
    }

    /**
     * The actors are named as the Filters pane lists them, by surname: sorted as text, the note had said "Kaja Kallas
     * and Lukasz Jasina", the reverse of the pane beside it.
     */
    @Test
    void theActorsAreNamedBySurname(FxRobot robot) throws Exception {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("kallas", "jasina"))
                .withActorMatch(EventFilter.ActorMatch.ALL)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timeline-empty").queryAs(Label.class)
                .getText().contains("share no event"));
        assertTrue(robot.lookup("#timeline-empty").queryAs(Label.class).getText()
                .startsWith("Lukasz Jasina and Kaja Kallas share no event."),
                robot.lookup("#timeline-empty").queryAs(Label.class).getText());
    }

    /** With another filter keeping none of either's events, switching would show nothing: the plain note stays. */
    @Test
    void nothingToOfferWhenAnyOfThemWouldKeepNoneEither(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("kallas", "przydacz"))
                .withActorMatch(EventFilter.ActorMatch.ALL).withRange(Instant.parse("2003-06-01T00:00:00Z"),
                        Instant.parse("2003-06-02T00:00:00Z"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No events match the filters.", robot.lookup("#timeline-empty").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#status-match-any").queryAs(Hyperlink.class).isVisible());
    }
}
