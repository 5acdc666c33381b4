package org.parley.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Source;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.table.EventTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With many sources, the papers that did not report an event are counted, not given a column each. */
@ExtendWith(FxThreadRobot.class)
class DetailPaneManySourcesTest {

    private static final int EXTRA_SOURCES = 8;

    private ExplorerState state;
    private EventTable table;
    private DetailPane pane;

    @Start
    void start(Stage stage) {
        Dataset week = BundledSeeds.dataset();
        List<Source> sources = new ArrayList<>(week.sources());
        for (int i = 0; i < EXTRA_SOURCES; i++) {
            sources.add(new Source("extra" + i, "Extra Paper " + i, "Report " + i, LocalDate.of(2022, 1, 12), "",
                    "en", "extra" + i + ".txt", ""));
        }
        Dataset many = new Dataset(week.title(), week.description(), sources, week.actors(), week.places(),
                week.events(), week.quotes(), week.divergences());
        state = new ExplorerState();
        state.datasetProperty().set(many);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        table = new EventTable(state);
        pane = new DetailPane(state);
        table.setPrefWidth(500);
        pane.setPrefWidth(400);
        stage.setScene(new Scene(new HBox(table, pane), 900, 600));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void clickingARowShowsOnlyThePapersThatReportedIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node firstRow = robot.from(table).lookup(".table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getIndex() == 0).query();
        robot.clickOn(firstRow);
        WaitForAsyncUtils.waitForFxEvents();

        Event event = state.selectedEvent().orElseThrow();
        Set<String> reporting = event.evidence().stream().map(Evidence::source).collect(Collectors.toSet());
        state.dataset().quotesOf(event.id()).forEach(q -> reporting.add(q.source()));
        Set<String> columns = robot.from(pane).lookup("." + PapersSection.COLUMN).queryAll().stream()
                .map(n -> (String) n.getUserData()).collect(Collectors.toSet());
        assertEquals(reporting, columns, "a column for each paper that reported " + event.id());
        int silent = state.dataset().sources().size() - reporting.size();
        Label note = robot.from(pane).lookup(".detail-muted")
                .match(n -> ((Label) n).getText().startsWith("Not reported by")).query();
        assertNotNull(note);
        assertTrue(note.getText().contains(silent + " papers"), note.getText());
    }
}
