package org.parley.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.seed.DatasetReader;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Snapshots the live control under Monocle to a PNG in the temp folder, for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class TimelineSnapshot {

    private TimelineView view;
    private ExplorerState state;

    @Start
    void start(Stage stage) throws Exception {
        Dataset data = new DatasetReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
        state = new ExplorerState();
        state.datasetProperty().set(data);
        view = new TimelineView(state);
        // Off screen: the headless screen may be smaller than the picture wanted.
        new Scene(view, 1600, 700);
        stage.show();
        data.events().stream().filter(e -> e.title().startsWith("NATO–Russia Council meets")).findFirst()
                .ifPresent(e -> state.selectedEventProperty().set(e.id()));
        state.selectedActorProperty().set(data.actors().get(0).id());
    }

    @Test
    void writesTheControlAsShown(FxRobot robot) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        // The first snapshot lays the control out, which schedules its first frame.
        robot.interact(() -> view.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image.set(view.snapshot(null, null)));
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "timeline-fx.png");
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.toFile());
        assertTrue(Files.size(out) > 10_000);

        robot.interact(() -> {
            state.darkProperty().set(true);
            view.fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image.set(view.snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png",
                Path.of(System.getProperty("java.io.tmpdir"), "timeline-fx-all-dark.png").toFile());
    }
}
