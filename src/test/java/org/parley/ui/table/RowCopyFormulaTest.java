package org.parley.ui.table;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row copied from the events table goes to a spreadsheet, which runs a cell that begins with = + - or @ as
 * a formula: an imported dataset's title "=HYPERLINK(…)" pasted there became a live link. It arrives as text,
 * with the tick the CSV export puts before such a cell.
 */
@ExtendWith(FxThreadRobot.class)
class RowCopyFormulaTest {

    private static final String HOSTILE = "=HYPERLINK(\"https://evil.invalid\",\"Read the talks\")";

    private EventTable table;
    private Event hostile;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Dataset week = BundledSeeds.dataset();
        Event first = week.events().get(0);
        hostile = new Event(first.id(), HOSTILE, first.summary(), first.time(), first.order(), first.place(),
                first.refers(), first.kind(), first.cameo(), first.track(), first.actors(), first.evidence(),
                first.inferred(), first.note(), first.modality());
        List<Event> events = new ArrayList<>(week.events());
        events.set(0, hostile);
        Dataset dataset = new Dataset(week.title(), week.description(), week.focus().orElse(null), week.zone(),
                week.sources(), week.actors(), week.places(), events, week.quotes(), week.divergences(),
                week.positions());
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(dataset);
        table = new EventTable(state);
        stage.setScene(new Scene(table, 700, 400));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTitleThatReadsAsAFormulaIsCopiedAsText(FxRobot robot) throws Exception {
        int index = table.getItems().indexOf(hostile);
        assertTrue(index >= 0, "the hostile event is listed");
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index).tryQuery().isPresent());
        Node row = robot.from(table).lookup(".table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() == hostile);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
            return copied[0] != null;
        });
        List<String> cells = Arrays.asList(copied[0].split("\t", -1));
        assertEquals("'" + HOSTILE, cells.get(1), "the title, as text a spreadsheet does not run: " + copied[0]);

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> table.getContextMenu().show(row, Side.BOTTOM, 20, 0));
        robot.clickOn("Copy all rows");
        String[] all = new String[1];
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            robot.interact(() -> all[0] = Clipboard.getSystemClipboard().getString());
            return all[0] != null;
        });
        for (String line : all[0].split("\n")) {
            for (String cell : line.split("\t", -1)) {
                assertTrue(cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0, "no cell a spreadsheet would run: " + cell);
            }
        }
        assertTrue(all[0].contains("\t'" + HOSTILE + "\t"), all[0]);
    }
}
