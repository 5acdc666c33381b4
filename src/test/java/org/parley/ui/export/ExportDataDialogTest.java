package org.parley.ui.export;

import atlantafx.base.theme.PrimerLight;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.cli.SyntheticDataAccess;
import org.parley.export.DataFormat;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Export data…: what the question says about each format. */
@ExtendWith(FxThreadRobot.class)
class ExportDataDialogTest {

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
        if (dialog != null) {
            robot.interact(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        }
    }

    /**
     * The format offered is read whole: in the app's theme the dialog was held to 600 px, and CSV read
     * "CSV: events.csv, quotes.csv, positions.csv, divergences.csv, act…", its last files unnamed.
     */
    @SuppressWarnings("unchecked")
    @Test
    void theFormatOfferedIsReadWhole(FxRobot robot) throws Exception {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            ComboBox<DataFormat> format = (ComboBox<DataFormat>) dialog.getDialogPane().lookup("#export-data-format");
            format.setValue(DataFormat.CSV);
            dialog.show();
        });
        ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
        String said = format.getConverter().toString(DataFormat.CSV);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> said.equals(drawn(format)));
        } catch (TimeoutException e) {
            throw new AssertionError("drawn: " + drawn(format), e);
        }
    }

    /** The words the combo box draws for its value: all of them, or the first ones cut with an ellipsis. */
    private static String drawn(ComboBox<?> box) {
        // The box's own cell, not one of its list's (the list is built before it is first shown).
        return box.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("list-cell"))
                .map(cell -> cell.lookup(".text")).filter(Text.class::isInstance)
                .map(t -> ((Text) t).getText()).findFirst().orElse("");
    }

    /** The format chosen last is offered next time. */
    @SuppressWarnings("unchecked")
    @Test
    void theNextDialogOffersTheFormatChosenLast(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        ExportDataDialog.Choice[] answer = new ExportDataDialog.Choice[1];
        for (DataFormat f : new DataFormat[] {DataFormat.GEOJSON, DataFormat.CSV}) {
            robot.interact(() -> {
                dialog = ExportDataDialog.dialog(stage, state);
                dialog.show();
            });
            ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
            if (f == DataFormat.CSV) {
                assertEquals(DataFormat.GEOJSON, format.getValue(), "the last choice is offered");
            }
            robot.interact(() -> {
                format.setValue(f);
                ((Button) dialog.getDialogPane().lookupButton(
                        ButtonType.OK)).fire();
                answer[0] = dialog.getResult();
            });
            assertEquals(f, answer[0].format());
        }
        dialog = null;
    }

    @SuppressWarnings("unchecked")
    @Test
    void theCsvChoiceNamesAllThreeFilesAndTheJsonNoteIsShownWhole(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
        Label note = robot.lookup("#export-data-note").queryAs(Label.class);
        String csv = format.getConverter().toString(DataFormat.CSV);
        assertTrue(csv.contains("positions.csv"), "the CSV export writes positions.csv too: " + csv);
        assertFalse(note.isVisible(), "the JSON note says nothing about CSV");
        // Hidden, it takes no room either: it had left a blank band above the size note.
        Label size = robot.lookup("#export-data-size").queryAs(Label.class);
        CheckBox filtered = robot.lookup("#export-data-filtered").queryAs(
                CheckBox.class);
        double gap = size.getBoundsInParent().getMinY() - filtered.getBoundsInParent().getMaxY();
        assertTrue(gap < 2 * 10 + 1, "one row gap between the box and the size note, not the JSON note's room: " + gap);

        robot.clickOn(format).clickOn(format.getConverter().toString(DataFormat.JSON));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DataFormat.JSON, format.getValue());
        assertTrue(note.isVisible());
        // Wrapped to two lines in its 420 px, not one line ending in "…".
        assertTrue(note.getHeight() >= note.prefHeight(note.getWidth()) - 0.5,
                "note " + note.getHeight() + " px high, needs " + note.prefHeight(note.getWidth()));
    }

    /** JSON is written whole: with a filter on, its box shows unticked, and ticked again for CSV. */
    @SuppressWarnings("unchecked")
    @Test
    void theFilteredBoxIsUntickedForJsonAndBackForTheOthers(FxRobot robot) {
        ComboBox<DataFormat> format = showFiltered(robot);
        CheckBox box = robot.lookup(".check-box").queryAs(CheckBox.class);
        robot.interact(() -> format.setValue(DataFormat.CSV));
        assertTrue(box.isSelected(), "a filter is on: only its events, by default");
        robot.interact(() -> format.setValue(DataFormat.JSON));
        assertFalse(box.isSelected(), "JSON holds everything, and its box says so");
        robot.interact(() -> format.setValue(DataFormat.CSV));
        assertTrue(box.isSelected(), "the choice comes back");
    }

    /** Enter with the box focused exports, the box as it was: it had toggled the filter off and exported nothing. */
    @SuppressWarnings("unchecked")
    @Test
    void enterOnTheFocusedBoxExportsWithItsChoiceUnchanged(FxRobot robot) {
        ComboBox<DataFormat> format = showFiltered(robot);
        CheckBox box = robot.lookup(".check-box").queryAs(CheckBox.class);
        robot.interact(() -> {
            format.setValue(DataFormat.CSV);
            box.requestFocus();
        });
        assertTrue(box.isFocused() && box.isSelected());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), "Enter answered the dialog");
        assertEquals(new ExportDataDialog.Choice(DataFormat.CSV, true), dialog.getResult());
        assertTrue(box.isSelected(), "the box is as it was");
        dialog = null;
    }

    /** Shows the dialog over the week with a filter on (meetings only); returns its format box. */
    @SuppressWarnings("unchecked")
    private ComboBox<DataFormat> showFiltered(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE
                .withKinds(Set.of(EventKind.MEETING))));
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        return robot.lookup("#export-data-format").queryAs(ComboBox.class);
    }

    /**
     * Before a large export starts the dialog says what it will make and how to make less: a web page of all
     * 100,000 events had been written without a word (54 MB, a minute). Ticking the filtered box says the smaller size.
     */
    @SuppressWarnings("unchecked")
    @Test
    void aLargeExportSaysItsSizeAndOffersTheFilteredEvents(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(SyntheticDataAccess.dataset(15_000));
        state.filterProperty().set(EventFilter.NONE.withKinds(
                Set.of(state.dataset().events().get(0).kind())));
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
        CheckBox box = robot.lookup(".check-box").queryAs(CheckBox.class);
        Label size = robot.lookup("#export-data-size").queryAs(Label.class);
        int visible = state.visibleEventsProperty().get().size();
        assertTrue(visible < 15_000, "the filter keeps a part: " + visible);
        robot.interact(() -> format.setValue(DataFormat.GEOJSON));
        robot.clickOn(box);
        assertFalse(box.isSelected());
        assertTrue(size.getText().startsWith("Writes 15,000 events, about 13 MB: a large file"), size.getText());
        assertTrue(size.getText().contains("Tick the box above for the "
                + CountText.count(visible, "filtered event")), size.getText());
        robot.clickOn(box);
        assertTrue(size.getText().startsWith("Writes " + CountText.count(visible, "event") + ", about"),
                size.getText());
    }

    /**
     * With the search's box ticked, ticking the filtered box writes the filtered events the search marks: the size line
     * had offered "the 1,430 filtered events", the filter's count with the search left out (decision 0140).
     */
    @SuppressWarnings("unchecked")
    @Test
    void theFilteredEventsOfferedKeepToTheSearchWhenTheExportDoes(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(SyntheticDataAccess.dataset(20_000));
        List<Event> all = state.dataset().eventsInNarrativeOrder();
        Set<String> found = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 10 != 0) {
                found.add(all.get(i).id());
            }
        }
        state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(state.dataset().events().get(0).kind())));
        state.searchProperty().set(new SearchResults("talks", List.of(), found));
        robot.interact(() -> {
            dialog = ExportDataDialog.dialog(stage, state);
            dialog.show();
        });
        ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
        CheckBox filtered = robot.lookup("#export-data-filtered").queryAs(CheckBox.class);
        CheckBox bySearch = robot.lookup("#export-data-search").queryAs(CheckBox.class);
        Label size = robot.lookup("#export-data-size").queryAs(Label.class);
        robot.interact(() -> format.setValue(DataFormat.GEOJSON));
        if (filtered.isSelected()) {
            robot.clickOn(filtered);
        }
        robot.clickOn(bySearch);
        assertTrue(bySearch.isSelected() && !filtered.isSelected());
        long visible = state.visibleEventsProperty().get().size();
        long both = state.visibleEventsProperty().get().stream().filter(e -> found.contains(e.id())).count();
        assertTrue(both < visible, "the search leaves out some filtered events: " + both + " of " + visible);
        assertTrue(size.getText().startsWith("Writes " + CountText.count(found.size(), "event")), size.getText());
        assertTrue(size.getText().contains("Tick the box above for the " + CountText.count(both, "filtered event") + " ("),
                size.getText());
        robot.clickOn(filtered);
        assertTrue(size.getText().startsWith("Writes " + CountText.count(both, "event") + ", about"), size.getText());
    }

    /**
     * Just after a filter change over 20,000 events its events are still being picked in the background:
     * the box had said the previous filter's count as this one's. It says "counting…", then the count.
     */
    @Test
    void aFilterStillAppliedInTheBackgroundIsCountedWhenItArrives(FxRobot robot) throws Exception {
        Dataset large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
        try (BackgroundThread worker = new BackgroundThread("test-compute")) {
            ExplorerState state = new ExplorerState(worker);
            robot.interact(() -> state.datasetProperty().set(large));
            CountDownLatch hold = new CountDownLatch(1);
            worker.submit(() -> {
                try {
                    return hold.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            EventFilter meetings = EventFilter.NONE
                    .withKinds(Set.of(EventKind.MEETING));
            robot.interact(() -> {
                state.filterProperty().set(meetings);
                dialog = ExportDataDialog.dialog(stage, state);
                dialog.show();
            });
            CheckBox box = robot.lookup(".check-box")
                    .queryAs(CheckBox.class);
            Label size = robot.lookup("#export-data-size").queryAs(Label.class);
            assertTrue(box.getText().contains("counting"), box.getText());
            assertFalse(size.getText().contains(CountText.number(large.events().size())), size.getText());

            hold.countDown();
            String counted = CountText.count(large.events().stream()
                    .filter(e -> e.kind() == EventKind.MEETING).count(), "event");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> box.getText().contains("Only the " + counted));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(size.getText().startsWith("Writes " + counted), size.getText());
        }
    }

    /**
     * File → Export data… opened from the keyboard: the focus started on OK, so Enter, pressed to go on to the
     * choice of format, exported the format offered at once. It starts on the Format box, as the image export
     * dialog's starts on its first choice.
     */
    @SuppressWarnings("unchecked")
    @Test
    void theFocusStartsOnTheFormatAndTheArrowsChooseOne(FxRobot robot) throws Exception {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        robot.interact(() -> dialog = ExportDataDialog.dialog(stage, state));
        // Shown and waited for, as File → Export data… does: the dialog says it is shown before its window is,
        // and a focus asked for then had been taken back by OK (a plain show() had passed).
        Platform.runLater(dialog::showAndWait);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, dialog::isShowing);
        ComboBox<DataFormat> format = robot.lookup("#export-data-format").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, format::isFocused);
        // The format chosen last is offered; CSV has a next one to move to, whichever test ran before.
        robot.interact(() -> format.setValue(DataFormat.CSV));
        DataFormat offered = format.getValue();

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialog.isShowing(), "an arrow key chooses; it does not answer the dialog");
        assertNotEquals(offered, format.getValue(), "Down chose the next format");
        DataFormat chosen = format.getValue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(chosen, dialog.getResult().format(), "Enter exports the format chosen with the keys");
    }
}
