package org.parley.ui.present;

import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The slide at the two projector sizes a classroom meets: type is big enough and stays inside. */
@ExtendWith(FxThreadRobot.class)
class PresentationLayoutTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    // Monocle's headless screen is 1280x800 and overflows when a bigger window is drawn to it; the
    // toolkit is shared by every test class, so its size cannot be raised here. Bigger slides are
    // laid out in a scene of their own, which is what the stage would hold anyway.
    private static final double SCREEN_HEIGHT = 800;
    private static final double SCREEN_WIDTH = 1280;

    /**
     * Shows the slide of {@code eventId} (the longest title, say) in a {@code width} × {@code height}
     * scene: on the stage when the headless screen can hold it, in a scene of its own otherwise.
     */
    static Presentation showAt(FxRobot robot, Stage stage, ExplorerState state, String eventId, double width,
                               double height) {
        List<Step> steps = Steps.all(state.dataset());
        Presentation[] made = new Presentation[1];
        robot.interact(() -> {
            Presentation p = new Presentation(state, steps);
            int number = steps.stream().filter(s -> s.events().stream().anyMatch(e -> e.id().equals(eventId)))
                    .findFirst().orElseThrow().number();
            p.deck().jumpTo(number);
            Scene scene = new Scene(p.root(), width, height);
            p.install(scene);
            // Monocle's screen is 1280×800: a larger scene is laid out, not shown (showing it overflows the screen's buffer).
            if (height <= SCREEN_HEIGHT && width <= SCREEN_WIDTH) {
                stage.setScene(scene);
                stage.show();
            } else {
                p.root().applyCss();
                p.root().layout();
            }
            made[0] = p;
        });
        // Key events re-show the step; jumping through the deck directly needs one explicit show.
        robot.interact(() -> {
            made[0].slide().show(made[0].deck().current());
            made[0].root().applyCss();
            made[0].root().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    private static void assertInside(Label label, double width, double height) {
        Bounds b = label.localToScene(label.getBoundsInLocal());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width && b.getMinY() >= 0 && b.getMaxY() <= height,
                label.getText() + " at " + b + " outside " + width + "x" + height);
    }

    private static String longestTitle(ExplorerState state) {
        return state.dataset().events().stream().max(Comparator.comparingInt(e -> e.title().length()))
                .orElseThrow().id();
    }

    @Test
    void at720TheTitleIsReadableAndFits(FxRobot robot) {
        Presentation p = showAt(robot, stage, state, longestTitle(state), 1280, 720);
        Label title = p.slide().titleLabel();
        assertTrue(title.getFont().getSize() >= 32, "title " + title.getFont().getSize() + " px");
        assertInside(title, 1280, 720);
        assertInside(p.slide().quoteLabel(), 1280, 720);
        p.dispose();
    }

    @Test
    void at1080TheTitleGrowsToAtLeast40PxAndFits(FxRobot robot) {
        Presentation small = showAt(robot, stage, state, longestTitle(state), 1280, 720);
        double at720 = small.slide().titleLabel().getFont().getSize();
        small.dispose();
        Presentation p = showAt(robot, stage, state, longestTitle(state), 1920, 1080);
        Label title = p.slide().titleLabel();
        assertTrue(title.getFont().getSize() >= 40, "title " + title.getFont().getSize() + " px");
        assertTrue(title.getFont().getSize() > at720);
        assertInside(title, 1920, 1080);
        assertInside(p.slide().quoteLabel(), 1920, 1080);
        p.dispose();
    }
}
