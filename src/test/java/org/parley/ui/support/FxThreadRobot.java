package org.parley.ui.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotException;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;
import org.testfx.service.query.impl.CallableBoundsPointQuery;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@link ApplicationExtension}, whose robot reads where a node is, and whether it is visible, on the
 * JavaFX thread. TestFX's own robot reads both on the test's thread (TestFX issue 813): a node's bounds are
 * computed lazily, so that thread computed them while the JavaFX thread laid the same parent out, and the
 * parent's record of its dirty children went out of step with its list. Every later pulse then threw
 * {@code IndexOutOfBoundsException: Index -1} in {@code Parent.updateCachedBounds}, and the tests that
 * happened to run next failed on it (ci167: a handout dialog whose page counts arrived while a click was
 * being aimed).
 *
 * <p>Use it in place of {@link ApplicationExtension}: {@code @ExtendWith(FxThreadRobot.class)}.
 */
public class FxThreadRobot extends ApplicationExtension {

    /** Long enough for a loaded machine's JavaFX thread to come round to the question. */
    private static final long WAIT_SECONDS = 60;

    @Override
    public PointQuery point(Node node) {
        targetWindow(node.getScene().getWindow());
        Callable<Bounds> onScreen = () -> onFxThread(() -> robotContext().getBoundsLocator().boundsOnScreenFor(node));
        return new CallableBoundsPointQuery(onScreen).atPosition(robotContext().getPointPosition());
    }

    @Override
    public FxRobot clickOn(String query, Motion motion, MouseButton... buttons) {
        return clickOn(point(visible(query)), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(String query, Motion motion, MouseButton... buttons) {
        return doubleClickOn(point(visible(query)), motion, buttons);
    }

    @Override
    public FxRobot rightClickOn(String query, Motion motion) {
        return rightClickOn(point(visible(query)), motion);
    }

    @Override
    public FxRobot moveTo(String query, Motion motion) {
        return moveTo(point(visible(query)), motion);
    }

    @Override
    public FxRobot drag(String query, MouseButton... buttons) {
        return drag(point(visible(query)), buttons);
    }

    /** The first node {@code query} finds that is visible, as TestFX picks it, looked for on the JavaFX thread. */
    private Node visible(String query) {
        return onFxThread(() -> lookup(query).queryAll().stream().filter(NodeQueryUtils.isVisible()).findFirst())
                .orElseThrow(() -> new FxRobotException("the query \"" + query + "\" returned no visible node."));
    }

    /**
     * Runs {@code work} on the JavaFX thread and hands back its answer or its exception on this one. Not through
     * {@link WaitForAsyncUtils#asyncFx}, which also keeps an exception for the next test to fail on.
     */
    private static <T> T onFxThread(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            return call(work);
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(call(work));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the JavaFX thread was asked where a node is", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not say where a node is within "
                    + WAIT_SECONDS + " s", e);
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
