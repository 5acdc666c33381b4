package org.parley.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An event with thousands of participants (a generated or careless dataset) is shown with a page of
 * them and a link for more: one link per participant froze the window for a minute at 10,000.
 */
@ExtendWith(FxThreadRobot.class)
class DetailPaneManyParticipantsTest {

    private static final int PARTICIPANTS = 10_000;

    private ExplorerState state;
    private DetailPane pane;
    private Event crowded;

    @Start
    void start(Stage stage) {
        Dataset week = BundledSeeds.dataset();
        Event first = week.events().get(0);
        List<Participant> many = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            many.add(new Participant("extra-" + i, "delegate"));
        }
        crowded = new Event(first.id(), first.title(), first.summary(), first.time(), first.order(), first.place(),
                first.refers(), first.kind(), first.cameo(), first.track(), many, first.evidence(), first.inferred(),
                first.note(), first.modality());
        List<Event> events = new ArrayList<>(week.events());
        events.set(0, crowded);
        Dataset dataset = new Dataset(week.title(), week.description(), week.focus().orElse(null), week.zone(),
                week.sources(), week.actors(), week.places(), events, week.quotes(), week.divergences(),
                week.positions());
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new DetailPane(state);
        stage.setScene(new Scene(pane, 700, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void aCrowdedEventShowsAPageOfParticipantsAndALinkForMore(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set(crowded.id()));
        WaitForAsyncUtils.waitForFxEvents();
        int shown = robot.from(pane).lookup("." + EventHeader.PARTICIPANT).queryAll().size();
        assertEquals(EventHeader.PARTICIPANTS_AT_ONCE, shown, "one page of participants, not all " + PARTICIPANTS);

        Hyperlink more = robot.from(pane).lookup("." + EventHeader.MORE_PARTICIPANTS).queryAs(Hyperlink.class);
        assertTrue(more.getText().contains("9,950"), "the link says how many are not shown: " + more.getText());
        robot.interact(more::fire);
        WaitForAsyncUtils.waitForFxEvents();

        int after = robot.from(pane).lookup("." + EventHeader.PARTICIPANT).queryAll().size();
        assertEquals(2 * EventHeader.PARTICIPANTS_AT_ONCE, after, "the link shows one more page");
        Hyperlink still = robot.from(pane).lookup("." + EventHeader.MORE_PARTICIPANTS).queryAs(Hyperlink.class);
        assertTrue(still.getText().contains("9,900"), still.getText());
    }
}
