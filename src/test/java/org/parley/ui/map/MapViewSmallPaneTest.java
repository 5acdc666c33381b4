package org.parley.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.map.MapLabel;
import org.parley.render.map.RouteStop;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Map pane made small (a narrow window, the panes beside it dragged wider) names every stop of the week's route.
 * At 260 × 170 Vienna's "3" stood unnamed while Turkey and Georgia were named; a click on it still chooses Vienna.
 */
@ExtendWith(FxThreadRobot.class)
class MapViewSmallPaneTest {

    private ExplorerState state;
    private MapView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        view = new MapView(state);
        stage.setScene(new Scene(view, 260, 170));
        stage.show();
    }

    private int stop(List<RouteStop> route, String placeId) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).placeIds().contains(placeId)) {
                return i;
            }
        }
        throw new AssertionError(placeId + " is no stop of " + route);
    }

    /** Clicks the badge of the stop at {@code placeId}, where it was last drawn. */
    private void clickBadge(FxRobot robot, String placeId) {
        robot.interact(view::paintNow);
        ScreenPoint badge = view.drawnBadges().get(stop(view.currentScene().orElseThrow().route(), placeId));
        robot.clickOn(view.localToScreen(badge.x(), badge.y()));
    }

    @Test
    void everyStopIsNamedAndItsBadgeChoosesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isComputing() && view.currentScene().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::paintNow);
        List<MapLabel> labels = view.drawnLabels();
        for (RouteStop stop : view.currentScene().orElseThrow().route()) {
            assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE && l.oneLine().startsWith(stop.name())),
                    stop.name() + " unnamed: " + labels.stream().map(MapLabel::oneLine).toList());
        }
        // A badge stands where it is drawn, moved or not: a click on Vienna's chooses Vienna.
        clickBadge(robot, "vienna");
        assertEquals("vienna", state.selectedPlaceProperty().get());
    }
}
