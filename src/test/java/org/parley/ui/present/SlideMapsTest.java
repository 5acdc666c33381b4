package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.Step;
import org.parley.export.handout.StepMap;
import org.parley.export.handout.Steps;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.map.MapScene;
import org.parley.seed.BundledSeeds;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A slide's map is made on the compute thread, as the map the handout prints for the same step, and
 * the maps of the steps either side are made next, so a click forward finds its map waiting.
 */
@ExtendWith(FxThreadRobot.class)
class SlideMapsTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final ProjectedBasemap EUROPE = ProjectedBasemap.europe();
    private static final double WIDTH = 600;
    private static final double HEIGHT = 400;

    @Start
    void start(Stage stage) {
        // The toolkit only: the maps complete on the JavaFX thread.
    }

    @Test
    void theShownStepsMapIsMadeOffTheJavafxThreadAndItsNeighboursNext(FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(WEEK);
        int shown = firstStepWithAMapAndNeighbours(steps);
        SlideMaps maps = new SlideMaps(EUROPE, WEEK, steps, BackgroundThread.compute());
        SlideMaps.Key key = SlideMaps.Key.of(shown, WIDTH, HEIGHT);
        AtomicInteger told = new AtomicInteger();

        robot.interact(() -> {
            assertTrue(maps.ready(key).isEmpty(), "nothing is made before it is asked for");
            maps.request(key, told::incrementAndGet);
            assertTrue(maps.ready(key).isEmpty(), "the map is not made on the JavaFX thread, in the click");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> told.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<MapScene> expected = StepMap.scene(EUROPE, WEEK, steps, shown, WIDTH, HEIGHT);
        robot.interact(() -> {
            Optional<MapScene> made = maps.ready(key).orElseThrow();
            assertEquals(expected.isPresent(), made.isPresent());
            assertEquals(expected.orElseThrow().markers(), made.orElseThrow().markers(),
                    "the slide marks what the handout's map of the same step marks");
        });
        for (int near : new int[] {shown - 1, shown + 1}) {
            SlideMaps.Key neighbour = SlideMaps.Key.of(near, WIDTH, HEIGHT);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> maps.ready(neighbour).isPresent()));
        }
        assertEquals(1, told.get(), "only the asked map tells the slide to repaint");

        // The next step, made ahead, makes the one after it ahead in turn when it is shown.
        SlideMaps.Key next = SlideMaps.Key.of(shown + 1, WIDTH, HEIGHT);
        SlideMaps.Key afterNext = SlideMaps.Key.of(shown + 2, WIDTH, HEIGHT);
        robot.interact(() -> maps.around(next));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> maps.ready(afterNext).isPresent()));

        // Asked again: made already, so told at once and nothing is made twice.
        robot.interact(() -> maps.request(key, told::incrementAndGet));
        assertEquals(2, told.get());
    }

    @Test
    void aStepAboutNoPlaceHasNoMap(FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(WEEK);
        int placeless = -1;
        for (int i = 0; i < steps.size() && placeless < 0; i++) {
            if (!StepMap.hasMap(WEEK, steps.get(i))) {
                placeless = i;
            }
        }
        assertTrue(placeless >= 0, "the week has a step about no place");
        SlideMaps maps = new SlideMaps(EUROPE, WEEK, steps, BackgroundThread.compute());
        SlideMaps.Key key = SlideMaps.Key.of(placeless, WIDTH, HEIGHT);
        AtomicInteger told = new AtomicInteger();
        robot.interact(() -> maps.request(key, told::incrementAndGet));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> told.get() == 1);
        robot.interact(() -> assertFalse(maps.ready(key).orElseThrow().isPresent()));
    }

    private static int firstStepWithAMapAndNeighbours(List<Step> steps) {
        for (int i = 1; i + 2 < steps.size(); i++) {
            if (StepMap.hasMap(WEEK, steps.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no step with a map");
    }

    private static boolean onFx(Callable<Boolean> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
