package org.parley.ui.export;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.DataFormat;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Export data dialog names the filters it would export by: "Only the 41 events that pass the current
 * filters" did not say which, and a paper filter also keeps that paper's quotations alone.
 */
@ExtendWith(FxThreadRobot.class)
class ExportDataWhichFiltersTest {

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
        robot.interact(() -> {
            dialog.setResult(null);
            dialog.close();
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDialogNamesTheFiltersAndThePaperQuotationsRule(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        state.filterProperty().set(EventFilter.NONE.withSources(SourceFilter.includes("wapo"))
                .withKinds(Set.of(EventKind.MEETING)));
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            ((ComboBox<DataFormat>) dialog.getDialogPane().lookup("#export-data-format")).setValue(DataFormat.CSV);
            dialog.show();
        });
        Label which = robot.lookup("#export-data-which").queryAs(Label.class);
        assertTrue(which.isVisible());
        assertEquals("Filtered: kind Meeting; reported by The Washington Post. Quotations: only those"
                + " The Washington Post prints.", which.getText());

        robot.clickOn("#export-data-filtered");
        assertFalse(which.isVisible(), "the whole dataset is written: no filter to name");
        robot.clickOn("#export-data-filtered");
        assertTrue(which.isVisible());
        robot.interact(() -> ((ComboBox<DataFormat>) robot.lookup("#export-data-format").queryAs(ComboBox.class))
                .setValue(DataFormat.JSON));
        assertFalse(which.isVisible(), "JSON is always whole");
    }

    @Test
    void withNoFilterNothingIsNamed(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        assertFalse(robot.lookup("#export-data-which").queryAs(Label.class).isVisible());
    }
}
