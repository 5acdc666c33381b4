package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every label of every slide shows the text the slide fitted for it, with no ellipsis of JavaFX's own, stepping
 * through the whole deck with Right as a teacher does. At 1024x768 step 9's caption had been fitted to the map
 * column's width at one step and kept at another: the caption's one-line width had taken part in sharing the slide's
 * width with the words, so on arriving the map column was wide enough for "Dashed: Crimea (annexed 2014)" on a line
 * and the summary beside it was cut ("… that must be …"), and when the words later had their own width the caption
 * read "Dashed: Crimea (annexed 2014)…", its "… and 1 more" lost.
 */
@ExtendWith(FxThreadRobot.class)
class SlideLabelsUncutTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @ParameterizedTest
    @CsvSource({"1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void noLabelIsCutOnAnyStep(double width, double height, FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, steps.get(0).event().id(), width, height);
        SlideView slide = p.slide();
        boolean shown = onFx(() -> p.root().getScene().getWindow() != null && p.root().getScene().getWindow().isShowing());
        List<String> wrong = new ArrayList<>();
        int last = onFx(() -> p.deck().size());
        for (int number = 1; number <= last; number++) {
            int at = number;
            if (number > 1) {
                Presenting.next(robot, p, at, shown);
            }
            // Settled: the step's own map drawn (not a stand-in), and the slide laid out since.
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
                    p.root().applyCss();
                    p.root().layout();
                    return p.deck().number() == at && (!slide.mapColumn().isManaged()
                            || slide.drawnMap() != null && slide.drawnMap().own());
                }));
            } catch (TimeoutException e) {
                throw new AssertionError(width + "x" + height + " step " + at + " never settled: deck at "
                        + onFx(() -> p.deck().number()) + ", map " + onFx(() -> slide.drawnMap()), e);
            }
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = onFx(() -> {
                p.root().applyCss();
                p.root().layout();
                List<String> found = new ArrayList<>();
                for (Label label : slide.labels()) {
                    if (!label.isVisible() || !label.isManaged() || label.getText().isEmpty()) {
                        continue;
                    }
                    Text drawn = (Text) label.lookup(".text");
                    if (drawn != null && !drawn.getText().equals(label.getText())) {
                        found.add("\"" + drawn.getText().replace('\n', '/') + "\" for \""
                                + label.getText().replace('\n', '/') + "\" (" + label.getWidth() + "x"
                                + label.getHeight() + ")");
                    }
                }
                return found;
            });
            cut.forEach(c -> wrong.add(width + "x" + height + " step " + at + ": " + c));
        }
        assertTrue(last >= 45 && onFx(() -> p.deck().number()) == last, "did not reach the last step");
        assertEquals(List.of(), wrong);
        robot.interact(p::dispose);
    }

    @ParameterizedTest
    @CsvSource({"1024, 768, 1100", "1024, 768, 960"})
    void theMapsCaptionIsRefittedWhenTheSlideIsResized(double width, double height, double resized, FxRobot robot)
            throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, steps.get(0).event().id(), width, height);
        SlideView slide = p.slide();
        robot.interact(() -> {
            p.deck().jumpTo(9);
            slide.show(p.deck().current());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
            p.root().applyCss();
            p.root().layout();
            return slide.drawnMap() != null && slide.drawnMap().own() && !slide.mapCaption().getText().isEmpty();
        }));
        // Laid out at the new width before its map is made: the map drawn meanwhile is the last one, fitted into the
        // new box, and its caption must be fitted to the new width too, not cut.
        String cut = onFx(() -> {
            p.root().resize(resized, height);
            p.root().layout();
            Label caption = slide.mapCaption();
            Text drawn = (Text) caption.lookup(".text");
            return drawn.getText().equals(caption.getText()) ? "" : "\"" + drawn.getText() + "\" for \""
                    + caption.getText() + "\" at " + caption.getWidth();
        });
        assertEquals("", cut);
        robot.interact(p::dispose);
    }

    private static <T> T onFx(Callable<T> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
