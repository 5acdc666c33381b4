package org.parley.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Over more rows than {@link EventTable#SORT_AT_ONCE_LIMIT}, the table sorts on the compute thread. */
@ExtendWith(FxThreadRobot.class)
class EventTableLargeDatasetTest {

    private ExplorerState state;
    private EventTable table;
    private Dataset large;

    @Start
    void start(Stage stage) {
        large = BundledSeeds.copiedUntilOver(EventTable.SORT_AT_ONCE_LIMIT);
        state = new ExplorerState();
        state.datasetProperty().set(large);
        table = new EventTable(state);
        stage.setScene(new Scene(table, 900, 500));
        stage.show();
    }

    private boolean sortedByTitleDescending() {
        List<Event> rows = table.getItems();
        for (int i = 1; i < rows.size(); i++) {
            if (EventRows.readingKey(rows.get(i - 1).title()).compareTo(EventRows.readingKey(rows.get(i).title())) < 0) {
                return false;
            }
        }
        return rows.size() == state.visibleEventsProperty().get().size();
    }

    @Test
    void aClickedSortArrivesKeepsItsColumnAndOutlivesAFilter(FxRobot robot) throws Exception {
        TableColumn<Event, ?> title = table.getColumns().get(1);
        robot.interact(() -> {
            title.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(title));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::sortedByTitleDescending);
        assertEquals(List.of(title), table.getSortOrder(), "the column the reader chose stays chosen");

        Event chosen = large.events().get(large.events().size() / 2);
        robot.interact(() -> state.selectedEventProperty().set(chosen.id()));
        assertEquals(chosen.id(), table.getSelectionModel().getSelectedItem().id());

        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(chosen.kind()))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sortedByTitleDescending()
                && table.getItems().stream().allMatch(e -> e.kind() == chosen.kind()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen.id(), table.getSelectionModel().getSelectedItem().id(),
                "the selected event is still the selected row once the filtered rows are sorted");
    }
}
