package org.parley.ui.table;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.MainWindow;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxThreadRobot.class)
class EventTableTest {

    private Stage stage;
    private EventTable table;
    private Dataset data;
    private ExplorerState state;

    @Start
    void start(Stage primary) {
        // Its own stage: the shared primary one may be left maximized or wide by another class.
        Stage stage = new Stage();
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(data);
        table = new EventTable(state);
        // The Events tab of a 1280×720 window: about 490 px wide.
        stage.setScene(new Scene(table, 490, 400));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<String> shownColumns() {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void aNarrowTableShowsEveryDateWholeAndGivesTheTitleRoom(FxRobot robot) throws Exception {
        // The stage may still be at the width an earlier test left it: wait for the narrow one, then its layout pass.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getWidth() == 490);
        WaitForAsyncUtils.waitForFxEvents();
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
            String shown = new EventTable.DateCell(e).toString();
            Text probe = new Text(shown);
            probe.setFont(any.getFont());
            double needed = probe.getLayoutBounds().getWidth() + any.snappedLeftInset() + any.snappedRightInset();
            assertTrue(needed <= date.getWidth(), e.id() + ": '" + shown + "' needs " + needed + " px of "
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

    /**
     * Titles in the narrow column use the row's second line instead of ending in "…" after one,
     * and any title still cut says itself whole in a tooltip.
     */
    @Test
    void titlesWrapOntoASecondLineAndACutOneHasItsWholeTitleInATooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> title = table.getVisibleLeafColumns().get(1);
        int titles = 0;
        int twoLines = 0;
        for (Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() == title && cell.getItem() != null && cell.isVisible()) {
                Text drawn = (Text) cell.lookup(".text");
                String shown = drawn.getText().replace("\n", " ").replaceAll(" +", " ").strip();
                if (!shown.equals(cell.getItem().toString())) {
                    // One tooltip serves the table: it takes the text of the cell the pointer enters.
                    robot.moveTo(cell);
                    assertEquals(cell.getItem().toString(), cell.getTooltip().getText(), "a cut title says itself whole");
                }
                titles++;
                if (drawn.getLayoutBounds().getHeight() > cell.getFont().getSize() * 2) {
                    twoLines++;
                }
            }
        }
        assertTrue(titles > 3, "title cells were drawn: " + titles);
        assertTrue(twoLines > 0, "a long title took the second line");
    }

    @Test
    void theTooltipSaysTheWholeTextOfTheCellUnderThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> title = table.getVisibleLeafColumns().get(1);
        List<TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == title && c.getItem() != null && c.isVisible())
                .toList();
        assertTrue(cells.size() > 2, "title cells: " + cells.size());
        for (TableCell<?, ?> cell : List.of(cells.get(0), cells.get(2), cells.get(1))) {
            robot.moveTo(cell);
            assertEquals(cell.getItem().toString(), cell.getTooltip().getText());
        }
    }

    @Test
    void anEventSelectedElsewhereIsTheSelectedRowWhateverTheSortAndAClickedRowIsSelectedEverywhere(FxRobot robot) {
        // Sorted by title, Z to A: rows no longer follow the story's order.
        robot.interact(() -> {
            TableColumn<Event, ?> title = table.getVisibleLeafColumns().get(1);
            title.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(title));
        });
        for (Event e : List.of(data.events().get(0), data.events().get(data.events().size() / 2),
                data.events().get(data.events().size() - 1))) {
            robot.interact(() -> state.selectedEventProperty().set(e.id()));
            assertEquals(e.id(), table.getSelectionModel().getSelectedItem().id());
        }
        robot.interact(() -> state.selectedEventProperty().set(null));
        assertTrue(table.getSelectionModel().isEmpty());

        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node firstRow = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == 0).query();
        robot.clickOn(firstRow);
        assertEquals(table.getItems().get(0).id(), state.selectedEventProperty().get(), "the first row's event");
        @SuppressWarnings("unchecked")
        Comparator<String> byTitle = (Comparator<String>) table.getVisibleLeafColumns().get(1)
                .getComparator();
        for (Event e : data.events()) {
            assertTrue(byTitle.compare(state.selectedEvent().orElseThrow().title(), e.title()) >= 0,
                    "the first row holds the last title in the order: " + e.title());
        }
    }

    /** A click on a row in the middle of the table had scrolled it two rows down, leaving another under the pointer. */
    @Test
    void aClickedRowStaysWhereItWas(FxRobot robot) {
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> middle = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == 4).query();
        double before = middle.localToScene(0, 0).getY();
        Event clicked = table.getItems().get(4);
        robot.clickOn(middle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clicked.id(), state.selectedEventProperty().get());
        TableRow<?> now = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == 4).query();
        assertEquals(before, now.localToScene(0, 0).getY(), 0.5, "the clicked row has not moved");

        // Chosen elsewhere (the timeline), an event out of view is still brought into it.
        Event last = table.getItems().get(table.getItems().size() - 1);
        robot.interact(() -> state.selectedEventProperty().set(last.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == table.getItems().size() - 1).tryQuery()
                .isPresent(), "the last row is shown");
    }

    /** A researcher copies a row for a spreadsheet, or the event with the papers' words for a citation. */
    @Test
    void ctrlCCopiesTheClickedRowAndTheMenuCopiesThePapersWords(FxRobot robot) {
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node firstRow = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == 0).query();
        robot.clickOn(firstRow);
        Event e = table.getItems().get(0);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL).type(KeyCode.C)
                .release(KeyCode.CONTROL);
        String[] row = new String[1];
        robot.interact(() -> row[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(row[0] != null && row[0].contains("\t" + e.title() + "\t"), "the row's cells, tab-separated: " + row[0]);

        // Monocle's headless robot sends no context-menu request: the menu is shown as the table would show it.
        robot.rightClickOn(firstRow);
        robot.interact(() -> table.getContextMenu().show(firstRow, Side.BOTTOM, 20, 0));
        robot.clickOn("Copy with the papers' words");
        String[] words = new String[1];
        robot.interact(() -> words[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(words[0].startsWith(e.title() + " ("), words[0]);
        assertTrue(words[0].contains(e.evidence().get(0).text()), words[0]);
        assertTrue(words[0].contains(", 12 Jan 2022: "), "each passage names its paper and day: " + words[0]);
        List<String> papers = words[0].lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        for (int i = 1; i < papers.size(); i++) {
            assertTrue(papers.get(i).equals(papers.get(i - 1)) || !papers.subList(0, i).contains(papers.get(i)),
                    "paper by paper: " + papers);
        }

        robot.interact(() -> table.getContextMenu().show(firstRow, Side.BOTTOM, 20, 0));
        robot.clickOn("Copy all rows");
        String[] all = new String[1];
        robot.interact(() -> all[0] = Clipboard.getSystemClipboard().getString());
        List<String> lines = all[0].lines().toList();
        assertEquals(table.getItems().size() + 1, lines.size(), "the column names, then every row the table lists");
        assertTrue(lines.get(0).startsWith("Date\tTitle\t"), lines.get(0));
        assertEquals(row[0], lines.get(1), "the rows as Copy row gives them, in the table's order");
    }

    /** A kind as long as "Decision or declaration" wraps in its column instead of ending in "Decisi…". */
    @Test
    void aLongKindReadsWholeOnTwoLines(FxRobot robot) {
        double width = stage.getWidth();
        robot.interact(() -> {
            stage.setWidth(1000);
            state.filterProperty().set(EventFilter.NONE.withKinds(
                    Set.of(EventKind.DECISION)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> kind = table.getVisibleLeafColumns().stream().filter(c -> c.getText().equals("Kind"))
                .findFirst().orElseThrow();
        robot.interact(() -> table.resizeColumn(kind, 100 - kind.getWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        int kinds = 0;
        for (Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() == kind && cell.getItem() != null && cell.isVisible()) {
                StringBuilder drawn = new StringBuilder();
                cell.lookupAll(".text").forEach(t -> drawn.append(((Text) t).getText()));
                assertEquals(cell.getItem().toString(), drawn.toString().replace("\n", " ").replaceAll("\\s+", " ").strip(),
                        "the kind reads whole in " + kind.getWidth() + " px");
                kinds++;
            }
        }
        robot.interact(() -> stage.setWidth(width));
        assertTrue(kinds > 0, "decisions listed");
    }
    /** A Place column narrower than "Brussels" ends it in an ellipsis rather than breaking it ("Brusse" / "ls"). */
    @Test
    void aNarrowColumnNeverBreaksAWord(FxRobot robot) {
        double width = stage.getWidth();
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Event, ?> place = table.getVisibleLeafColumns().stream().filter(c -> c.getText().equals("Place"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            table.resizeColumn(place, 52 - place.getWidth());
            // At a projector's type "Brussels" is wider than the column's least width.
            table.setStyle("-fx-font-size: 22px;");
            state.selectedEventProperty().set("nrc-meeting");
        });
        // The new type size is styled on one pulse and the cells laid out on the next.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        int cut = 0;
        for (Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() == place && cell.getItem() != null && cell.isVisible()
                    && !cell.getItem().toString().isEmpty()) {
                List<String> words = List.of(cell.getItem().toString().split("\\s+"));
                StringBuilder drawn = new StringBuilder();
                cell.lookupAll(".text").forEach(t -> drawn.append(((Text) t).getText()).append('\n'));
                if (drawn.toString().isBlank()) {
                    continue;   // not laid out yet on this pulse: nothing drawn, so nothing broken
                }
                for (String piece : drawn.toString().strip().split("\\s+")) {
                    assertTrue(words.contains(piece) || piece.endsWith(((TableCell<?, ?>) cell).getEllipsisString()),
                            "\"" + piece + "\" is a piece of a word of " + words + " in " + place.getWidth() + " px");
                    cut += piece.endsWith(cell.getEllipsisString()) ? 1 : 0;
                }
                checked++;
            }
        }
        robot.interact(() -> {
            table.setStyle("");
            stage.setWidth(width);
        });
        assertTrue(checked > 0, "places listed");
        assertTrue(cut > 0, "some place is too wide for the column and says so with an ellipsis");
    }

    /** The table says which days the curator inferred, as the timeline's cards do, and why in its tooltip. */
    @Test
    void anInferredDayIsMarkedAndItsTooltipSaysWhy() {
        Event ryabkov = data.event("geneva-ryabkov-warning").orElseThrow();
        Event dinner = data.event("geneva-dinner").orElseThrow();
        EventTable.DateCell inferred = new EventTable.DateCell(ryabkov);
        assertEquals("\u2248 " + ryabkov.time().compactLabel(), inferred.toString());
        assertTrue(inferred.tip().contains("inferred: " + ryabkov.note()), inferred.tip());
        EventTable.DateCell attested = new EventTable.DateCell(dinner);
        assertEquals(dinner.time().compactLabel(), attested.toString());
    }

    /**
     * The selected row stands out in blue, focused or not, in both themes: the theme's grey, a shade off the
     * rows' own, did not say which event was current after stepping with the arrow keys.
     */
    @Test
    void theSelectedRowStandsOutInBothThemes(FxRobot robot) {
        for (String theme : List.of("theme-light", "theme-dark")) {
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme.equals("theme-dark")
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                table.getScene().getStylesheets().setAll(MainWindow.class.getResource("main.css").toExternalForm());
                // As in the window: the theme's class is on the scene's root, above the table.
                if (table.getScene().getRoot() == table) {
                    table.getScene().setRoot(new StackPane(table));
                }
                table.getScene().getRoot().getStyleClass().setAll("root", theme);
            });
            robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(1).queryAs(Node.class));
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            TableRow<?> selected = robot.from(table).lookup(".table-row-cell")
                    .match((TableRow<?> r) -> r.isSelected()).query();
            var fills = selected.getBackground().getFills();
            Color fill = (Color) fills.get(fills.size() - 1).getFill();
            assertTrue(fill.getSaturation() > 0.2 && Math.abs(fill.getHue() - 205) < 25,
                    theme + ": the selected row is " + fill + ", not a blue");
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }
}
