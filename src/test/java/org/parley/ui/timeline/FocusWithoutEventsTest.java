package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dataset whose declared focus holds none of its events (the validator allows a focus up to a year
 * from them) opened on blank lanes, "64 of 64 events shown", and no word why: the lanes say so now,
 * with the way to the events.
 */
@ExtendWith(FxThreadRobot.class)
class FocusWithoutEventsTest {

    private ExplorerState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        Dataset week = BundledSeeds.dataset();
        state.datasetProperty().set(new Dataset(week.title(), week.description(),
                new DateRange(LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 13)), week.zone(), week.sources(),
                week.actors(), week.places(), week.events(), week.quotes(), week.divergences(), week.positions()));
        view = new TimelineView(state);
        stage.setScene(new Scene(new StackPane(view), 1000, 500));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void theBlankFocusSaysItHoldsNoneOfTheEventsAndTheLinkShowsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.layoutDataset() != null && view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#timeline-empty").queryAs(Label.class);
        Hyperlink fitAll = robot.lookup("#timeline-fit-all").queryAs(Hyperlink.class);

        assertTrue(note.isVisible(), "the blank focus says why");
        assertEquals("None of the 64 events falls in the dataset's focus (9–13 Jan 2023).", note.getText());
        assertTrue(fitAll.isVisible());
        Bounds lanes = view.localToScene(view.getLayoutBounds());
        Bounds link = fitAll.localToScene(fitAll.getLayoutBounds());
        assertTrue(link.getWidth() > 0 && lanes.contains(link), "on the lanes, whole: " + link + " in " + lanes);

        robot.clickOn(fitAll);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isLayoutCurrent() && !note.isVisible());
        assertFalse(view.timelineLayout().visible(view.getScale()).isEmpty(), "the events are in view");
        assertFalse(fitAll.isVisible());
        assertTrue(view.isFocused(), "the keys stay with the timeline");
    }

    @Test
    void panningOffTheEventsSaysTheseDaysHoldNone(FxRobot robot) throws Exception {
        robot.interact(view::fitAll);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#timeline-empty").queryAs(Label.class);
        assertFalse(note.isVisible(), "every event is drawn: nothing to say");

        // Three views' widths later, decades past the last event (and past the focus): no event at all.
        robot.interact(() -> view.panBy(-3 * view.getScale().width()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.isVisible());
        assertEquals("None of the 64 events falls in these days.", note.getText());
    }
}
