package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.render.map.MapLabel;
import org.parley.render.map.RouteStop;
import org.parley.render.map.UnnamedMarks;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each route stop a slide's map names keeps its days on the slide: beside its name where the map has the room, else
 * under the map. At 1024x768 Geneva was drawn as "Geneva", without "9–10 Jan", on steps 9, 12 and 13 (and Brussels
 * without "12 Jan" on step 12): the labeller had room for the name alone, and nothing said when the class was there.
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
    @CsvSource({"1024, 768", "1280, 720"})
    void everyStopNamedOnAMapHasItsDaysOnTheSlide(double width, double height, FxRobot robot) throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, steps.get(0).event().id(), width, height);
        SlideView slide = p.slide();
        List<String> wrong = new ArrayList<>();
        int maps = 0;
        for (int number = 1; number <= 20; number++) {
            if (number > 1) {
                // Stepped through as a teacher does, with the clicker's Right.
                robot.type(KeyCode.RIGHT);
            }
            int at = number;
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
            MapColumn column = slide.mapColumn();
            for (RouteStop stop : route) {
                // A one-day stop where the step is: the slide's own date line says its day.
                boolean stepsOwnDay = !stop.dateLabel().contains("\u2013") && stop.placeIds().contains(place);
                // Crimea's line first, and every unnamed place said or counted (decision 0146): where the caption's
                // lines hold no more than that, the days wait.
                boolean noRoom = onFx(() -> !column.wholeIn(new UnnamedMarks(List.of(), true,
                        List.of(stop.name() + " " + stop.dateLabel())), column.lines(), column.getWidth()))
                        && caption.startsWith(UnnamedMarks.DASHED);
                boolean named = labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE
                        && l.oneLine().startsWith(stop.name()));
                boolean datedOnMap = labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE
                        && l.oneLine().startsWith(stop.name()) && l.oneLine().endsWith(stop.dateLabel()));
                boolean datedUnder = caption.contains(stop.name() + " " + stop.dateLabel());
                if (named && !datedOnMap && !datedUnder && !stepsOwnDay && !noRoom) {
                    wrong.add(width + "x" + height + " step " + at + ": \"" + stop.name() + "\" without \""
                            + stop.dateLabel() + "\"; under the map: \"" + caption + "\"");
                }
            }
        }
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
