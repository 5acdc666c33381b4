package org.parley.ui.export;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Export data… after a search: the search rings its events and hides none, and the export had written
 * every event without a word about it. The dialog now says which events it writes and offers the search's.
 */
@ExtendWith(FxThreadRobot.class)
class ExportDataSearchDialogTest {

    private Stage stage;
    private Dialog<ExportDataDialog.Choice> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null && dialog.isShowing()) {
            robot.interact(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        }
    }

    @Test
    void theSearchIsSaidAndOfferedAndItsEventsAreChosen(FxRobot robot) throws TimeoutException {
        Dataset week = BundledSeeds.dataset();
        List<Event> events = week.eventsInNarrativeOrder();
        // Three events the search rings, one of them a meeting.
        Event meeting = events.stream().filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
        List<String> others = events.stream().filter(e -> e.kind() != EventKind.MEETING).limit(2).map(Event::id)
                .toList();
        Set<String> found = Set.of(meeting.id(), others.get(0), others.get(1));
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(week);
        state.searchProperty().set(new SearchResults("Sherman", List.of(), found));
        state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
        int meetings = state.visibleEventsProperty().get().size();
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        Label which = robot.lookup("#export-data-events").queryAs(Label.class);
        assertEquals("Exports the " + meetings + " events that pass the filters; the search \u201CSherman\u201D does not "
                + "apply.", which.getText());

        robot.clickOn("#export-data-search");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> which.getText().startsWith("Exports the 1 event "));
        assertEquals("Exports the 1 event that passes the filters and is found by the search \u201CSherman\u201D.",
                which.getText());
        assertTrue(robot.lookup("#export-data-size").queryAs(Label.class).getText().startsWith("Writes 1 event,"));

        robot.clickOn("#export-data-filtered");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> which.getText().startsWith("Exports the 3 events "));
        assertEquals("Exports the 3 events found by the search \u201CSherman\u201D; the filters do not apply.",
                which.getText());

        robot.interact(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
        ExportDataDialog.Choice choice = dialog.getResult();
        assertFalse(choice.filtered());
        assertEquals(found, choice.search().orElseThrow().eventIds());
        assertEquals("Sherman", choice.search().orElseThrow().query());
    }

    /** Without a search nothing is offered for one, and the dialog still says which events it writes. */
    @Test
    void withoutASearchItSaysAllEvents(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        assertFalse(robot.lookup("#export-data-search").queryAs(CheckBox.class).isVisible());
        assertEquals("Exports all 64 events of the dataset.",
                robot.lookup("#export-data-events").queryAs(Label.class).getText());
    }
}
