package org.parley.ui.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A filter changes the rows, not the reader's place among them: among 100,000 events the table
 * kept its row number, so ticking "Armed conflict" while reading October 2017 showed December
 * 2024, and unticking it March 2003.
 */
@ExtendWith(FxThreadRobot.class)
class EventTableKeepsItsPlaceTest {

    private ExplorerState state;
    private EventTable table;
    private Dataset data;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        // The week copied: rows enough after any row for it to stand at the top, whatever the filter.
        data = BundledSeeds.copiedUntilOver(2_000);
        state = new ExplorerState();
        state.datasetProperty().set(data);
        table = new EventTable(state);
        stage.setScene(new Scene(table, 900, 400));
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Event firstShown() {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return table.getItems().get(first.getIndex());
    }

    /**
     * The ids of the first two rows on screen: the flow places a row at the top from estimated
     * heights of rows of one or two lines, and may leave part of the one before it showing.
     */
    private List<String> topRows() {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        int first = flow.getFirstVisibleCell().getIndex();
        return table.getItems().subList(first, Math.min(first + 2, table.getItems().size())).stream().map(Event::id).toList();
    }

    @Test
    void theEventAtTheTopStaysAtTheTopWhenAFilterLeavesItIn(FxRobot robot) {
        List<Event> story = table.getItems();
        int at = story.size() / 2;
        robot.interact(() -> table.scrollTo(at));
        WaitForAsyncUtils.waitForFxEvents();
        Event anchor = firstShown();

        // The anchor's own kind: it stays, most rows before it go.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(anchor.kind()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() < at, "the filter leaves fewer rows than the anchor's row number");
        assertTrue(topRows().contains(anchor.id()), "the row the reader was at is still at the top: " + topRows());

        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(topRows().contains(anchor.id()), "and again once the filter is cleared: " + topRows());
    }

    @Test
    void aFilterThatHidesTheTopEventShowsTheRowsNextToWhereItStood(FxRobot robot) {
        List<Event> story = table.getItems();
        robot.interact(() -> table.scrollTo(story.size() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        Event anchor = firstShown();
        int at = story.indexOf(anchor);

        EventKind other = story.stream().map(Event::kind).filter(k -> k != anchor.kind())
                .filter(k -> story.subList(at, story.size()).stream().anyMatch(e -> e.kind() == k))
                .findFirst().orElseThrow();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(other))));
        WaitForAsyncUtils.waitForFxEvents();
        Event expected = story.subList(at, story.size()).stream().filter(e -> e.kind() == other).findFirst().orElseThrow();
        assertTrue(topRows().contains(expected.id()), "the first row of the kind after where the reader was: " + topRows());
    }
}
