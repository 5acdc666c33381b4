package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A context step's list on a slide hangs: every wrapped line of an item starts where the item's
 * first word does, not under its bullet, at the sizes a classroom meets.
 */
@ExtendWith(FxThreadRobot.class)
class SlideHangingIndentTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private final ExplorerState state = new ExplorerState();

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(WEEK);
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1366, 768", "1920, 1080"})
    void anItemsWrappedLinesStartUnderItsFirstWord(double width, double height, FxRobot robot) {
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
        List<String> problems = new ArrayList<>();
        int[] wrapped = {0};
        robot.interact(() -> {
            Presentation p = new Presentation(state, steps);
            Scene scene = new Scene(p.root(), width, height);
            scene.getRoot().applyCss();
            for (Step step : steps.stream().filter(Step::isContext).toList()) {
                p.slide().show(step);
                p.root().applyCss();
                p.root().layout();
                List<Text> texts = new ArrayList<>();
                collect(p.slide(), texts);
                for (String line : step.summary().split("\n")) {
                    String item = line.substring(Step.BULLET.length());
                    for (Text t : texts) {
                        int at = t.getText().indexOf(item);
                        if (at < 0) {
                            continue;
                        }
                        Point2D first = caret(t, at);
                        double y = first.getY();
                        for (int i = at + 1; i < at + item.length(); i++) {
                            Point2D c = caret(t, i);
                            if (c.getY() > y + 1) {
                                y = c.getY();
                                wrapped[0]++;
                                if (Math.abs(c.getX() - first.getX()) > 1) {
                                    problems.add(step.counter() + ": \"" + item.substring(i - at) + "\" starts at x "
                                            + c.getX() + ", its item's text at " + first.getX());
                                }
                            }
                        }
                    }
                }
            }
            p.dispose();
        });
        assertTrue(wrapped[0] >= 3, "the week's context lists have wrapped items: " + wrapped[0]);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void collect(Node node, List<Text> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && !t.getText().isEmpty()) {
            into.add(t);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** Where the caret before character {@code index} of {@code text} stands, in the scene. */
    private static Point2D caret(Text text, int index) {
        PathElement[] shape = text.caretShape(index, true);
        MoveTo top = (MoveTo) shape[0];
        return text.localToScene(top.getX(), top.getY());
    }
}
