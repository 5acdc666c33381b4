package org.parley.ui.actors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network, filtered to actors all together who share no event, says so with the same "Match any of them"
 * link as the timeline, the events table and the status bar. It had drawn the note on its canvas, on one line
 * that ran past a side pane's edges, and with no link. In a side pane as narrow as at 1280×720.
 */
@ExtendWith(FxThreadRobot.class)
class NetworkNothingSharedTest {

    private final ExplorerState state = new ExplorerState();
    private Dataset data;
    private ActorPanel panel;

    @Start
    void start(Stage primary) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
        state.datasetProperty().set(data);
        panel = new ActorPanel(state);
        Stage stage = new Stage(); // the shared primary stage keeps its size for the next class
        stage.setScene(new Scene(panel, 360, 320));
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theNetworkNamesWhoSharesNothingAndItsLinkMatchesAnyOfThem(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        // Kallas (Estonia) and Przydacz (Poland) each speak, never together.
        EventFilter either = EventFilter.NONE.withActors(Set.of("kallas", "przydacz"));
        long theirs = data.events().stream().filter(either.in(data)).count();
        robot.interact(() -> state.filterProperty().set(either.withActorMatch(EventFilter.ActorMatch.ALL)));
        WaitForAsyncUtils.waitForFxEvents();

        String said = "Kaja Kallas and Marcin Przydacz share no event. Matching any of them shows " + theirs + " events.";
        Label note = robot.lookup("#network-nothing-shared-note").queryAs(Label.class);
        assertEquals(said, note.getText());
        assertTrue(note.isVisible() && note.getParent().isVisible(), "the note shown over the network");
        Hyperlink link = robot.lookup("#network-nothing-shared-match-any").queryAs(Hyperlink.class);
        assertTrue(link.isVisible(), "with its link");
        Bounds view = panel.networkView().localToScene(panel.networkView().getLayoutBounds());
        for (Node n : new Node[] {note, link}) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= view.getMinX() - 0.5 && b.getMaxX() <= view.getMaxX() + 0.5
                    && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5,
                    n.getId() + " within the network " + view + ": " + b);
        }

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventFilter.ActorMatch.ANY, state.filterProperty().get().actorMatch());
        assertEquals(theirs, state.visibleEventsProperty().get().size());
        assertFalse(note.getParent().isVisible(), "nothing to say once they show");
    }
}
