package org.parley.ui.support;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A window of a test's own, closed when the test is done: TestFX shares its primary stage between test
 * classes, and a size set on it would stay set for the next class.
 *
 * <pre>{@code
 * try (OwnStage own = OwnStage.show(robot, () -> new DetailPane(state), 270, 500)) {
 *     robot.from(own.root()).lookup(".detail-kind") ...
 * }
 * }</pre>
 */
public final class OwnStage implements AutoCloseable {

    private final FxRobot robot;
    private final Stage stage;

    private OwnStage(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** Shows what {@code root} makes (on the JavaFX thread) in a new window of that size. */
    public static OwnStage show(FxRobot robot, Supplier<? extends Parent> root, double width, double height) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root.get(), width, height));
            stage[0].show();
        });
        return new OwnStage(robot, stage[0]);
    }

    public Stage stage() {
        return stage;
    }

    public Parent root() {
        return stage.getScene().getRoot();
    }

    @Override
    public void close() {
        robot.interact(stage::close);
    }
}
