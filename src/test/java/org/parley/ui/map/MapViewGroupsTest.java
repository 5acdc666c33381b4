package org.parley.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.render.map.MarkerCluster;
import org.parley.seed.CrowdedPlaces;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Many places crowded together are one circle that counts them; hovering names them, a click draws them apart. */
@ExtendWith(FxThreadRobot.class)
class MapViewGroupsTest {

    private static final Dataset CROWDED = CrowdedPlaces.aroundPrague(2, 3, 4, 5, 6, 7);

    private ExplorerState state;
    private MapView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(CROWDED);
        view = new MapView(state);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private MarkerCluster group() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isComputing() && view.currentScene().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<MarkerCluster> groups = view.currentScene().orElseThrow().clusters();
        assertEquals(1, groups.size(), groups.toString());
        return groups.get(0);
    }

    @Test
    void hoveringAGroupNamesItsPlacesAndAClickZoomsInUntilTheyStandApart(FxRobot robot) throws Exception {
        MarkerCluster group = group();
        assertEquals(6, group.places());
        assertEquals(2 + 3 + 4 + 5 + 6 + 7, group.events());
        double before = view.getViewport().metresPerPixel();

        // A hover that lands while a loaded machine still lays the map out may pass unseen: moved onto the
        // group again from beside it, as a person's hand would, until the tooltip shows.
        for (int tries = 0; tries < 3 && shownTooltip().isEmpty(); tries++) {
            robot.moveTo(view.localToScreen(group.position().x() + 60, group.position().y() + 60));
            robot.moveTo(view.localToScreen(group.position().x(), group.position().y()));
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
            } catch (TimeoutException notYet) {
                // tried again
            }
        }
        assertTrue(shownTooltip().isPresent(), "a tooltip over the group");
        String text = shownTooltip().orElseThrow().getText();
        assertTrue(text.startsWith("6 places: Town 5 (7 events), Town 4 (6), Town 3 (5), Town 2 (4) and 2 more."),
                text);

        robot.clickOn(view.localToScreen(group.position().x(), group.position().y()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isComputing());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getViewport().metresPerPixel() < before / 2, "zoomed in");
        assertTrue(view.currentScene().orElseThrow().clusters().isEmpty(), "the towns stand apart");
        assertTrue(view.currentScene().orElseThrow().markers().stream()
                .filter(m -> m.place().id().startsWith("town-")).count() == 6);
        assertEquals(null, state.selectedPlaceProperty().get(), "a click on a group selects no place");
    }

    @Test
    void theArrowKeysReachAPlaceInsideAGroupAndEnterDrawsItApartAsSelected(FxRobot robot) throws Exception {
        group();
        // From Vienna, Prague's towns lie up and to the left.
        robot.interact(() -> state.selectedPlaceProperty().set("vienna"));
        robot.clickOn(view.localToScreen(40, 300));
        robot.interact(() -> state.selectedPlaceProperty().set("vienna"));
        String reached = null;
        for (int i = 0; i < 6 && (reached == null || !reached.startsWith("town-")); i++) {
            robot.type(i % 2 == 0 ? KeyCode.UP : KeyCode.LEFT);
            reached = view.keyboardCursor();
        }
        assertTrue(reached != null && reached.startsWith("town-"), "reached " + reached);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isComputing());
        WaitForAsyncUtils.waitForFxEvents();
        String selected = reached;
        assertEquals(selected, state.selectedPlaceProperty().get());
        assertTrue(view.currentScene().orElseThrow().markers().stream().anyMatch(m -> m.place().id().equals(selected)),
                "the selected place is drawn on its own");
    }

    private static Optional<Tooltip> shownTooltip() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w)
                .findFirst();
    }
}
