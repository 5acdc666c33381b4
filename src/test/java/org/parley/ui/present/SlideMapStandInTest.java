package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click to a slide whose map box has another size than the last one's (a title of two lines, a
 * wider quotation) shows a map at once while the step's own is made: the step's map made ahead at
 * the last box's size, fitted into the new box. It had drawn the previous step's map at its own
 * size, cut at the right edge (Crimea, Georgia, the credit) for a second or more.
 */
@ExtendWith(FxThreadRobot.class)
class SlideMapStandInTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @Test
    void aStepWhoseMapBoxIsNarrowerShowsItsOwnMapFittedWhileItIsMade(FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        // Nord Stream: a two-line title and a long quotation beside a narrower map than the step before's.
        Step nordStream = steps.stream().filter(s -> s.events().stream()
                .anyMatch(e -> e.id().equals("sherman-nord-stream"))).findFirst().orElseThrow();
        Step before = steps.get(nordStream.number() - 2);
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, before.event().id(), 1280, 720);
        SlideView slide = p.slide();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> slide.drawnMap() != null
                && slide.drawnMap().own()));
        // Made ahead as the next step's, at this slide's map size.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() ->
                slide.slideMaps().anySize(nordStream.number() - 1).isPresent()));
        double[] widthBefore = new double[1];

        robot.interact(() -> {
            widthBefore[0] = slide.mapCanvas().getWidth();
            p.deck().jumpTo(nordStream.number());
            slide.show(p.deck().current());
            p.root().applyCss();
            p.root().layout();
            // No answer from the compute thread comes in between: they come on this thread.
            StepCanvas canvas = slide.mapCanvas();
            assertTrue(canvas.isVisible(), "the Nord Stream slide has a map");
            assertNotEquals(widthBefore[0], canvas.getWidth(), 1, "the map box changed size");
            SlideView.DrawnMap drawn = slide.drawnMap();
            assertNotNull(drawn, "a map is drawn while the step's own is made");
            assertFalse(drawn.own(), "the step's map at this box's size is not made yet");
            assertSame(slide.slideMaps().anySize(nordStream.number() - 1).orElseThrow(), drawn.scene(),
                    "the stand-in is this step's map made ahead, not the previous step's");
            double w = Math.floor(canvas.getWidth());
            double h = Math.floor(canvas.getHeight());
            assertTrue(drawn.x() >= -0.5 && drawn.y() >= -0.5 && drawn.x() + drawn.width() <= w + 0.5
                    && drawn.y() + drawn.height() <= h + 0.5,
                    String.format("drawn at %.0f, %.0f, %.0f x %.0f in a box of %.0f x %.0f: cut by the box",
                            drawn.x(), drawn.y(), drawn.width(), drawn.height(), w, h));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> slide.drawnMap().own()));
    }

    private static boolean onFx(Callable<Boolean> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
