package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.ItemBox;
import org.parley.model.Event;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An event chosen elsewhere (a Compare card, the table) scrolls the lanes to it. At 1366×768 a card chosen on the
 * Compare tab, the Brussels meeting, was brought up to the view's foot, and the top edge fell three pixels above the
 * foot of Geneva's first row: the bottoms of its two cards stood there, cut, over the row below.
 */
@ExtendWith(FxThreadRobot.class)
class RevealedEventRowsTest {

    private ExplorerState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        view = new TimelineView(state);
        // The timeline's share of a 1366×768 window, its context band included.
        stage.setScene(new Scene(view, 1366, 355));
        stage.show();
    }

    private void ready() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> view.getWidth() > TimelineMetrics.GUTTER && view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEventChosenElsewhereLeavesNoCardCutAtTheTopOfTheView(FxRobot robot) throws Exception {
        ready();
        List<String> cut = new ArrayList<>();
        for (boolean fromTheEnd : new boolean[] {false, true}) {
            for (Event e : BundledSeeds.dataset().events()) {
                robot.interact(() -> {
                    state.selectedEventProperty().set(null);
                    view.setScrollY(fromTheEnd ? Double.MAX_VALUE : 0);
                });
                ready();
                robot.interact(() -> state.selectedEventProperty().set(e.id()));
                ready();
                double top = view.scrollY();
                List<ItemBox> shown = view.timelineLayout().boxesOf(e.id(), view.getScale());
                if (shown.isEmpty() || shown.get(0).y0() < top || shown.get(0).y1() > top + view.bodyHeight()) {
                    continue;
                }
                view.timelineLayout().visible(view.getScale(), top, top + 1).stream()
                        .filter(b -> b.y0() < top - 0.5 && b.y1() > top + 0.5).findFirst()
                        .ifPresent(b -> cut.add(e.title() + (fromTheEnd ? " (from below)" : "") + ": a card "
                                + (b.y0() - top) + " to " + (b.y1() - top) + " px from the top"));
            }
        }
        assertEquals(List.of(), cut, "cards cut at the top of the view after choosing an event");
    }
}
