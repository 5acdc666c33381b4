package org.parley.ui.actors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.GraphDrawing;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.render.graph.ActorGraphScene;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A network of more lines than the painter draws (60 delegates, 1,770 lines): the quietest
 * delegate's lines are left out until it is selected, then drawn, and then each can be taken.
 */
@ExtendWith(FxThreadRobot.class)
class ActorNetworkManyLinesTest {

    private static final int DELEGATES = 60;
    private static final String QUIET = "delegate-0";

    private ExplorerState state;
    private ActorPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(crowd());
        panel = new ActorPanel(state);
        stage.setScene(new Scene(panel, 1000, 720));
        stage.show();
    }

    /** Two meetings of delegates 1–59 and one of all 60: delegate 0's lines are the lightest. */
    private static Dataset crowd() {
        Dataset week = BundledSeeds.dataset();
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < DELEGATES; i++) {
            actors.add(new Actor("delegate-" + i, "Delegate " + i, List.of(), ActorKind.PERSON,
                    ActorGroup.values()[i % ActorGroup.values().length], "", "", ""));
        }
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Event from = week.events().get(k);
            List<Participant> present = new ArrayList<>();
            for (int i = k == 2 ? 0 : 1; i < DELEGATES; i++) {
                present.add(new Participant("delegate-" + i, "delegate"));
            }
            events.add(new Event(from.id(), from.title(), from.summary(), from.time(), from.order(), from.place(),
                    from.refers(), from.kind(), from.cameo(), from.track(), present, from.evidence(),
                    from.inferred(), from.note(), from.modality()));
        }
        return new Dataset(week.title(), week.description(), week.focus().orElse(null), week.zone(), week.sources(),
                actors, week.places(), events, List.of(), List.of(), List.of());
    }

    @Test
    void aLineOfTheSelectedActorThatOnlyItsSelectionDrawsCanBeHoveredAndChosen(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        robot.interact(() -> state.chooseActor(QUIET));
        WaitForAsyncUtils.waitForFxEvents();
        ActorGraphScene scene = panel.networkView().graphScene();
        // A pixel on one of the quiet delegate's lines, clear of every node, nearer to it than to any other line.
        GraphDrawing.Edge line = null;
        Point2D at = null;
        for (GraphDrawing.Edge e : scene.drawing().edges()) {
            if (line != null || !(e.a().equals(QUIET) || e.b().equals(QUIET))) {
                continue;
            }
            for (int step = 1; step < 20 && line == null; step++) {
                double x = e.x0() + (e.x1() - e.x0()) * step / 20;
                double y = e.y0() + (e.y1() - e.y0()) * step / 20;
                if (scene.nodeAt(x, y).isEmpty() && clearOfOthers(scene, e, Math.round(x), Math.round(y))) {
                    line = e;
                    at = new Point2D(Math.round(x), Math.round(y));
                }
            }
        }
        assertNotNull(line, "some line of the quiet delegate runs clear of the others");
        Point2D middle = panel.networkView().canvas().localToScreen(at);

        robot.moveTo(middle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(line, panel.networkView().graphScene().hoveredLink(), "the drawn line under the pointer is hovered");
        robot.clickOn(middle);
        assertEquals(List.of(line.a(), line.b()),
                List.of(state.selectedActorProperty().get(), state.selectedPartnerProperty().get()));
    }

    /** Whether (x, y) lies within a pixel of {@code line} and every other line passes 3 px or more from it. */
    private static boolean clearOfOthers(ActorGraphScene scene, GraphDrawing.Edge line, double x, double y) {
        return distance(line, x, y) < 1 && scene.drawing().edges().stream().filter(e -> !e.equals(line))
                .allMatch(e -> distance(e, x, y) >= 3);
    }

    private static double distance(GraphDrawing.Edge e, double x, double y) {
        double dx = e.x1() - e.x0();
        double dy = e.y1() - e.y0();
        double t = Math.max(0, Math.min(1, ((x - e.x0()) * dx + (y - e.y0()) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - (e.x0() + t * dx), y - (e.y0() + t * dy));
    }

    private void awaitLayout() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> !panel.networkView().isComputing() && panel.networkView().graphScene() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("network not laid out in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
