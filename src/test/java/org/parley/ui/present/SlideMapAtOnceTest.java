package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a busy machine a step's map took two seconds and more to come back from the compute thread, and until then
 * the slide kept the previous step's map: Geneva ringed under a title about Vienna, a step behind the story. The
 * slide now draws, on the click, a first map of the step's own places, and the whole map replaces it when made.
 */
@ExtendWith(FxThreadRobot.class)
class SlideMapAtOnceTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @Test
    void aStepsMapShowsItsOwnPlaceAtOnceWhileTheComputeThreadIsBusy(FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Step vienna = steps.stream().filter(s -> s.events().stream().anyMatch(e -> e.id().equals("osce-vienna")))
                .findFirst().orElseThrow();
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, steps.get(0).event().id(), 1280, 720);
        SlideView slide = p.slide();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> slide.drawnMap() != null
                && slide.drawnMap().own()));
        assertEquals("geneva", slide.drawnMap().scene().selectedPlace(), "the first step is in Geneva");

        // The machine is busy: nothing the compute thread is asked comes back until released.
        CountDownLatch busy = new CountDownLatch(1);
        BackgroundThread.compute().submitFirst(() -> {
            try {
                busy.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        try {
            robot.interact(() -> {
                p.deck().jumpTo(vienna.number());
                slide.show(p.deck().current());
                p.root().applyCss();
                p.root().layout();
                slide.mapCanvas().repaint();
                SlideView.DrawnMap drawn = slide.drawnMap();
                assertNotNull(drawn, "a map is drawn on the click");
                assertFalse(drawn.own(), "the step's whole map is still being made");
                assertEquals("vienna", drawn.scene().selectedPlace(),
                        "the map drawn at once rings the step's own place, not the last step's");
            });
        } finally {
            busy.countDown();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> slide.drawnMap().own()));
        robot.interact(() -> assertEquals("vienna", slide.drawnMap().scene().selectedPlace()));
    }

    private static boolean onFx(Callable<Boolean> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
