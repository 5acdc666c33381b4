package org.parley.ui.map;

import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshots the live panel (JavaFX canvas backend) to /tmp/map-fx.png for a person to look at.
 * Off in the normal build; run it with {@code -Dtest=MapViewScreenshotTest -Dparley.screenshots=true}.
 */
@Tag("screenshot")
@EnabledIfSystemProperty(named = "parley.screenshots", matches = "true")
@ExtendWith(FxThreadRobot.class)
class MapViewScreenshotTest {

    private ExplorerState state;
    private MapView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        view = new MapView(state);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void snapshot(FxRobot robot) throws IOException {
        robot.interact(() -> {
            state.selectedEventProperty().set("nrc-nato-rejects-demands");
            state.selectedPlaceProperty().set("moscow");
        });
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        File out = new File("/tmp/map-fx.png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
        assertTrue(out.length() > 10_000);
    }
}
