package org.parley.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.Place;
import org.parley.render.map.RouteStop;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The route on the explorer's map goes through the stops whose meetings the filter keeps. Filtered to Moscow or to
 * Vienna, the map had still drawn Geneva → Brussels → Vienna with their January dates, which a researcher read as
 * what the filter had found.
 */
@ExtendWith(FxThreadRobot.class)
class MapViewRouteTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private ExplorerState state;
    private MapView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(WEEK);
        view = new MapView(state);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @Test
    void filteredToAPlaceWithNoMeetingTheMapDrawsNoRoute(FxRobot robot) throws Exception {
        awaitData();
        assertEquals(List.of(1, 2, 3), numbers(), "unfiltered, the week's route");
        robot.doubleClickOn(onScreen("moscow"), MouseButton.PRIMARY);
        awaitData();
        assertTrue(state.filterProperty().get().places().contains("moscow"));
        assertEquals(List.of(), numbers(), "no meeting of the talks was in Moscow");
        robot.interact(view::paintNow);
        assertEquals(List.of(), view.drawnBadges());
    }

    @Test
    void filteredToViennaTheMapDrawsItsStopAloneStillNumberedThree(FxRobot robot) throws Exception {
        awaitData();
        robot.doubleClickOn(onScreen("vienna"), MouseButton.PRIMARY);
        awaitData();
        assertTrue(state.filterProperty().get().places().contains("vienna"));
        assertEquals(List.of(3), numbers(), "Vienna is the week's third stop");
        robot.interact(view::paintNow);
        assertEquals(1, view.drawnBadges().size());
    }

    /**
     * Filtered to 10 January in the Filters pane, Geneva's stop still said "9–10 Jan": the dinner of the 9th, which
     * the filter leaves out, had dated it. It says the day of the meeting kept.
     */
    @Test
    void filteredToOneDayAStopSaysOnlyTheDaysOfTheMeetingsKept(FxRobot robot) throws Exception {
        awaitData();
        assertEquals("9–10 Jan", view.currentScene().orElseThrow().route().get(0).dateLabel(), "the whole week");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                Instant.parse("2022-01-10T00:00:00Z"), Instant.parse("2022-01-11T00:00:00Z"))));
        awaitData();
        List<RouteStop> route = view.currentScene().orElseThrow().route();
        assertEquals(List.of("1 Geneva 10 Jan"), route.stream().map(RouteStop::label).toList());
    }

    private List<Integer> numbers() {
        return view.currentScene().orElseThrow().route().stream().map(RouteStop::number).toList();
    }

    private Point2D onScreen(String placeId) {
        Place place = WEEK.place(placeId).orElseThrow();
        ScreenPoint p = view.getViewport().project(place.lon(), place.lat());
        return view.localToScreen(p.x(), p.y());
    }

    private void awaitData() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isComputing() && view.currentScene().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
