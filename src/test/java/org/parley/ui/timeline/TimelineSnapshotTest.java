package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live control under Monocle paints the week, and repaints it on the dark ground when the theme changes. */
@ExtendWith(FxThreadRobot.class)
class TimelineSnapshotTest {

    private TimelineView view;
    private ExplorerState state;

    @Start
    void start(Stage stage) throws Exception {
        Dataset data = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
        state = new ExplorerState();
        state.datasetProperty().set(data);
        view = new TimelineView(state);
        // Off screen: the headless screen may be smaller than the picture wanted.
        new Scene(view, 1600, 700);
        stage.show();
        data.events().stream().filter(e -> e.title().startsWith("NATO–Russia meeting in Brussels")).findFirst()
                .ifPresent(e -> state.selectedEventProperty().set(e.id()));
    }

    @Test
    void paintsTheWeekAndFollowsTheTheme(FxRobot robot) {
        WritableImage light = snapshot(robot);
        assertTrue(colours(light) > 50, "the week is drawn, not a blank control");

        robot.interact(() -> state.darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage dark = snapshot(robot);

        assertTrue(colours(dark) > 50);
        assertNotEquals(light.getPixelReader().getArgb(5, 5), dark.getPixelReader().getArgb(5, 5),
                "the ground changes with the theme");
    }

    private WritableImage snapshot(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        // The first snapshot lays the control out, which schedules its next frame.
        robot.interact(() -> view.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image.set(view.snapshot(null, null)));
        return image.get();
    }

    private static int colours(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 2) {
            for (int x = 0; x < (int) image.getWidth(); x += 2) {
                seen.add(pixels.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
