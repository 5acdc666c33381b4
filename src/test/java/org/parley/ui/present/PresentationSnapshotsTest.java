package org.parley.ui.present;

import org.parley.seed.BundledSeeds;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of a Brussels slide with a quote at 720p and 1080p, light and dark, for a person to
 * look at: a tool, not a check, so
 * {@code verify} leaves it out. Run it with {@code ./mvnw verify -Dgroups=snapshots
 * -DexcludedGroups= -Dparley.snapshots=DIR}.
 */
@ExtendWith(FxThreadRobot.class)
@Tag("snapshots")
class PresentationSnapshotsTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @Test
    void snapshotABrusselsSlide(FxRobot robot) throws IOException {
        String dir = System.getProperty("parley.snapshots", System.getProperty("java.io.tmpdir"));
        String event = System.getProperty("parley.snapshots.event", "sherman-non-starters");
        shoot(robot, event, 1280, 720, false, Path.of(dir, "present-720.png"));
        shoot(robot, event, 1920, 1080, false, Path.of(dir, "present-1080.png"));
        shoot(robot, event, 1920, 1080, true, Path.of(dir, "present-1080-dark.png"));
        shoot(robot, "bg-2008-declaration", 1280, 720, false, Path.of(dir, "present-720-background.png"));
        filterNote = "Filtered: actor Wendy Sherman; reported by The New York Times; time range 12 Jan 2022 \u2013 13 Jan 2022";
        shoot(robot, "nrc-meeting", 1280, 720, false, Path.of(dir, "present-720-filtered.png"));
        filterNote = "";
    }

    /** A filtered presentation's note, as a filter would give it; none when blank. */
    private String filterNote = "";

    private void shoot(FxRobot robot, String event, int w, int h, boolean dark, Path file) throws IOException {
        robot.interact(() -> state.darkProperty().set(dark));
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, event, w, h);
        String note = filterNote;
        robot.interact(() -> {
            p.setFilterNote(note);
            p.root().applyCss();
            p.root().layout();
        });
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = p.root().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        robot.interact(p::dispose);
    }
}
