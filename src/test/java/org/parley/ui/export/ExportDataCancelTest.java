package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.DataFormat;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export data… of 100,000 events writes for seconds to most of a minute: a window says what is
 * written, and its Cancel gives the export up with nothing written and nothing to report.
 */
@ExtendWith(FxThreadRobot.class)
class ExportDataCancelTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final ExplorerState state = new ExplorerState();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @Test
    void cancelWhileWritingWritesNothingAndSaysNothingMore(FxRobot robot) throws Exception {
        // The export waits behind this on the compute thread, so Cancel is pressed while it is under way.
        CountDownLatch hold = new CountDownLatch(1);
        CompletableFuture<Boolean> held = BackgroundThread.compute().submit(() -> {
            try {
                return hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        try {
            ExportDataDialog.Target target = ExportDataDialog.Target.of(
                    new ExportDataDialog.Choice(DataFormat.HTML, false), dir.resolve("week.html"));
            robot.interact(() -> ExportDataDialog.run(stage, state, BundledSeeds.dataset(), EventFilter.NONE, target));
            Label text = robot.lookup("#export-progress-text").queryAs(Label.class);
            assertTrue(text.getText().contains("web page") && text.getText().contains("week.html"), text.getText());
            // Found in review, 2026-12-05: the status bar said nothing, and quitting meanwhile asked nothing.
            assertEquals("Exporting data\u2026", state.activityProperty().get(), "the status bar says it is under way");
            assertEquals("no file is written", state.activityIfQuitProperty().get(), "what quitting meanwhile leaves");

            robot.clickOn(robot.lookup("#export-progress-cancel").queryAs(Button.class));
        } finally {
            hold.countDown();
        }
        held.get(60, TimeUnit.SECONDS);
        // What was queued behind the export has run once this has: the export is over.
        BackgroundThread.compute().submit(() -> 0).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), listing(), "no page, and no half-written one beside it");
        List<List<Window>> open = new ArrayList<>();
        robot.interact(() -> open.add(List.copyOf(Window.getWindows())));
        assertEquals(List.of(stage), open.get(0), "the progress window is gone and no error or done note came");
        assertFalse(Files.exists(target()));
        assertEquals("", state.activityProperty().get(), "nothing is under way once it is given up");
    }

    private Path target() {
        return dir.resolve("week.html");
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        }
    }
}
