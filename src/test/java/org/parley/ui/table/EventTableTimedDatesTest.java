package org.parley.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An event given to the minute reads its time in the table: the date column, wide enough for
 * "Thu 20 May 2016", showed "Sat 7 Oct 2017, …" for every timed event of a large dataset.
 */
@ExtendWith(FxThreadRobot.class)
class EventTableTimedDatesTest {

    private EventTable table;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        Dataset week = BundledSeeds.dataset();
        List<Event> timed = new ArrayList<>();
        int minute = 0;
        for (Event e : week.events()) {
            String at = String.format("2022-01-12T%02d:%02d", 10 + minute / 60, minute % 60);
            minute += 7;
            TimeSpan time = TimeSpan.parse(at, null, Precision.MINUTE, ZoneId.of("Europe/Brussels"));
            timed.add(new Event(e.id(), e.title(), e.summary(), time, e.order(), e.place(), e.refers(), e.kind(),
                    e.cameo(), e.track(), e.actors(), e.evidence(), e.inferred(), e.note(), e.modality()));
        }
        Dataset data = new Dataset(week.title(), week.description(), week.sources(), week.actors(), week.places(),
                timed, List.of(), List.of());
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(data);
        table = new EventTable(state);
        // The Events tab of a 1280×720 window: about 490 px wide.
        stage.setScene(new Scene(table, 490, 400));
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTimedDateReadsWholeOnTheRowsTwoLines(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getWidth() == 490);
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> date = table.getVisibleLeafColumns().get(0);
        int dates = 0;
        for (Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() == date && cell.getItem() != null && cell.isVisible()) {
                String whole = cell.getItem().toString();
                assertTrue(whole.matches(".*, \\d\\d:\\d\\d"), whole);
                // The text the skin drew, which ends in "…" when it is cut.
                Text drawn = (Text) cell.lookup(".text");
                assertEquals(whole, drawn.getText(), "the date and its time read whole");
                assertTrue(drawn.getLayoutBounds().getHeight() <= cell.getFont().getSize() * 3,
                        "on no more than the row's two lines: " + drawn.getLayoutBounds().getHeight());
                dates++;
            }
        }
        assertTrue(dates > 3, "date cells were drawn: " + dates);
    }
}
