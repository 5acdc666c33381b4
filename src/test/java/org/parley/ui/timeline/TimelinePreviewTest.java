package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.ItemBox;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.StatusBar;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large dataset's focus is drawn while the rest is read: the timeline shows the preview's events
 * on the view the dataset then keeps, the status bar says the rest is coming, and selecting waits
 * for the dataset.
 */
@ExtendWith(FxThreadRobot.class)
class TimelinePreviewTest {

    private ExplorerState state;
    private TimelineView view;
    private Dataset data;
    private DatasetPreview preview;

    @Start
    void start(Stage stage) throws Exception {
        data = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
        DateRange focus = data.focus().orElseThrow();
        Instant from = focus.startIn(data.zone());
        Instant to = focus.endIn(data.zone());
        List<Event> around = data.events().stream()
                .filter(e -> e.time().startInstant().isBefore(to) && e.time().endInstant().isAfter(from)).toList();
        preview = new DatasetPreview(new Dataset(data.title(), data.description(), focus, data.zone(), List.of(),
                data.actors(), data.places(), around, List.of(), List.of(), List.of()), data.span().orElseThrow(),
                data.events().size());
        state = new ExplorerState();
        view = new TimelineView(state);
        BorderPane root = new BorderPane(view);
        root.setBottom(new StatusBar(state));
        stage.setScene(new Scene(root, 1200, 700));
        stage.show();
    }

    private void drawnFrom(Dataset expected) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isLayoutCurrent() && view.layoutDataset() == expected);
        } catch (TimeoutException e) {
            throw new AssertionError("the timeline never drew " + expected.title(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D centreOf(String eventId) {
        ItemBox b = view.timelineLayout().boxesOf(eventId, view.getScale()).get(0);
        double x = TimelineMetrics.GUTTER + (Math.max(b.x0(), 0) + Math.min(b.x1(), view.getScale().width())) / 2;
        double y = TimelineMetrics.AXIS_HEIGHT + (b.y0() + b.y1()) / 2 - view.scrollY();
        return view.getChildrenUnmodifiable().get(0).localToScreen(x, y);
    }

    @Test
    void thePreviewIsDrawnThenTheDatasetTakesOverOnTheSameView(FxRobot robot) {
        robot.interact(() -> state.previewProperty().set(preview));
        drawnFrom(preview.focusWindow());
        Event talks = preview.focusWindow().events().stream().filter(e -> e.title().startsWith("U.S.–Russia talks"))
                .findFirst().orElseThrow();
        assertTrue(view.pointOf(talks.id()).isPresent(), "the focus's events are drawn");
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText()
                .startsWith("Reading " + data.events().size() + " events"));
        var previewScale = view.getScale();

        robot.clickOn(centreOf(talks.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.selectedEventProperty().get(), "a preview's event has no detail to show yet");

        robot.interact(() -> state.datasetProperty().set(data));
        drawnFrom(data);
        assertNull(state.previewProperty().get());
        // The same days across the same width, to the pixel: nothing jumps when the rest comes in.
        var scale = view.getScale();
        assertEquals(previewScale.width(), scale.width());
        assertEquals(0, (scale.startMillis() - previewScale.startMillis()) / scale.millisPerPixel(), 1,
                "the dataset keeps the view the preview opened on");
        assertEquals(0, (scale.millisPerPixel() - previewScale.millisPerPixel()) * scale.width() / scale.millisPerPixel(), 1);
        assertEquals(data.events().size() + " of " + data.events().size() + " events shown",
                robot.lookup("#status-counts").queryAs(Label.class).getText());

        robot.clickOn(centreOf(talks.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(talks.id(), state.selectedEventProperty().get());
        assertSame(data, view.layoutDataset());
    }

    @Test
    void aZoomMadeDuringThePreviewIsKeptAndFitAllShowsTheWholeSpan(FxRobot robot) {
        robot.interact(() -> state.previewProperty().set(preview));
        drawnFrom(preview.focusWindow());
        robot.interact(view::fitAll);
        Instant first = preview.span().startIn(data.zone());
        Instant last = preview.span().endIn(data.zone());
        assertTrue(!view.getScale().start().isAfter(first) && !view.getScale().end().isBefore(last),
                "fit all frames the whole dataset's days, not only the part read: " + view.getScale());
        robot.interact(() -> {
            view.fitWeek();
            view.zoomIn();
            view.panBy(-120);
        });
        var chosen = view.getScale();
        robot.interact(() -> state.datasetProperty().set(data));
        drawnFrom(data);
        assertEquals(chosen, view.getScale(), "the dataset arrives on the view the user chose meanwhile");
    }
}
