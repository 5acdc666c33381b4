package org.parley.ui.actors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.GraphDrawing;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorLink;
import org.parley.render.graph.EdgeHits;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.MenuKeys;
import org.parley.ui.table.EventTable;
import org.parley.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line of the actor network taken from the pointer: hovered, it names its two actors and counts
 * what they share; clicked, it chooses them through the explorer state, and the timeline and the
 * Events tab beside it show what they share. Headless on the bundled week.
 */
@ExtendWith(FxThreadRobot.class)
class ActorNetworkEdgeTest {

    private static Dataset dataset;
    private ExplorerState state;
    private ActorPanel panel;
    private TimelineView timeline;
    private EventTable table;

    @BeforeAll
    static void read() throws Exception {
        dataset = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        panel = new ActorPanel(state);
        panel.setPrefWidth(640);
        timeline = new TimelineView(state);
        table = new EventTable(state);
        VBox others = new VBox(timeline, table);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(others, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(panel, others), 1200, 720));
        // As the main window does: the menu key and Shift+F10 reach every view's menu through it.
        MenuKeys.install(stage.getScene());
        stage.show();
    }

    @Test
    void hoveringALineNamesItsActorsAndAClickChoosesWhatTheyShare(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        GraphDrawing.Edge edge = pointAtAnEdge(robot);
        ActorLink link = panel.networkView().graphScene().network().link(edge.a(), edge.b()).orElseThrow();
        String tip = panel.networkView().tooltipText();
        assertNotNull(tip, "hovering a line shows what it stands for");
        String a = dataset.actor(edge.a()).orElseThrow().name();
        String b = dataset.actor(edge.b()).orElseThrow().name();
        assertTrue(tip.startsWith(a + " and " + b + "\n" + link.sharedEvents() + " event"), tip);
        assertEquals(edge, panel.networkView().graphScene().hoveredLink(), "the line under the pointer is drawn so");

        robot.clickOn(onScreen(edge));

        assertEquals(edge.a(), state.selectedActorProperty().get());
        assertEquals(edge.b(), state.selectedPartnerProperty().get());
        Event chosen = state.selectedEvent().orElseThrow();
        assertTrue(ExplorerState.sharedBy(dataset, edge.a(), edge.b()).test(chosen), chosen.id());
        Set<String> shared = state.visibleEventsProperty().get().stream()
                .filter(ExplorerState.sharedBy(dataset, edge.a(), edge.b())).map(Event::id)
                .collect(Collectors.toSet());
        assertEquals(link.sharedEvents(), shared.size(), "the line counts the events it stands for");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shared, timeline.highlightedIds(), "the timeline rings what the two share, no more");
        assertEquals(chosen.id(), table.getSelectionModel().getSelectedItem().id(), "the Events tab selects it");
        ActorGraphScene scene = panel.networkView().graphScene();
        assertEquals(edge.a(), scene.selected());
        assertEquals(edge.b(), scene.partner());

        // An actor chosen afterwards is chosen alone: the link is let go of.
        robot.interact(() -> state.chooseActor(edge.b()));
        assertNull(state.selectedPartnerProperty().get());
        assertEquals(edge.b(), state.selectedActorProperty().get());
    }

    /** The line just clicked, still under the pointer, says it is chosen, not "Click to select what they share" once more. */
    @Test
    void hoveringTheChosenLineSaysItIsChosen(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        GraphDrawing.Edge edge = pointAtAnEdge(robot);
        assertTrue(panel.networkView().tooltipText().endsWith("Click to select what they share; right-click to show only those"),
                panel.networkView().tooltipText());
        robot.clickOn(onScreen(edge));
        WaitForAsyncUtils.waitForFxEvents();
        String tip = panel.networkView().tooltipText();
        assertNotNull(tip);
        assertTrue(tip.endsWith("Chosen: the timeline and the map ring what they share (Esc lets go; "
                + "right-click or the menu key: show only those)"), tip);
    }

    /**
     * The keyboard's way to a line: with an actor selected, Page Down / Page Up step through its lines, heaviest first,
     * each shown as hovered and read out; Enter chooses it; Esc lets go of the line, then of the link. Tab still moves
     * the focus on.
     */
    @Test
    void pageDownStepsThroughTheSelectedActorsLinesAndEnterChoosesOne(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        ActorNetworkView view = panel.networkView();
        robot.interact(() -> {
            state.chooseActor("sherman");
            view.requestFocus();
        });
        List<GraphDrawing.Edge> lines = view.graphScene().drawing().edges().stream()
                .filter(e -> e.a().equals("sherman") || e.b().equals("sherman"))
                .sorted(Comparator.comparingDouble(GraphDrawing.Edge::width).reversed()).toList();
        assertTrue(lines.size() >= 2, "Sherman has lines to step through: " + lines);

        robot.type(KeyCode.PAGE_DOWN);
        GraphDrawing.Edge first = view.graphScene().hoveredLink();
        assertNotNull(first, "Page Down hovers one of Sherman's lines");
        assertEquals(lines.get(0).width(), first.width(), "the heaviest first");
        String other = first.a().equals("sherman") ? first.b() : first.a();
        String read = view.getAccessibleText();
        // Read from the actor stepped from: "Line Wendy Sherman and Russia", not the link's stored order.
        assertTrue(read.startsWith("Line " + dataset.actor("sherman").orElseThrow().name() + " and "
                + dataset.actor(other).orElseThrow().name()) && read.endsWith("Enter chooses it"), read);
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(!first.equals(view.graphScene().hoveredLink()), "a second Page Down goes on to the next line");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(first, view.graphScene().hoveredLink(), "Page Up goes back");

        robot.type(KeyCode.ENTER);
        assertEquals("sherman", state.selectedActorProperty().get());
        assertEquals(other, state.selectedPartnerProperty().get(), "Enter chooses the line");
        assertTrue(view.getAccessibleText().endsWith(", chosen"), view.getAccessibleText());

        robot.type(KeyCode.ESCAPE);
        assertNull(view.graphScene().hoveredLink(), "Esc first lets go of the line stepped to");
        assertEquals(other, state.selectedPartnerProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertNull(state.selectedPartnerProperty().get(), "then of the chosen link");
        assertEquals("sherman", state.selectedActorProperty().get(), "its first actor stays chosen");

        robot.type(KeyCode.TAB);
        assertTrue(!view.isFocused(), "Tab still moves the focus on");
    }

    /**
     * A right-click on a line chooses it and offers "Show only what they share": chosen, the events shown are the
     * ones the line counts, the Events tab lists only those, and Undo gives back every event. The rings had shown
     * them among all the others, and no filter could keep them alone.
     */
    @Test
    void aLinesMenuShowsOnlyWhatTheyShareAndUndoGivesAllBack(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        GraphDrawing.Edge edge = pointAtAnEdge(robot);
        ActorLink link = panel.networkView().graphScene().network().link(edge.a(), edge.b()).orElseThrow();
        int all = state.visibleEventsProperty().get().size();
        robot.rightClickOn(onScreen(edge));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edge.b(), state.selectedPartnerProperty().get(), "the right-click chose the line");
        robot.clickOn("Show only what they share");
        WaitForAsyncUtils.waitForFxEvents();

        Set<String> shown = state.visibleEventsProperty().get().stream().map(Event::id).collect(Collectors.toSet());
        Set<String> shared = dataset.events().stream().filter(ExplorerState.sharedBy(dataset, edge.a(), edge.b()))
                .map(Event::id).collect(Collectors.toSet());
        assertEquals(shared, shown, "only what the two share is shown");
        assertEquals(link.sharedEvents(), shown.size(), "as many as the line said");
        assertEquals(shown, table.getItems().stream().map(Event::id).collect(Collectors.toSet()), "the Events tab agrees");
        assertEquals(Set.of(edge.a(), edge.b()), state.filterProperty().get().actors());
        assertTrue(state.isFilteredToChosenLink());
        assertEquals(edge.b(), state.selectedPartnerProperty().get(), "the line stays chosen");

        robot.interact(() -> state.filterHistory().undo());
        assertEquals(all, state.visibleEventsProperty().get().size(), "undone: every event again");
    }

    /** Shift+F10 on the network opens the chosen line's menu: GTK sends no context-menu request for it. */
    @Test
    void shiftF10OpensTheChosenLinesMenu(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        GraphDrawing.Edge edge = pointAtAnEdge(robot);
        robot.interact(() -> state.chooseLink(edge.a(), edge.b()));
        robot.interact(() -> panel.networkView().requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.F10)
                .release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Show only what they share");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.isFilteredToChosenLink(), "the menu opened from the keys filtered");
    }

    /**
     * Moves the pointer onto the middle of the heaviest line whose middle lies clear of every node,
     * where the latest layout put it (one more layout may land once the view has its final size).
     */
    private GraphDrawing.Edge pointAtAnEdge(FxRobot robot) {
        GraphDrawing.Edge[] found = new GraphDrawing.Edge[1];
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                awaitLayout();
                ActorGraphScene scene = panel.networkView().graphScene();
                EdgeHits hits = EdgeHits.of(scene.drawing());
                found[0] = scene.drawing().edges().stream()
                        .sorted(Comparator.comparingDouble(GraphDrawing.Edge::width).reversed())
                        .filter(e -> scene.nodeAt(midX(e), midY(e)).isEmpty())
                        .filter(e -> hits.at(midX(e), midY(e)).filter(e::equals).isPresent())
                        .findFirst().orElseThrow();
                robot.moveTo(onScreen(found[0]));
                WaitForAsyncUtils.waitForFxEvents();
                return found[0].equals(panel.networkView().graphScene().hoveredLink());
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the pointer on a line's middle hovered "
                    + panel.networkView().graphScene().hoveredLink(), e);
        }
        return found[0];
    }

    private Point2D onScreen(GraphDrawing.Edge e) {
        return panel.networkView().canvas().localToScreen(midX(e), midY(e));
    }

    private static double midX(GraphDrawing.Edge e) {
        return (e.x0() + e.x1()) / 2;
    }

    private static double midY(GraphDrawing.Edge e) {
        return (e.y0() + e.y1()) / 2;
    }

    private void awaitLayout() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> !panel.networkView().isComputing() && panel.networkView().graphScene() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("network not laid out in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
