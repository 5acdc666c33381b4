package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.render.map.UnnamedMarks;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A slide map too small to name every place it marks says the rest under it, and what Crimea's dashed outline is
 * where neither note nor key found room, whole, in room fixed before the map is drawn (decision 0146): at 1366x768
 * step 37's "Also marked: Southern Russia, Georgia, Germany" was cut, and at 1024x768 each caption line had shrunk
 * step 12's map, which then named less, until it was a 305x170 strip that had lost Geneva's name.
 */
@ExtendWith(FxThreadRobot.class)
class SlideMapCaptionTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @ParameterizedTest
    @CsvSource({"1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void theCaptionUnderTheMapIsWholeAndTheMapShrinksOnce(double width, double height, FxRobot robot)
            throws Exception {
        List<Step> steps = Steps.all(state.dataset());
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, steps.get(0).event().id(), width, height);
        SlideView slide = p.slide();
        List<String> wrong = new ArrayList<>();
        int captions = 0;
        for (int number : new int[] {9, 11, 12, 13, 25, 34, 37, 43}) {
            String at = width + "x" + height + " step " + number + ": ";
            robot.interact(() -> {
                p.deck().jumpTo(number);
                slide.show(p.deck().current());
            });
            // Settled: the step's own map drawn in the room its caption keeps, and the caption said from it.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
                p.root().applyCss();
                p.root().layout();
                return !slide.mapColumn().isManaged() || slide.drawnMap() != null && slide.drawnMap().own()
                        && Math.abs(slide.mapCanvas().getHeight() + slide.mapColumn().room(slide.mapColumn().lines())
                        - slide.mapColumn().getHeight()) <= 1
                        && slide.mapCaption().getText().equals(slide.mapColumn().fitted(slide.mapUnnamed(),
                        slide.mapColumn().lines(), slide.mapColumn().getWidth()));
            }));
            if (!onFx(() -> slide.mapColumn().isManaged())) {
                continue;
            }
            MapColumn column = slide.mapColumn();
            Label caption = slide.mapCaption();
            int lines = onFx(column::lines);
            double mapHeight = onFx(() -> slide.mapCanvas().getHeight());
            double columnHeight = onFx(column::getHeight);
            double oneLine = onFx(() -> column.room(1));
            // Shrunk once, by the lines the whole-height map's caption needs, at most two (three where Crimea's line
            // alone takes two).
            if (lines > MapColumn.MOST_LINES + 1 || mapHeight < columnHeight - onFx(() -> column.room(lines)) - 1) {
                wrong.add(at + "map " + mapHeight + " px high in a column of " + columnHeight + " with " + lines
                        + " caption lines");
            }
            if (mapHeight < oneLine) {
                wrong.add(at + "map " + mapHeight + " px, less than a caption line");
            }
            String text = onFx(caption::getText);
            UnnamedMarks unnamed = onFx(slide::mapUnnamed);
            if (lines == 0) {
                continue;
            }
            captions++;
            // Crimea's line first; every unnamed place named or counted.
            if (unnamed.crimeaUnexplained() && !text.startsWith(UnnamedMarks.DASHED)) {
                wrong.add(at + "Crimea's outline not explained first: " + text);
            }
            String also = text.lines().filter(l -> l.startsWith(UnnamedMarks.ALSO_MARKED)).findFirst().orElse("");
            long named = unnamed.places().stream().filter(also::contains).count();
            String flat = text.replace('\n', ' ');
            long counted = flat.matches(".*\u2026 and \\d+ more$") ? Long.parseLong(flat.replaceAll(".* and (\\d+) more$",
                    "$1")) : also.matches(UnnamedMarks.ALSO_MARKED + "\\d+ places?$")
                    ? Long.parseLong(also.replaceAll("\\D", "")) : 0;
            // Unless the stops' days took the room a count would have had (decision 0151).
            if (!unnamed.places().isEmpty() && named + counted != unnamed.places().size()
                    && !text.contains(UnnamedMarks.DATES)) {
                wrong.add(at + unnamed.places() + " not all said in " + text);
            }
            // Whole: no ellipsis of JavaFX's own, no line wider than the label, all its lines in its height.
            Text shown = (Text) onFx(() -> caption.lookup(".text"));
            String drawn = onFx(shown::getText);
            if (!drawn.equals(text) || onFx(() -> shown.getLayoutBounds().getWidth() > caption.getWidth() + 0.5)
                    || onFx(() -> caption.prefHeight(caption.getWidth()) > caption.getHeight() + 0.5)
                    || !onFx(caption::isVisible)) {
                wrong.add(at + "cut: \"" + drawn + "\" of \"" + text + "\" in " + onFx(caption::getWidth) + "x"
                        + onFx(caption::getHeight));
            }
            if (onFx(() -> caption.getFont().getSize()) < SlideView.leastTextPx(height) - 0.01) {
                wrong.add(at + "caption smaller than the slide's least type");
            }
        }
        assertFalse(onFx(() -> p.root().lookupAll(".scroll-bar").stream().anyMatch(Node::isVisible)), "a scroll bar");
        assertEquals(List.of(), wrong);
        assertTrue(captions > 0 || width >= 1920, width + "x" + height + ": no step needed a caption, so none was checked");
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
