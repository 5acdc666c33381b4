package org.parley.ui.map;
import org.parley.render.map.RouteStop;
import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.Place;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxThreadRobot.class)
class MapViewTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private ExplorerState state;
    private MapView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new ExplorerState();
        state.datasetProperty().set(WEEK);
        view = new MapView(state);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private Point2D onScreen(String placeId) {
        Place place = WEEK.place(placeId).orElseThrow();
        ScreenPoint p = view.getViewport().project(place.lon(), place.lat());
        return view.localToScreen(p.x(), p.y());
    }

    private static boolean shows(MapViewport v, String placeId) {
        Place place = WEEK.place(placeId).orElseThrow();
        return v.contains(place.lon(), place.lat());
    }

    private void zoomInOn(FxRobot robot, String placeId, double factor) {
        Place place = WEEK.place(placeId).orElseThrow();
        robot.interact(() -> {
            ScreenPoint p = view.getViewport().project(place.lon(), place.lat());
            view.zoom(factor, p.x(), p.y());
        });
    }

    /** In the window the map sits in a tab: a click gives the map the keys, not the tab's header, so arrows step places. */
    @Test
    void aClickInATabGivesTheMapTheKeys(FxRobot robot) {
        MapView[] inTab = new MapView[1];
        TabPane[] tabs = new TabPane[1];
        Stage[] own = new Stage[1];
        robot.interact(() -> {
            inTab[0] = new MapView(state);
            tabs[0] = new TabPane(new Tab("Map", inTab[0]),
                    new Tab("Events", new Label("events")));
            own[0] = new Stage();
            own[0].setScene(new Scene(tabs[0], 600, 400));
            own[0].show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(inTab[0].localToScreen(20, 120));
            assertTrue(inTab[0].isFocused(), "the map has the keys");
            assertFalse(tabs[0].isFocused(), "not the tab's header");
        } finally {
            robot.interact(own[0]::close);
        }
    }

    @Test
    void hasTheStyleClassAndTakesFocus(FxRobot robot) {
        assertTrue(view.getStyleClass().contains(MapView.DEFAULT_STYLE_CLASS));
        assertTrue(view.isFocusTraversable());
        assertEquals(900, view.getViewport().width());
    }

    @Test
    void clickingTheBrusselsMarkerSelectsBrussels(FxRobot robot) {
        // Brussels and NATO headquarters are 6 km apart: zoom in until they are separate circles.
        zoomInOn(robot, "brussels", 8);
        robot.clickOn(onScreen("brussels"));
        assertEquals("brussels", state.selectedPlaceProperty().get());
    }

    @Test
    void clickingTheSeaClearsTheSelectedPlace(FxRobot robot) {
        robot.interact(() -> state.selectedPlaceProperty().set("vienna"));
        robot.clickOn(view.localToScreen(40, 300));
        assertNull(state.selectedPlaceProperty().get());
    }

    @Test
    void doubleClickingAPlaceFiltersByIt(FxRobot robot) {
        robot.doubleClickOn(onScreen("moscow"), MouseButton.PRIMARY);
        assertTrue(state.filterProperty().get().places().contains("moscow"));
    }

    @Test
    void selectingAnEventInViennaBringsViennaIntoViewWithoutZooming(FxRobot robot) throws Exception {
        zoomInOn(robot, "brussels", 8);
        assertTrue(!shows(view.getViewport(), "vienna"), "Vienna starts out of view");
        double scale = view.getViewport().metresPerPixel();

        robot.interact(() -> state.selectedEventProperty().set("osce-vienna"));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shows(view.getViewport(), "vienna"));
        assertEquals(scale, view.getViewport().metresPerPixel(), 1e-6);
    }

    @Test
    void hoveringAPlaceShowsItsNameAndEventCount(FxRobot robot) throws Exception {
        robot.moveTo(onScreen("moscow"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        String text = shownTooltip().orElseThrow().getText();
        assertTrue(text.matches("Moscow — \\d+ events?"), text);
        // A click selects (or, twice, filters): the count may no longer hold, and the tooltip goes.
        robot.clickOn(onScreen("moscow"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isEmpty());
        assertTrue(shownTooltip().isEmpty(), "the tooltip went with the click");
    }

    /**
     * Brussels' marker counts its own events; a double-click filters by Brussels with NATO
     * headquarters. Hovering says both numbers, and the filter keeps the second.
     */
    @Test
    void hoveringACityWithAVenueInItSaysWhatAFilterByItKeeps(FxRobot robot) throws Exception {
        robot.moveTo(onScreen("brussels"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        String text = shownTooltip().orElseThrow().getText();
        Matcher m = Pattern.compile(
                "Brussels — (\\d+) events here, (\\d+) with the places within it").matcher(text);
        assertTrue(m.matches(), text);
        robot.doubleClickOn(onScreen("brussels"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        EventFilter filter = state.filterProperty().get();
        assertEquals(Set.of("brussels"), filter.places());
        long kept = WEEK.events().stream().filter(filter.in(WEEK)).count();
        assertEquals(Long.parseLong(m.group(2)), kept, text);
        assertTrue(Long.parseLong(m.group(1)) < kept);
    }

    private static Optional<Tooltip> shownTooltip() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w)
                .findFirst();
    }

    /**
     * The name of a place the arrow keys reached lies where it was shown on the screen: it had stayed there, outside
     * the window, after the window was un-maximized or moved, and a pointer moving over the sea left it too.
     */
    @Test
    void theNameOfAPlaceReachedByKeyGoesWhenTheWindowMovesOrChangesSize(FxRobot robot) throws Exception {
        robot.clickOn(view.localToScreen(40, 300));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        robot.interact(() -> stage.setWidth(stage.getWidth() - 100));
        assertTrue(shownTooltip().isEmpty(), "the name went as the window changed size");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        robot.interact(() -> stage.setX(stage.getX() + 40));
        assertTrue(shownTooltip().isEmpty(), "the name went as the window moved");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        robot.moveTo(view.localToScreen(40, 300)).moveBy(5, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownTooltip().isEmpty(), "the pointer took over over the sea");
    }

    @Test
    void scrollingZooms(FxRobot robot) {
        double before = view.getViewport().metresPerPixel();
        robot.moveTo(view).scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, view.getViewport().metresPerPixel());
    }

    @Test
    void keysZoomAndZeroResetsToEurope(FxRobot robot) {
        double europe = view.getViewport().metresPerPixel();
        robot.clickOn(view.localToScreen(40, 300));
        robot.type(KeyCode.EQUALS);
        assertTrue(view.getViewport().metresPerPixel() < europe);
        robot.type(KeyCode.DIGIT0);
        assertEquals(europe, view.getViewport().metresPerPixel(), 1e-6);
    }

    @Test
    void draggingPans(FxRobot robot) {
        double x = view.getViewport().centerX();
        robot.drag(view.localToScreen(450, 300), MouseButton.PRIMARY).moveBy(120, 0).drop();
        assertTrue(view.getViewport().centerX() < x);
    }

    @Test
    void darkModeAndSelectionRepaintWithoutTrouble(FxRobot robot) {
        robot.interact(() -> {
            state.darkProperty().set(true);
            state.selectedActorProperty().set("sherman");
            // An event that is not Sherman's: one selection everywhere, so the actor lets go.
            state.selectedEventProperty().set("kallas-reuters");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("233", "428", "440"), view.currentScene().orElseThrow().shadedCountries());
    }

    /** The aggregates are computed on a background thread: wait for them as a user would. */
    private void awaitData() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isComputing() && view.currentScene().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A route stop's numbered badge stands beside its circle: a click on it chooses the stop's place, as a click on
     * the circle does. Off the circle, it had chosen nothing (a teacher clicks the "3" the slide talks about).
     */
    @Test
    void clickingARouteBadgeSelectsItsStop(FxRobot robot) throws Exception {
        awaitData();
        robot.interact(view::paintNow);
        List<ScreenPoint> badges = view.drawnBadges();
        List<RouteStop> route = view.currentScene().orElseThrow().route();
        assertEquals(route.size(), badges.size());
        int vienna = -1;
        for (int i = 0; i < route.size(); i++) {
            vienna = route.get(i).placeIds().contains("vienna") ? i : vienna;
        }
        assertTrue(vienna >= 0, "the week's route stops in Vienna: " + route);
        ScreenPoint badge = badges.get(vienna);
        robot.clickOn(view.localToScreen(badge.x(), badge.y()));
        assertEquals("vienna", state.selectedPlaceProperty().get());
    }

    @Test
    void clickingMoscowSelectsItInTheStateAndRingsIt(FxRobot robot) throws Exception {
        awaitData();
        robot.clickOn(onScreen("moscow"));
        assertEquals("moscow", state.selectedPlaceProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("moscow", view.currentScene().orElseThrow().selectedPlace(), "the view rings what it selected");
        assertTrue(view.getAccessibleText().startsWith("Selected: Moscow — "), view.getAccessibleText());
        assertEquals(AccessibleRole.IMAGE_VIEW, view.getAccessibleRole());
    }

    @Test
    void theSelectedEventsVenueAndTheSelectedActorsPlacesAreHighlighted(FxRobot robot) throws Exception {
        awaitData();
        // An event the papers place in Vienna (the OSCE meeting).
        String inVienna = state.dataset().events().stream().filter(e -> "vienna".equals(e.place())).findFirst()
                .orElseThrow().id();
        robot.interact(() -> state.selectedEventProperty().set(inVienna));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vienna", view.currentScene().orElseThrow().selectedPlace(), "the event's venue is ringed");
        robot.interact(() -> {
            state.selectedEventProperty().set(null);
            state.selectedActorProperty().set("sherman");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> highlighted = view.currentScene().orElseThrow().highlightedPlaces();
        assertTrue(highlighted.containsAll(Set.of("geneva", "nato-hq")), highlighted.toString());
        assertTrue(!highlighted.contains("moscow"), "Sherman was not in Moscow that week: " + highlighted);
    }

    /**
     * A line chosen in the actor network rings where its two actors met, not every place of the first: Sherman and
     * Ryabkov met in Geneva, and the map had also ringed Brussels and NATO headquarters, where Sherman was without him.
     */
    @Test
    void aChosenLinkRingsOnlyThePlacesItsTwoActorsShare(FxRobot robot) throws Exception {
        awaitData();
        robot.interact(() -> state.chooseLink("sherman", "ryabkov"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("geneva"), view.currentScene().orElseThrow().highlightedPlaces());
        robot.interact(() -> state.chooseActor("sherman"));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> alone = view.currentScene().orElseThrow().highlightedPlaces();
        assertTrue(alone.containsAll(Set.of("geneva", "nato-hq")), "letting go of the partner rings the actor's own: " + alone);
    }

    @Test
    void arrowKeysWalkThePlacesAndEnterSelects(FxRobot robot) throws Exception {
        awaitData();
        robot.interact(view::requestFocus);
        double centre = view.getViewport().centerX();
        robot.type(KeyCode.RIGHT);
        String first = view.keyboardCursor();
        assertTrue(first != null, "an arrow key puts the cursor on a place");
        assertEquals(centre, view.getViewport().centerX(), 1e-6, "plain arrows do not pan");
        robot.type(KeyCode.RIGHT);
        String second = view.keyboardCursor();
        Place a = WEEK.place(first).orElseThrow();
        Place b = WEEK.place(second).orElseThrow();
        assertTrue(view.getViewport().project(b.lon(), b.lat()).x() > view.getViewport().project(a.lon(), a.lat()).x(),
                first + " then " + second + " goes east");
        assertNull(state.selectedPlaceProperty().get(), "walking selects nothing");
        robot.type(KeyCode.ENTER);
        assertEquals(second, state.selectedPlaceProperty().get());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertTrue(view.getViewport().centerX() > centre, "Shift+arrow pans");
    }

    @Test
    void labelsAreDrawnAndNeverOverlap(FxRobot robot) throws Exception {
        awaitData();
        robot.interact(view::paintNow);
        var labels = view.drawnLabels();
        assertTrue(labels.stream().anyMatch(l -> l.text().startsWith("Geneva")), labels.toString());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertTrue(!labels.get(i).box().overlaps(labels.get(j).box()), labels.get(i) + " / " + labels.get(j));
            }
        }
    }
}
