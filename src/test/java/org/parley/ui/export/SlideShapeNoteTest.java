package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Slide shape row is live for the two slides, the dashboard and the timeline slide; for the timeline, the map
 * and the actors it was greyed with nothing said, and a teacher making images for slides read it as broken. Greyed,
 * it says which views it is for.
 */
@ExtendWith(FxThreadRobot.class)
class SlideShapeNoteTest {

    @Start
    void start(Stage owner) throws Exception {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds",
                "seeds"))));
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
        new ExportImageDialog(owner, state).show();
    }

    @Test
    void theGreyedShapeSaysWhichViewsItIsFor(FxRobot robot) {
        Node shape = robot.lookup("#exportShape").query();
        for (String view : new String[] {"Map", "Actors", "Timeline"}) {
            choose(robot, view);
            assertTrue(shape.isDisabled(), view + " is not a slide");
            Label note = robot.lookup("#exportShapeNote").queryAs(Label.class);
            assertTrue(note.isVisible(), "beside the greyed shape for the " + view);
            assertEquals(ExportImageDialog.SHAPE_NOT_A_SLIDE, note.getText());
        }
        for (String slide : new String[] {"Dashboard", "Timeline slide"}) {
            choose(robot, slide);
            assertFalse(shape.isDisabled(), "the " + slide + " takes a shape");
            assertFalse(robot.lookup("#exportShapeNote").query().isVisible(), "nothing to explain for the " + slide);
        }
    }

    private static void choose(FxRobot robot, String item) {
        robot.clickOn("#exportView");
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> item.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no view " + item));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
