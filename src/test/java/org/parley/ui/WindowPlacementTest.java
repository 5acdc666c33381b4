package org.parley.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowBounds;
import org.parley.ui.support.WindowPlacement;
import org.parley.ui.support.WindowPrefs;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on the (1280×800) test screen: remembered state that does not fit is discarded. */
@ExtendWith(FxThreadRobot.class)
class WindowPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 800);

    private Stage stage;
    private Dataset data;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: TestFX shares its primary stage between test classes, and the
        // window's placement (size, minimum size, maximized) must not leak into the next class.
        this.stage = new Stage();
        this.data = ExplorerWindow.week();
    }

    private MainWindow attach(WindowPrefs prefs) {
        ExplorerState state = new ExplorerState();
        MainWindow window = new MainWindow(state, prefs, t -> CompletableFuture.completedFuture(SearchResults.NONE));
        window.attach(stage);
        stage.show();
        state.datasetProperty().set(data);
        return window;
    }

    /** The window opened where {@code prefs} says it was left last time: 1100×700 at (30, 20), not maximized. */
    private MainWindow openAsLeftLastTime(FxRobot robot, WindowPrefs prefs) {
        prefs.putBounds(new WindowBounds(new Rectangle2D(30, 20, 1100, 700), false), SCREEN);
        prefs.flush();
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            stage.setMaximized(false);
            window[0] = attach(prefs);
        });
        return window[0];
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTinySavedWindowAndItsCollapsedDividersAreDiscarded(FxRobot robot) {
        WindowPrefs prefs = ExplorerWindow.prefs();
        prefs.putBounds(new WindowBounds(new Rectangle2D(1, 20, 202, 225), false), SCREEN);
        prefs.put("divider.left", 0.01);
        prefs.put("divider.vertical", 0.97);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = attach(prefs));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isMaximized(), "a first-start window instead");
        assertTrue(stage.getWidth() >= SCREEN.getWidth() * 0.9 && stage.getHeight() >= SCREEN.getHeight() * 0.9,
                stage.getWidth() + "×" + stage.getHeight());
        SplitPane panes = robot.lookup("#panes").queryAs(SplitPane.class);
        assertTrue(panes.getDividerPositions()[0] > 0.1, "the left pane is open: " + panes.getDividerPositions()[0]);
        SplitPane vertical = robot.lookup("#timeline-split").queryAs(SplitPane.class);
        assertTrue(vertical.getDividerPositions()[0] < 0.9, "the lower panes are open");
    }

    /**
     * A window maximized on a 1024×768 screen and opened maximized on this one: un-maximized (as a
     * window manager does behind a modal dialog) it keeps this screen's size, not the 1024×700 of
     * the other screen.
     */
    @Test
    void aMaximizedWindowFromAnotherScreenRestoresToThisScreensSize(FxRobot robot) {
        WindowPrefs prefs = ExplorerWindow.prefs();
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 1024, 700), true), new Rectangle2D(0, 0, 1024, 768));
        WindowPlacement[] placed = new WindowPlacement[1];
        robot.interact(() -> placed[0] = WindowPlacement.apply(stage, prefs));
        assertTrue(stage.isMaximized());
        Rectangle2D restored = placed[0].normalBounds().orElseThrow();
        assertTrue(restored.getWidth() >= SCREEN.getWidth() * 0.9 && restored.getHeight() >= SCREEN.getHeight() * 0.9,
                "restores to " + restored.getWidth() + "×" + restored.getHeight());
    }

    @Test
    void boundsOffTheScreenAreDiscardedAndFittingOnesKept(FxRobot robot) {
        WindowPrefs prefs = ExplorerWindow.prefs();
        prefs.putBounds(new WindowBounds(new Rectangle2D(3000, 2000, 1200, 700), false), SCREEN);
        robot.interact(() -> attach(prefs));
        assertTrue(stage.isMaximized());
        robot.interact(() -> stage.hide());

        prefs.putBounds(new WindowBounds(new Rectangle2D(30, 20, 1100, 700), false), SCREEN);
        robot.interact(() -> {
            stage.setMaximized(false);
            attach(prefs);
        });
        assertFalse(stage.isMaximized());
        assertEquals(1100, stage.getWidth(), 0.5);
        assertEquals(30, stage.getX(), 0.5);
    }

    /**
     * A window moved and resized is written to the settings file a moment later, with no quit: a session
     * ended by logging out or a crash had kept nothing of it. Closed, nothing more is written.
     */
    @Test
    void aMovedAndResizedWindowIsSavedWithoutAQuit(FxRobot robot) throws Exception {
        WindowPrefs prefs = ExplorerWindow.prefs();
        openAsLeftLastTime(robot, prefs);
        robot.interact(() -> {
            stage.setX(70);
            stage.setY(50);
            stage.setWidth(1020);
            stage.setHeight(660);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowPrefs.load().bounds()
                .map(b -> b.bounds().equals(new Rectangle2D(70, 50, 1020, 660))).orElse(false));

        robot.interact(stage::close);
        Files.delete(prefs.file());
        WaitForAsyncUtils.sleep((long) MainWindow.PREFS_SETTLE.toMillis() + 500, TimeUnit.MILLISECONDS);
        assertFalse(Files.exists(prefs.file()), "a closed window writes nothing more");
    }

    @Test
    void aSmallWindowIsNotRemembered(FxRobot robot) {
        WindowPrefs prefs = ExplorerWindow.prefs();
        MainWindow[] window = {openAsLeftLastTime(robot, prefs)};
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(300);
            stage.setHeight(200);
            window[0].savePrefs();
        });
        assertEquals(1100, prefs.bounds().orElseThrow().bounds().getWidth(), 0.5,
                "the last size worth keeping is saved, not the tiny one");
    }

    /**
     * A window as big as the screen, though not flagged maximized (openbox dropped the request),
     * is saved as filling the screen: on a bigger screen next time it fills that one.
     */
    @Test
    void aWindowAsBigAsTheScreenIsRememberedAsFillingIt(FxRobot robot) {
        WindowPrefs prefs = ExplorerWindow.prefs();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MainWindow[] window = {openAsLeftLastTime(robot, prefs)};
        robot.interact(() -> {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight() - 10);
            window[0].savePrefs();
        });
        assertFalse(stage.isMaximized());
        assertTrue(prefs.bounds().orElseThrow().maximized(), "remembered as filling the screen");
    }

    /**
     * Maximized and restored by the window manager (the title bar's button, a double click), then
     * moved and resized: the new place and size are the ones remembered. The bounds' listener read
     * no value while the window was maximized, and a JavaFX property that is not read again after
     * it changed reports no further change: every move after a maximize went unseen.
     */
    @Test
    void boundsChangedAfterAMaximizeAndRestoreAreRemembered(FxRobot robot) {
        WindowPrefs prefs = ExplorerWindow.prefs();
        MainWindow[] window = {openAsLeftLastTime(robot, prefs)};
        robot.interact(() -> stage.setMaximized(true));
        robot.interact(() -> stage.setMaximized(false));
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(40);
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        robot.interact(() -> window[0].savePrefs());

        assertEquals(new Rectangle2D(60, 40, 1000, 650), prefs.bounds().orElseThrow().bounds());
        assertFalse(prefs.bounds().orElseThrow().maximized());
    }
}
