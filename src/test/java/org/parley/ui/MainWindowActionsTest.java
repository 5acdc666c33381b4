package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.app.ParleyVersion;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowPrefs;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's own entry points: the toolbar, F5, Help → About and a click in the event table. */
@ExtendWith(FxThreadRobot.class)
class MainWindowActionsTest {

    private final List<String> dialogs = new ArrayList<>();
    private ExplorerState state;
    private Dataset data;

    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: TestFX hands every test class the same primary stage, and a size set
        // here would stay with it into the next class.
        stage = new Stage();
        data = BundledSeeds.dataset();
        state = new ExplorerState();
        ThemeSwitcher.follow(state);
        WindowPrefs prefs = WindowPrefs.load();
        prefs.put("width", 1260);
        prefs.put("height", 780);
        prefs.put("dark", false);
        MainWindow window = new MainWindow(state, prefs, text -> CompletableFuture.completedFuture(SearchResults.NONE));
        window.attach(stage);
        window.setDialogActions(new DialogActions(() -> dialogs.add("import"), () -> dialogs.add("restore"),
                () -> dialogs.add("restore-backup"), () -> dialogs.add("export-data"),
                () -> dialogs.add("export-image"), () -> dialogs.add("present"),
                () -> dialogs.add("handout")));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        state.datasetProperty().set(data);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            robot.listWindows().stream()
                    .filter(w -> w instanceof Stage s && s.getOwner() != null)
                    .toList().forEach(w -> ((Stage) w).close());
            stage.close();
        });
    }

    @Test
    void theToolbarButtonF5AndShiftF5StartThePresentation(FxRobot robot) {
        robot.clickOn("#present");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("present"), dialogs);

        // F5 from a panel, not only from the toolbar: the table, behind its tab in this short window.
        robot.clickOn("#tab-events");
        robot.clickOn("#event-table");
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("present", "present"), dialogs);

        // Some clickers' start key sends Shift+F5.
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("present", "present", "present"), dialogs);
    }

    @Test
    void theToolbarExportButtonsOpenTheirDialogs(FxRobot robot) {
        robot.clickOn("#export-image");
        robot.clickOn("#export-data");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("export-image", "export-data"), dialogs);
    }

    @Test
    void helpAboutShowsTheDatasetWithItsCounts(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("About this dataset");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> texts = robot.lookup("#dataset-overview .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains(data.title()), texts.toString());
        int events = texts.indexOf("Events");
        assertTrue(events >= 0, texts.toString());
        assertEquals(String.valueOf(data.events().size()), texts.get(events + 1));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("The Washington Post — ")), texts.toString());
        // The positions board is a collection of the dataset as the others are (validate and stats count it).
        int positions = texts.indexOf("Positions");
        assertTrue(positions >= 0, "the positions are counted: " + texts);
        assertEquals(String.valueOf(data.positions().size()), texts.get(positions + 1));
    }

    @Test
    void helpAboutParleySaysItsVersionSourcesAndCredits(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("About Parley");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#about-parley").queryAs(DialogPane.class);
        try {
            assertEquals(ParleyVersion.NAME_AND_VERSION, pane.getHeaderText());
            String text = ((Label) pane.getContent()).getText();
            assertTrue(text.contains("The Washington Post") && text.contains("The New York Times"), text);
            assertTrue(text.contains("Natural Earth") && text.contains("BSD-3-Clause"), text);
            assertTrue(text.contains("data folder"), text);
        } finally {
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
    }

    @Test
    void clickingARowInTheEventTableSelectsItsEvent(FxRobot robot) {
        // In a short window the map and the table are two tabs: open the table's, as a reader would.
        robot.lookup(".tab .tab-label").queryAllAs(Label.class).stream()
                .filter(l -> "Events".equals(l.getText()) && l.isVisible()).findFirst()
                .ifPresent(l -> {
                    robot.clickOn(l);
                    WaitForAsyncUtils.waitForFxEvents();
                });
        @SuppressWarnings("unchecked")
        List<TableRow<Event>> rows = robot.lookup("#event-table .table-row-cell").queryAllAs(TableRow.class)
                .stream().map(r -> (TableRow<Event>) r)
                // The virtual flow keeps spare, hidden rows; only the shown ones can be clicked.
                .filter(r -> r.getItem() != null && r.isVisible() && r.getIndex() >= 0)
                .sorted(Comparator.comparingInt(TableRow::getIndex)).toList();
        // The table sits low in the 780-px window; its first row is the one surely above the status bar.
        TableRow<Event> first = rows.get(0);
        Event expected = first.getItem();
        assertNotEquals(expected.id(), state.selectedEventProperty().get());

        Node picked = robot.lookup(".table-cell").queryAll().stream()
                .filter(c -> c.getParent() == first && c.isVisible()).findFirst().orElseThrow();
        robot.clickOn(picked);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(expected.id(), state.selectedEventProperty().get());
    }
}
