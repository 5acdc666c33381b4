package org.parley.ui.table;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class EventTableTest {

    private Stage stage;
    private EventTable table;
    private Dataset data;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = BundledSeeds.dataset();
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(data);
        table = new EventTable(state);
        // The Events tab of a 1280×720 window: about 490 px wide.
        stage.setScene(new Scene(table, 490, 400));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private List<String> shownColumns() {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void aNarrowTableShowsEveryDateWholeAndGivesTheTitleRoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> date = table.getVisibleLeafColumns().get(0);
        TableColumn<Event, ?> title = table.getVisibleLeafColumns().get(1);
        assertEquals("Date", date.getText());
        assertTrue(title.getWidth() >= 180, "title column " + title.getWidth() + " px");
        int dates = 0;
        for (Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() == date && cell.getItem() != null && cell.isVisible()) {
                // The text the skin drew, which ends in "…" when the column is too narrow for it.
                Text drawn = (Text) cell.lookup(".text");
                assertEquals(cell.getItem().toString(), drawn.getText(), "the date reads whole");
                dates++;
            }
        }
        assertTrue(dates > 3, "date cells were drawn: " + dates);
        // And every event's date, not only the rows on screen, fits the column.
        TableCell<?, ?> any = (TableCell<?, ?>) robot.from(table).lookup(".table-cell").query();
        for (Event e : data.events()) {
            Text probe = new Text(e.time().compactLabel());
            probe.setFont(any.getFont());
            double needed = probe.getLayoutBounds().getWidth() + any.snappedLeftInset() + any.snappedRightInset();
            assertTrue(needed <= date.getWidth(), e.id() + ": '" + e.time().compactLabel() + "' needs " + needed + " px of "
                    + date.getWidth());
        }
        assertEquals(List.of("Date", "Title", "Place", "Papers"), shownColumns());
        // Both papers' initials, and the column's name, read whole.
        TableColumn<Event, ?> papers = table.getVisibleLeafColumns().get(3);
        Text both = new Text("WP, NYT");
        both.setFont(((TableCell<?, ?>) robot.from(table).lookup(".table-cell").query()).getFont());
        assertTrue(both.getLayoutBounds().getWidth() + 16 <= papers.getWidth(), "papers column " + papers.getWidth() + " px");

        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Date", "Title", "Kind", "Place", "Papers", "Lane"), shownColumns(),
                "a wide table shows every column");
    }
}
