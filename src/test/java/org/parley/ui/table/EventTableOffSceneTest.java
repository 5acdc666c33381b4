package org.parley.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280×720 the table is laid out with the window, then leaves it for a tab of its own, which it
 * joins when the tab is chosen: a filter and a selection made while it was out showed, once back,
 * the last rows with the first out of reach and the chosen event unmarked (an actor's 14 events, 4
 * of them unreachable).
 */
@ExtendWith(FxThreadRobot.class)
class EventTableOffSceneTest {

    private ExplorerState state;
    private EventTable table;
    private Dataset data;
    private StackPane root;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        data = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(data);
        table = new EventTable(state);
        root = new StackPane(table);
        // The Events tab of a 1280×720 window.
        stage.setScene(new Scene(root, 490, 200));
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    @Test
    void rowsChangedWhileOutOfTheWindowShowFromTheChosenOneOnceBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // Laid out with the window, then out of it: at 1280×720 the table goes into a tab of its own.
        robot.interact(() -> root.getChildren().clear());
        WaitForAsyncUtils.waitForFxEvents();
        // As a click on her name in the Actors list and Ctrl+Shift+F do: her first event chosen, then the filter.
        String herFirst = data.events().stream().filter(e -> e.actors().stream().anyMatch(p -> p.actor().equals("sherman")))
                .findFirst().orElseThrow().id();
        robot.interact(() -> state.selectedEventProperty().set(herFirst));
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("sherman"))));
        assertEquals(herFirst, table.getItems().get(0).id());
        List<Event> rows = table.getItems();
        assertTrue(rows.size() > 8, "more rows than the tab shows: " + rows.size());
        robot.interact(() -> root.getChildren().add(table));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        IndexedCell<?> first = flow().getFirstVisibleCell();
        assertEquals(0, first.getIndex(), "the chosen event is the first row: the table shows from it");
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        // As the wheel does: every row within reach, the last and then the first.
        robot.interact(() -> flow().scrollPixels(100_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rows.size() - 1, flow().getLastVisibleCell().getIndex(), "the last row is reachable");
        robot.interact(() -> flow().scrollPixels(-100_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, flow().getFirstVisibleCell().getIndex(), "and the first again");
    }
}
