package org.parley.ui.filter;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Quote;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Filters pane's list of actors as a researcher uses it: looked up by surname, narrowed by typing, and
 * scrolled with the wheel without the pane around it sliding away.
 */
@ExtendWith(FxThreadRobot.class)
class ActorFilterListTest {

    private ExplorerState state;
    private Dataset data;
    private FilterPane pane;
    private CheckListView<Actor> actors;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(data);
        pane = new FilterPane(state);
        // About the Filters tab's height at 1366×768: the pane scrolls, and so does the list inside it.
        stage.setScene(new Scene(pane, 380, 420));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        actors = (CheckListView<Actor>) pane.lookup("#actor-filter");
    }

    private List<String> names() {
        return actors.getItems().stream().map(Actor::name).toList();
    }

    /** By surname, as the Actors tab's search and an index are read: first names had put Aleksandr V. Fomin first. */
    @Test
    void theActorsAreListedBySurname() {
        List<String> names = names();
        assertEquals("Anatoly Antonov", names.get(0), names.toString());
        assertTrue(names.indexOf("Sergei A. Ryabkov") < names.indexOf("Wendy Sherman")
                && names.indexOf("Wendy Sherman") < names.indexOf("Jens Stoltenberg"), names.toString());
        // "the West" is filed under W, not after every capital letter.
        assertTrue(names.indexOf("unnamed officials") < names.indexOf("the West"), names.toString());
    }

    /** Typing narrows the list; a tick made while narrowed adds to those hidden; clearing shows every actor again. */
    @Test
    void typingNarrowsTheListAndKeepsTheTicks(FxRobot robot) {
        int all = actors.getItems().size();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("putin"))));
        TextField find = robot.from(pane).lookup("#actor-find").queryAs(TextField.class);
        robot.interact(() -> scrollPaneTo(find));
        robot.clickOn(find).write("grush");
        waitUntil(() -> names().equals(List.of("Alexander Grushko")), "only Grushko is left: " + names());
        CheckBox box = robot.from(actors).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Actor a && a.id().equals("grushko"))
                .map(c -> (CheckBox) c.getGraphic()).findFirst().orElseThrow();
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("putin", "grushko"), state.filterProperty().get().actors(),
                "Putin, ticked before and hidden by the typing, stays");
        robot.clickOn(find).type(KeyCode.ESCAPE);
        waitUntil(() -> actors.getItems().size() == all, "every actor again");
        assertTrue(actors.getCheckModel().isChecked(data.actor("putin").orElseThrow()), "Putin still ticked");
        assertTrue(actors.getCheckModel().isChecked(data.actor("grushko").orElseThrow()), "Grushko ticked");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    /** Typing what no actor is called says so under the list. */
    @Test
    void typingWhatNoActorIsCalledSaysSo(FxRobot robot) {
        TextField find = robot.from(pane).lookup("#actor-find").queryAs(TextField.class);
        robot.interact(() -> scrollPaneTo(find));
        robot.clickOn(find).write("zzq");
        waitUntil(() -> actors.getItems().isEmpty(), "nothing matches");
        waitUntil(() -> findNote().isPresent(), "the line under the list shows");
        assertEquals("No actor’s name or alias holds “zzq”.", findNote().orElseThrow(),
                "the line under the list says no actor is called so");
        robot.clickOn(find).type(KeyCode.ESCAPE);
        waitUntil(() -> !actors.getItems().isEmpty(), "every actor again");
        assertEquals(Optional.empty(), findNote(), "the line is gone with the typing");
    }

    /**
     * A name the papers give only in their bylines is in no event, and so not in the list: the line under it says so,
     * in the dataset's words about the actor, and goes when the field is cleared. "dixon" had left an empty list and
     * no word why.
     */
    @Test
    void typingTheNameOfAnActorInNoEventSaysWhyTheListIsEmpty(FxRobot robot) {
        TextField find = robot.from(pane).lookup("#actor-find").queryAs(TextField.class);
        robot.interact(() -> scrollPaneTo(find));
        robot.clickOn(find).write("dixon");
        waitUntil(() -> actors.getItems().isEmpty() && findNote().isPresent(), "the line under the list shows");
        assertEquals("Dixon is in no event (Reporter, The Washington Post): nothing to filter by.",
                findNote().orElseThrow());
        robot.clickOn(find).type(KeyCode.ESCAPE);
        waitUntil(() -> !actors.getItems().isEmpty(), "every actor again");
        assertEquals(Optional.empty(), findNote(), "the line is gone with the typing");
    }

    /** The line under the list, while it is shown. */
    private Optional<String> findNote() {
        return pane.lookup("#actor-find-note") instanceof Label l && l.isVisible() ? Optional.of(l.getText())
                : Optional.empty();
    }

    /**
     * An actor the curators quoted at events without listing them among the participants is in those events for
     * the filter (Dataset.involves, as the network and the exports count), so the list offers them too: it
     * offered participants alone, and such a speaker could be filtered by only from the network or the command line.
     */
    @Test
    void aSpeakerQuotedButListedNowhereIsOffered(FxRobot robot) {
        Quote quote = data.quotes().get(0);
        String speaker = quote.speaker();
        List<Event> unlisted = data.events().stream().map(e -> new Event(e.id(), e.title(), e.summary(), e.time(),
                e.order(), e.place(), e.refers(), e.kind(), e.cameo(), e.track(),
                e.actors().stream().filter(p -> !p.actor().equals(speaker)).toList(), e.evidence(), e.inferred(),
                e.note(), e.modality())).toList();
        Dataset quotedOnly = new Dataset(data.title(), data.description(), null, data.zone(), data.sources(),
                data.actors(), data.places(), unlisted, data.quotes(), data.divergences(), data.positions());
        String name = data.actor(speaker).orElseThrow().name();
        try {
            robot.interact(() -> state.datasetProperty().set(quotedOnly));
            waitUntil(() -> names().contains(name), name + ", quoted only, is offered: " + names());
        } finally {
            robot.interact(() -> state.datasetProperty().set(data));
        }
    }

    /** The wheel over the list scrolls the list alone until its end; only then does the pane move on. */
    @Test
    void theWheelOverTheListScrollsTheListAloneUntilItsEnd(FxRobot robot) {
        // In the whole suite's JVM a window may open larger than it asked: the pane's height is set again.
        robot.interact(() -> {
            pane.getScene().getWindow().setWidth(380);
            pane.getScene().getWindow().setHeight(420);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scrollPaneTo(actors));
        WaitForAsyncUtils.waitForFxEvents();
        double paneBefore = pane.getVvalue();
        assertTrue(paneBefore > 0 && paneBefore < 1, "the pane can scroll on below the list: " + paneBefore);
        ScrollBar bar = verticalBar(actors);
        double listBefore = bar.getValue();
        robot.moveTo(actors);
        wheelDown(robot, 1);
        assertTrue(bar.getValue() > listBefore, "the list scrolled");
        assertEquals(paneBefore, pane.getVvalue(), 1e-9, "the pane stayed where it was");
        // Down to the list's end, and on: the pane takes over.
        for (int i = 0; i < 60 && bar.getValue() < bar.getMax(); i++) {
            wheelDown(robot, 1);
        }
        assertEquals(bar.getMax(), bar.getValue(), 1e-9, "the list at its end");
        assertEquals(paneBefore, pane.getVvalue(), 1e-9, "the pane still where it was");
        wheelDown(robot, 1);
        assertTrue(pane.getVvalue() > paneBefore, "past the list's end the pane moves on: " + paneBefore + " -> " + pane.getVvalue());
    }

    /**
     * One notch of a desktop wheel downwards, at the cell under the pointer, as the scene would deliver it:
     * Monocle's robot wheel is a fraction of a notch, and upwards.
     */
    private void wheelDown(FxRobot robot, int notches) {
        Point2D at = actors.screenToLocal(robot.point(actors).query());
        Node cell = actors.lookupAll(".list-cell").stream()
                .filter(c -> c.isVisible() && c.localToScene(c.getLayoutBounds())
                        .contains(actors.localToScene(at)))
                .findFirst().orElseThrow();
        Point2D scene = actors.localToScene(at);
        robot.interact(() -> ScrollEvent.fireEvent(cell, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(),
                0, 0, false, false, false, false, false, false, 0, -40.0 * notches, 0, -40.0 * notches,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollBar verticalBar(Node list) {
        return list.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL)
                .map(ScrollBar.class::cast).findFirst().orElseThrow();
    }

    /** Scrolls the pane so that {@code node} lies a little below its top, as a user would. */
    private void scrollPaneTo(Node node) {
        pane.layout();
        double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        double y = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        pane.setVvalue(Math.min(1, Math.max(0, (y - 20) / hidden)));
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": not so after 30 s", e);
        }
    }
}
