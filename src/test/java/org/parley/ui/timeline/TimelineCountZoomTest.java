package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.PlacedLabel;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A "+N" of events too close for their titles zooms in on them when clicked, as a cluster does. */
@ExtendWith(FxThreadRobot.class)
class TimelineCountZoomTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(SyntheticDataAccess.dataset(20_000));
        view = new TimelineView(state);
        stage.setScene(new Scene(view, 1200, 600));
        stage.show();
    }

    private Optional<PlacedLabel> aCountInView() {
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        return skin.lastLabels().stream().filter(PlacedLabel::isCount)
                .filter(l -> l.x() >= 0 && l.x() + l.width() <= view.getScale().width())
                .filter(l -> l.y() - view.scrollY() >= 0 && l.y() + l.height() - view.scrollY() <= view.bodyHeight())
                .findFirst();
    }

    @Test
    void clickingACountZoomsInOnTheEventsItStandsFor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.getWidth() > TimelineMetrics.GUTTER && view.isLayoutCurrent());
        robot.interact(view::fitAll);
        Optional<PlacedLabel> count = Optional.empty();
        // Zoomed in step by step from the whole range until a row has more marks than room for titles.
        for (int step = 0; step < 16 && count.isEmpty(); step++) {
            robot.interact(() -> view.setScale(view.getScale().zoomAbout(view.getScale().width() / 2, 2)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
            WaitForAsyncUtils.waitForFxEvents();
            count = aCountInView();
        }
        assertTrue(count.isPresent(), "some zoom shows a \"+N\"");
        PlacedLabel c = count.get();
        Instant from = view.getScale().timeAt(c.runX0());
        Instant to = view.getScale().timeAt(c.runX1());
        double before = view.getScale().visibleDuration().toMillis();

        Point2D at = view.localToScreen(TimelineMetrics.GUTTER + c.x() + c.width() / 2,
                TimelineMetrics.AXIS_HEIGHT + c.y() + c.height() / 2 - view.scrollY());
        robot.clickOn(at.getX(), at.getY());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getScale().visibleDuration().toMillis() < before, "zoomed in");
        assertTrue(view.getScale().start().isBefore(to) && view.getScale().end().isAfter(from),
                "events counted are in view: " + from + " – " + to + " and " + view.getScale().start() + " – "
                        + view.getScale().end());
    }
}
