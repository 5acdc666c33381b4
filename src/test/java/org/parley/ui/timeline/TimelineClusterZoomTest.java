package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.ItemBox;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Years of generated events: a click on a density strip zooms into it and shows that strip's own lane. */
@ExtendWith(FxThreadRobot.class)
class TimelineClusterZoomTest {

    private ExplorerState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(SyntheticDataAccess.dataset(20_000));
        view = new TimelineView(state);
        stage.setScene(new Scene(view, 1200, 600));
        stage.show();
    }

    private void ready() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<ItemBox> strips() {
        return view.timelineLayout().visible(view.getScale()).stream().filter(b -> b.count() > 1)
                .filter(b -> b.y1() - view.scrollY() <= view.bodyHeight()).toList();
    }

    @Test
    void clickingTheLowestLanesStripShowsThatLaneZoomedIn(FxRobot robot) throws Exception {
        // Laid out and sized first: a fit asked for before the control has its width waits for it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.getWidth() > TimelineMetrics.GUTTER && view.isLayoutCurrent());
        robot.interact(view::fitAll);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.isLayoutCurrent() && !strips().isEmpty());
        List<ItemBox> strips = strips();
        assertFalse(strips.isEmpty(), "the whole range is drawn as density strips");
        ItemBox lowest = strips.stream().max(Comparator.comparingDouble(ItemBox::y0)).orElseThrow();
        double x = TimelineMetrics.GUTTER + Math.max(0, lowest.x0()) + 2;
        double y = TimelineMetrics.AXIS_HEIGHT + (lowest.y0() + lowest.y1()) / 2 - view.scrollY();
        Point2D screen = view.localToScreen(x, y);
        robot.clickOn(screen.getX(), screen.getY());
        ready();
        List<ItemBox> shown = view.timelineLayout().boxesOf(lowest.eventId(), view.getScale());
        assertFalse(shown.isEmpty(), "the strip's first event is laid out at the new zoom");
        ItemBox b = shown.get(0);
        assertTrue(b.y1() > view.scrollY() && b.y0() < view.scrollY() + view.bodyHeight(),
                "its row is in view: " + b + " scrolled to " + view.scrollY() + " of " + view.bodyHeight());
    }
}
