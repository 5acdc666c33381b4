package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.ItemBox;
import org.parley.layout.PlacedLabel;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The week seen whole (Fit everything) counts Geneva's two days as "+2"; a click on it showed them
 * as two touching marks with one title, the other event neither named nor counted any more.
 */
@ExtendWith(FxThreadRobot.class)
class TimelineCountRevealsEachTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        view = new TimelineView(state);
        // The timeline's share of a 1280×720 window.
        stage.setScene(new Scene(view, 1280, 330));
        stage.show();
    }

    @Test
    void clickingACountOfTheWeeksEventsNamesEachOfThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.getWidth() > TimelineMetrics.GUTTER && view.isLayoutCurrent());
        robot.interact(view::fitAll);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        PlacedLabel count = skin.lastLabels().stream().filter(PlacedLabel::isCount)
                .filter(l -> l.y() - view.scrollY() >= 0 && l.y() + l.height() - view.scrollY() <= view.bodyHeight())
                .findFirst().orElseThrow(() -> new AssertionError("the whole range counts some events: " + skin.lastLabels()));
        // The events the count stands for: those drawn in its run, in its row (a cluster is one box for several).
        List<ItemBox> run = view.timelineLayout().visible(view.getScale()).stream()
                .filter(b -> b.y0() == count.y() && b.x0() >= count.runX0() && b.drawnX1() <= count.runX1())
                .toList();
        Set<String> ids = BundledSeeds.dataset().events().stream().map(e -> e.id())
                .filter(id -> view.timelineLayout().boxesOf(id, view.getScale()).stream().anyMatch(b -> run.stream()
                        .anyMatch(r -> r.lane() == b.lane() && r.row() == b.row() && b.x0() >= r.x0() && b.x0() <= r.x1())))
                .collect(Collectors.toSet());
        assertEquals(count.hiddenCount(), ids.size(), "the count's events: " + ids + " in " + run);

        Point2D at = view.localToScreen(TimelineMetrics.GUTTER + count.x() + count.width() / 2,
                TimelineMetrics.AXIS_HEIGHT + count.y() + count.height() / 2 - view.scrollY());
        robot.clickOn(at.getX(), at.getY());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.isLayoutCurrent());
        WaitForAsyncUtils.waitForFxEvents();

        // Named by a label, or by a card: a day as wide as this holds its own title (TimelineLabelPlacer.NARROW_DAY).
        Set<String> named = skin.lastLabels().stream().filter(l -> !l.isCount()).map(PlacedLabel::eventId)
                .collect(Collectors.toSet());
        Set<String> unnamed = ids.stream().filter(id -> !named.contains(id) && view.timelineLayout()
                        .boxesOf(id, view.getScale()).stream().noneMatch(b -> b.isDay() && b.width() >= 90))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), unnamed, "every event the count stood for is named after the click, in "
                + view.getScale().start() + " – " + view.getScale().end());
    }
}
