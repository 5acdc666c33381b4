package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.Step;
import org.parley.export.handout.StepMap;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The note a typed step number shows ("Go to step 12 — Enter") on a slide with no map, at 1280×720. Such a slide,
 * its words set larger, was laid out without placing the note: the first number typed on it showed nothing, and after
 * a slide with a long date line the note stayed where that slide had put it, over the first line of "What comes next".
 */
@ExtendWith(FxThreadRobot.class)
class SlideNoticeRowTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private final ExplorerState state = new ExplorerState();
    private Stage owner;
    private Stage shown;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(WEEK);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    private SlideView slide() {
        return (SlideView) shown.getScene().getRoot();
    }

    private void settle(FxRobot robot) {
        robot.interact(() -> {
            slide().applyCss();
            slide().layout();
        });
    }

    private static Bounds in(SlideView slide, Node node) {
        return slide.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private void type(FxRobot robot, int number) {
        for (char c : Integer.toString(number).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }

    /** The note is seen, beside the counter in the date's row, over none of the slide's words. */
    private void assertNoteBesideCounter(FxRobot robot, String where) {
        settle(robot);
        Label notice = slide().noticeLabel();
        Label counter = slide().labels().get(2);
        assertTrue(notice.isVisible(), where);
        Bounds note = in(slide(), notice);
        Bounds count = in(slide(), counter);
        assertTrue(note.getWidth() > 20 && note.getHeight() > 10, where + ": the note is drawn at all: " + note);
        assertTrue(note.getMaxX() <= count.getMinX() && note.getMinY() < count.getMaxY()
                && note.getMaxY() > count.getMinY(), where + ": beside the counter " + count + ", not at " + note);
        List<Label> words = new ArrayList<>(List.of(slide().titleLabel(), slide().labels().get(1),
                slide().quoteLabel(), slide().summaryLabel()));
        words.addAll(slide().itemLabels());
        for (Label l : words) {
            if (l.isVisible() && !l.getText().isEmpty()) {
                assertFalse(in(slide(), l).intersects(note), where + ": over \"" + l.getText() + "\"");
            }
        }
    }

    @Test
    void aNumberTypedOnASlideWithoutAMapIsShownBesideTheCounter(FxRobot robot) {
        shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT);
        assertNotNull(shown);
        List<Step> steps = Steps.of(WEEK, WEEK.events(), PresentationOptions.DEFAULT.context());
        Step mapless = steps.stream().filter(s -> !s.isContext() && !StepMap.hasMap(WEEK, s)).findFirst()
                .orElseThrow();
        type(robot, mapless.number());
        robot.type(KeyCode.ENTER);
        assertEquals(mapless.event().id(), state.selectedEventProperty().get());
        type(robot, 1);
        assertNoteBesideCounter(robot, "step " + mapless.number());
        robot.type(KeyCode.BACK_SPACE);

        // After a step whose long date line puts the note under the counter, the last step's short one has room for it.
        Step longDate = steps.stream().filter(s -> !s.isContext() && StepMap.hasMap(WEEK, s)
                && s.event().id().equals("nrc-leaders-confer")).findFirst().orElseThrow();
        type(robot, longDate.number());
        robot.type(KeyCode.ENTER);
        type(robot, 1);
        settle(robot);
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.END);
        assertEquals("What comes next", slide().titleLabel().getText());
        type(robot, 9);
        assertNoteBesideCounter(robot, "the last step");
    }
}
