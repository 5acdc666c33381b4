package org.parley.ui.source;

import org.parley.seed.BundledSeeds;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.detail.DetailPane;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures of both panels with Grushko's briefing selected, light and dark, for a person to look
 * at: a tool, not a check, so {@code verify} leaves it out. Run it with
 * {@code ./mvnw verify -Dgroups=snapshots -DexcludedGroups= -Dparley.snapshots=DIR}.
 */
@ExtendWith(FxThreadRobot.class)
@Tag("snapshots")
class PanelSnapshotsTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
        stage.setX(0);
        stage.setY(0);
    }

    @Test
    void snapshotBothPanelsInBothThemes(FxRobot robot) throws IOException {
        String dir = System.getProperty("parley.snapshots", System.getProperty("java.io.tmpdir"));
        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "";
            robot.interact(() -> {
                Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                state.darkProperty().set(dark);
            });
            DetailPane detail = new DetailPane(state);
            shoot(robot, detail, Path.of(dir, "detail" + suffix + ".png"));
            write(detail.lookup(".detail-content"), Path.of(dir, "detail-full" + suffix + ".png"));
            SourceReader reader = new SourceReader(state);
            shoot(robot, reader, Path.of(dir, "source" + suffix + ".png"));
            robot.interact(() -> ((ToggleButton) reader.lookup("#" + SourceReader.SIDE_BY_SIDE_ID)).setSelected(true));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            write(reader, Path.of(dir, "source-side" + suffix + ".png"));
        }
    }

    private void shoot(FxRobot robot, Parent panel, Path file) throws IOException {
        robot.interact(() -> {
            state.selectedEventProperty().set(null);
            stage.setScene(new Scene(panel, 700, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.selectedEventProperty().set("grushko-briefing"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        write(panel, file);
    }

    private static void write(Node node, Path file) throws IOException {
        BufferedImage image = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(node.snapshot(null, null), null)));
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(image, "png", file.toFile()), "PNG writer available");
    }
}
