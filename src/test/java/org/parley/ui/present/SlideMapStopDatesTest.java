package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.render.map.MapLabel;
import org.parley.render.map.RouteStop;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each route stop of a slide's map is named with its days on the slide: beside its circle where the map has the room,
 * else under the map, or in the slide's own date line. At 1024x768 Geneva was drawn as "Geneva", without "9–10 Jan", on
 * steps 9, 12 and 13 (and Brussels without "12 Jan" on step 12): the labeller had room for the name alone, and nothing
 * said when the class was there. On steps 29–32 Geneva's circle went unnamed, and the caption's two lines held Crimea's
 * line alone (step 29) or said Geneva as one of "… and 4 more" (step 30).
 */
@ExtendWith(FxThreadRobot.class)
class SlideMapStopDatesTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @ParameterizedTest
    @CsvSource({"1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void everyStopOfAMapHasItsNameAndDaysOnTheSlide(double width, double height, FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, steps.get(0).event().id(), width, height);
        SlideView slide = p.slide();
        boolean shown = onFx(() -> p.root().getScene().getWindow() != null && p.root().getScene().getWindow().isShowing());
        List<String> wrong = new ArrayList<>();
        int maps = 0;
        int last = onFx(() -> p.deck().size());
        for (int number = 1; number <= last; number++) {
            int at = number;
            if (number > 1) {
                Presenting.next(robot, p, at, shown);
            }
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
                p.root().applyCss();
                p.root().layout();
                return p.deck().number() == at && (!slide.mapColumn().isManaged()
                        || slide.drawnMap() != null && slide.drawnMap().own()
                        && slide.mapCaption().getText().equals(slide.mapColumn().fitted(slide.mapUnnamed(),
                        slide.mapColumn().lines(), slide.mapColumn().getWidth())));
            }));
            if (!onFx(() -> slide.mapColumn().isManaged())) {
                continue;
            }
            maps++;
            List<MapLabel> labels = onFx(slide::mapLabels);
            List<RouteStop> route = onFx(() -> slide.drawnMap().scene().route());
            // What the caption shows, as drawn (not its text alone: a cut caption says less).
            String caption = onFx(() -> slide.mapCaption().isVisible()
                    ? ((Text) slide.mapCaption().lookup(".text")).getText() : "").replace('\n', ' ');
            String place = onFx(() -> slide.drawnMap().scene().selectedPlace());
            for (RouteStop stop : route) {
                // A one-day stop where the step is: the slide's own date line says its place and day.
                boolean stepsOwnDay = !stop.dateLabel().contains("\u2013") && place != null && stop.placeIds().contains(place);
                boolean named = labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE
                        && l.oneLine().startsWith(stop.name()));
                boolean datedOnMap = labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE
                        && l.oneLine().startsWith(stop.name()) && l.oneLine().endsWith(stop.dateLabel()));
                boolean datedUnder = caption.contains(stop.name() + " " + stop.dateLabel());
                if (!datedOnMap && !datedUnder && !stepsOwnDay) {
                    wrong.add(width + "x" + height + " step " + at + ": \"" + stop.name() + "\" "
                            + (named ? "without \"" + stop.dateLabel() + "\"" : "unnamed") + "; under the map: \""
                            + caption + "\"");
                }
            }
        }
        assertTrue(onFx(() -> p.deck().number()) == last, "did not reach the last step");
        assertTrue(maps > 5, "only " + maps + " steps had a map");
        assertEquals(List.of(), wrong);
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
