package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The status bar counts in plain English: "1 event", "2 events". */
@ExtendWith(FxThreadRobot.class)
class StatusBarTest {

    private final ExplorerState state = new ExplorerState();
    private Dataset data;

    @Start
    void start(Stage primary) throws Exception {
        data = ExplorerWindow.week();
        Stage stage = new Stage(); // the shared primary stage keeps its size for the next class
        stage.setScene(new Scene(new StatusBar(state), 800, 40));
        stage.show();
        state.datasetProperty().set(data);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void oneEventIsSingularAndSeveralArePlural(FxRobot robot) {
        // A place where exactly one event of the week happened.
        String place = data.places().stream().map(p -> p.id())
                .filter(id -> data.events().stream().filter(e -> id.equals(e.place())).count() == 1)
                .findFirst().orElseThrow();
        String shown = data.events().stream().filter(e -> place.equals(e.place())).findFirst().orElseThrow().id();
        String hidden = data.events().stream().filter(e -> !place.equals(e.place())).findFirst().orElseThrow().id();
        robot.interact(() -> {
            state.filterProperty().set(EventFilter.NONE.withPlaces(Set.of(place)));
            state.searchProperty().set(new SearchResults("pastry", List.of(), Set.of(shown)));
        });
        assertEquals("1 of " + data.events().size() + " events shown",
                robot.lookup("#status-counts").queryAs(Label.class).getText());
        assertEquals("Search “pastry”: 1 event marked", robot.lookup("#status-search").queryAs(Label.class).getText());

        // An event found that the filters hide is counted as found, and said to be hidden.
        robot.interact(() -> state.searchProperty().set(new SearchResults("talks", List.of(), Set.of(shown, hidden))));
        assertEquals("Search “talks”: 2 events match: 1 marked, 1 hidden by the filters",
                robot.lookup("#status-search").queryAs(Label.class).getText());
        // Only the best hits are listed: the bar says how many events matched in all.
        robot.interact(() -> state.searchProperty().set(new SearchResults("Adler", List.of(), Set.of(shown, hidden), 4922)));
        assertEquals("Search “Adler”: the best 0 of 4,922 results; 2 events match: 1 marked, 1 hidden by the filters",
                robot.lookup("#status-search").queryAs(Label.class).getText());
        // Found but every one hidden: nothing is marked, and the bar says so plainly.
        robot.interact(() -> state.searchProperty().set(new SearchResults("talks", List.of(), Set.of(hidden))));
        assertEquals("Search “talks”: 1 event matches, hidden by the filters",
                robot.lookup("#status-search").queryAs(Label.class).getText());
        String other = data.events().stream().filter(e -> !place.equals(e.place()) && !e.id().equals(hidden))
                .findFirst().orElseThrow().id();
        robot.interact(() -> state.searchProperty().set(new SearchResults("talks", List.of(), Set.of(hidden, other))));
        assertEquals("Search “talks”: 2 events match, both hidden by the filters",
                robot.lookup("#status-search").queryAs(Label.class).getText());
        // An actor found by name is counted beside the events.
        robot.interact(() -> state.searchProperty().set(new SearchResults("Alexander Grushko",
                List.of(SearchResults.Hit.actor("grushko", "Alexander Grushko", "")), Set.of())));
        assertEquals("Search “Alexander Grushko”: 0 events marked, 1 actor",
                robot.lookup("#status-search").queryAs(Label.class).getText());
    }

    /** Work the user waits for shows with a spinner while it runs, and goes when it ends. */
    @Test
    void aLongWriteIsShownWhileItRuns(FxRobot robot) {
        Label activity = robot.lookup("#status-activity").queryAs(Label.class);
        assertFalse(activity.isVisible());
        robot.interact(() -> state.activityProperty().set("Writing the handout\u2026"));
        assertTrue(activity.isVisible());
        assertEquals("Writing the handout\u2026", activity.getText());
        robot.interact(() -> state.activityProperty().set(""));
        assertFalse(activity.isVisible());
    }

    /** A database that cannot be written says so in the status bar, before anything is tried. */
    @Test
    void aReadOnlyDatabaseIsSaidInTheStatusBar(FxRobot robot) {
        Label readOnly = robot.lookup("#status-read-only").queryAs(Label.class);
        assertFalse(readOnly.isVisible());
        robot.interact(() -> state.readOnlyProperty().set(true));
        assertTrue(readOnly.isVisible());
        assertTrue(readOnly.getTooltip().getText().contains("not import or restore"), readOnly.getTooltip().getText());
        robot.interact(() -> state.readOnlyProperty().set(false));
    }

    /**
     * Found in review, 2026-12-05: with a line of the actor network chosen, the timeline and the map ring only what
     * the two share; once the network was left nothing said so, and only Esc in the network let go of the pair.
     */
    @Test
    void aChosenLineIsSaidAndLetGoOf(FxRobot robot) throws Exception {
        Label pair = robot.lookup("#status-pair").queryAs(Label.class);
        // As wide as a window: the test's 800 px, in the CI's fonts, left "Let go" past the edge (ci143).
        robot.interact(() -> pair.getScene().getWindow().setWidth(1280));
        robot.interact(() -> state.chooseLink("sherman", "ryabkov"));
        assertTrue(pair.getParent().isVisible(), "the chosen line is said");
        assertEquals("Line chosen: " + data.actor("sherman").orElseThrow().name() + " and "
                + data.actor("ryabkov").orElseThrow().name() + ", what they share ringed", pair.getText());

        // "Show only what they share" keeps the one event both take part in, says so, and gives way once done.
        Node only = robot.lookup("#status-pair-filter").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> only.getLayoutBounds().getWidth() > 0 && only.localToScene(only.getLayoutBounds()).getMaxX()
                        <= only.getScene().getWidth());
        robot.clickOn(only);
        assertEquals(List.of("geneva-talks"), state.visibleEventsProperty().get().stream()
                .map(Event::id).toList());
        assertEquals("Filtered by 2 actors together",
                robot.lookup("#status-filters").queryAs(Label.class).getText());
        assertFalse(only.isVisible(), "nothing more to show only");
        robot.interact(() -> state.filterHistory().undo());
        assertTrue(only.isVisible(), "undone, it is offered again");

        Node letGo = robot.lookup("#status-pair-let-go").query();
        // Laid out at the next pulse after it is shown.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> letGo.getLayoutBounds().getWidth() > 0 && letGo.localToScene(letGo.getLayoutBounds()).getMinX() > 0
                        && letGo.localToScene(letGo.getLayoutBounds()).getMaxX() <= letGo.getScene().getWidth());
        robot.clickOn(letGo);
        assertEquals(null, state.selectedPartnerProperty().get(), "the pair is let go of");
        assertEquals("sherman", state.selectedActorProperty().get(), "its first actor stays chosen");
        assertFalse(pair.getParent().isVisible(), "and no longer said");
    }
}
