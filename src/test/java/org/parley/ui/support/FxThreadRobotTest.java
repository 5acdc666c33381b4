package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The robot UI tests are given asks the JavaFX thread where a node is: while that thread is busy, a click
 * waits for it rather than compute the node's bounds on the test's thread, beside a layout of the same
 * parent (TestFX issue 813; ci167). Its clicks still land where TestFX's did.
 */
@ExtendWith(FxThreadRobot.class)
class FxThreadRobotTest {

    private Button button;
    private Text hidden;
    private int clicks;

    @Start
    void start(Stage stage) {
        button = new Button("Here");
        button.setOnAction(e -> clicks++);
        hidden = new Text("Here");
        stage.setScene(new Scene(new VBox(hidden, button), 240, 120));
        stage.show();
    }

    @Test
    void whereANodeIsWaitsForTheJavaFxThread(FxRobot robot) throws Exception {
        Point2D where = whileTheJavaFxThreadIsBusy(() -> robot.point(button).query());
        Bounds onScreen = WaitForAsyncUtils.asyncFx(() -> button.localToScreen(button.getBoundsInLocal()))
                .get(30, TimeUnit.SECONDS);
        assertEquals(onScreen.getCenterX(), where.getX(), 1.0);
        assertEquals(onScreen.getCenterY(), where.getY(), 1.0);
    }

    /** A click by text, looked up on the JavaFX thread, still goes to the visible node of that text, as TestFX's did. */
    @Test
    void aClickByTextGoesToTheVisibleNodeOfThatText(FxRobot robot) {
        robot.interact(() -> hidden.setVisible(false));
        robot.clickOn("Here");
        robot.interact(() -> { });
        assertEquals(1, clicks, "the visible button of that text was clicked, not the hidden text above it");
    }

    /** Runs {@code work} on another thread while the JavaFX thread is held; it must wait for the thread. */
    private static <T> T whileTheJavaFxThreadIsBusy(Supplier<T> work) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(held.await(30, TimeUnit.SECONDS), "the JavaFX thread was not reached");
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(work);
        try {
            assertThrows(TimeoutException.class, () -> answer.get(300, TimeUnit.MILLISECONDS),
                    "the robot read the node without the JavaFX thread");
        } finally {
            release.countDown();
        }
        return answer.get(30, TimeUnit.SECONDS);
    }
}
