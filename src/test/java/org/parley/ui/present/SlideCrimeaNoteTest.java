package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.render.map.MapLabel;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map on step 10 (all 30 allies back NATO's open door to Ukraine and Georgia) says what the dashed outline in
 * Ukraine is, at every projector size: it did at 1280×720, but at 1366×768 and 1920×1080 the words beside it took more
 * of the width, the map was narrower, no spot by the peninsula was free and the outline went unexplained.
 */
@ExtendWith(FxThreadRobot.class)
class SlideCrimeaNoteTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1366, 768", "1920, 1080"})
    void theOpenDoorStepExplainsCrimeasOutlineAtEverySize(double width, double height, FxRobot robot)
            throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Step before = steps.get(8);
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, before.event().id(), width, height);
        SlideView slide = p.slide();
        // The clicker's forward key, to step 10. Sent to the slide's scene: Monocle's screen shows no larger one.
        robot.interact(() -> {
            Event.fireEvent(slide.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN,
                    false, false, false, false));
            p.root().applyCss();
            p.root().layout();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> p.deck().current().number() == 10
                && slide.drawnMap() != null && slide.drawnMap().own()
                && slide.drawnMap().scene().viewport().width() < 1000));
        List<MapLabel> labels = onFxList(slide::mapLabels);
        assertTrue(labels.stream().anyMatch(l -> l.oneLine().contains("Crimea (annexed 2014)")),
                width + "x" + height + ": step 10's map has no Crimea note: " + labels.stream().map(MapLabel::oneLine)
                        .toList());
        robot.interact(p::dispose);
    }

    private static boolean onFx(Callable<Boolean> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<MapLabel> onFxList(Callable<List<MapLabel>> get) {
        try {
            return WaitForAsyncUtils.asyncFx(get).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
