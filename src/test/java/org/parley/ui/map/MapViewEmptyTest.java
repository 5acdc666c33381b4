package org.parley.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.filter.FilterPane;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Actors who share no event, matched all together: the timeline, the event table and the network said
 * "No events match the filters." and the map showed only its route, as though its places had no events.
 */
@ExtendWith(FxThreadRobot.class)
class MapViewEmptyTest {

    private ExplorerState state;
    private FilterPane pane;
    private MapView map;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        pane = new FilterPane(state);
        map = new MapView(state);
        pane.setPrefWidth(380);
        map.setPrefWidth(600);
        stage.setScene(new Scene(new HBox(pane, map), 980, 600));
        stage.show();
    }

    @Test
    void actorsWhoShareNothingLeaveTheMapSayingSo(FxRobot robot) {
        // Kallas (Estonia) and Przydacz (Poland) each speak, never together.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("kallas", "przydacz"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.visibleEventsProperty().get().isEmpty(), "either one's events");
        assertNull(map.emptyMessage());
        Node all = robot.lookup("#actor-match-all").query();
        robot.interact(() -> {
            double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(all.localToScene(all.getLayoutBounds())).getMinY();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 40) / hidden)));
        });
        robot.clickOn(all);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.visibleEventsProperty().get().isEmpty(), "they share no event");
        String said = "Kaja Kallas and Marcin Przydacz share no event. Matching any of them shows "
                + state.keptMatchingAnyActorProperty().get() + " events.";
        assertEquals(said, map.emptyMessage(), "who shares nothing, as the other views say it (NothingShared)");
        assertEquals("Map of Europe: " + said, map.getAccessibleText());
        robot.interact(() -> state.filterHistory().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.emptyMessage(), "undone: the map has events again");
    }

    /**
     * The map says who shares nothing with the "Match any of them" link the network, the timeline and the table
     * offer, along its top and within it. It had painted the words on its canvas, with nothing to click.
     */
    @Test
    void theMapsNoteOnActorsWhoShareNothingHasTheLinkToMatchAnyOfThem(FxRobot robot) {
        EventFilter either = EventFilter.NONE.withActors(Set.of("kallas", "przydacz"));
        robot.interact(() -> state.filterProperty().set(either.withActorMatch(EventFilter.ActorMatch.ALL)));
        WaitForAsyncUtils.waitForFxEvents();
        int theirs = state.keptMatchingAnyActorProperty().get();

        Label note = robot.lookup("#map-nothing-shared-note").queryAs(Label.class);
        assertEquals("Kaja Kallas and Marcin Przydacz share no event. Matching any of them shows " + theirs + " events.",
                note.getText());
        assertTrue(note.getParent().isVisible(), "the note shown over the map");
        Hyperlink link = robot.lookup("#map-nothing-shared-match-any")
                .queryAs(Hyperlink.class);
        assertTrue(link.isVisible(), "with its link");
        Bounds view = map.localToScene(map.getLayoutBounds());
        for (Node n : new Node[] {note, link}) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= view.getMinX() && b.getMaxX() <= view.getMaxX()
                    && b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMinY() + view.getHeight() / 3,
                    n.getId() + " along the map's top " + view + ": " + b);
        }

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.ActorMatch.ANY, state.filterProperty().get().actorMatch());
        assertEquals(theirs, state.visibleEventsProperty().get().size());
        assertFalse(note.getParent().isVisible(), "nothing to say once they show");
    }

    /**
     * Filtered to 1995–2004 (with the roughly dated that overlap it), the one event kept is NATO's expansions,
     * about "post-Soviet space", which the map does not draw: the map's key said "Events: 1" over no circle and nothing said why the map was bare.
     */
    @Test
    void anEventKeptWithNoPlaceOnTheMapIsSaidSo(FxRobot robot) throws Exception {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                Instant.parse("1995-01-01T00:00:00Z"), Instant.parse("2005-01-01T00:00:00Z")).withRoughlyDated(true)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !map.isComputing() && map.currentScene().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bg-nato-expansions"),
                state.visibleEventsProperty().get().stream().map(Event::id).toList());
        assertEquals("The 1 event shown has no place on the map.", map.emptyMessage());
        assertEquals("Map of Europe: The 1 event shown has no place on the map.", map.getAccessibleText());
        assertEquals(0, map.currentScene().orElseThrow().busiest(), "no size key counting a circle not drawn");
        robot.interact(() -> state.filterHistory().undo());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map.isComputing());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(map.emptyMessage(), "the whole week has places");
    }

    /**
     * Filtered to 10 January (with the roughly dated), 19 events are shown and the map's circles count fewer: the
     * background events about "post-Soviet space" and the like have no mark, and nothing had said so. A quiet note under the size key does.
     */
    @Test
    void someEventsKeptWithNoPlaceOnTheMapAreCountedUnderTheSizeKey(FxRobot robot) throws Exception {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                Instant.parse("2022-01-10T00:00:00Z"), Instant.parse("2022-01-11T00:00:00Z")).withRoughlyDated(true)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !map.isComputing() && map.currentScene().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(19, state.visibleEventsProperty().get().size());
        String note = "6 of the 19 events shown have no place on the map.";
        assertEquals(note, map.currentScene().orElseThrow().unplacedNote(), "under the size key");
        assertNull(map.emptyMessage(), "not the note over a bare map: most events have circles");
        assertTrue(map.getAccessibleText().endsWith(" " + note), map.getAccessibleText());
        robot.interact(() -> state.filterHistory().undo());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map.isComputing());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("15 of the 64 events shown have no place on the map.", map.currentScene().orElseThrow().unplacedNote(),
                "the whole record has background events about vague regions too");
    }
}
