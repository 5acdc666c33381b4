package org.parley.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.parley.export.FormulaGuard;
import org.parley.model.Event;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.PapersWords;
import org.parley.ui.support.TextClipboard;

/**
 * Copying from the event table, as a researcher quotes a row: Ctrl+C the row's cells separated by
 * tabs (a spreadsheet takes them as columns), and from the context menu the event with the papers'
 * own words, each credited, ready for a citation ({@link PapersWords}).
 */
final class RowCopy {

    private RowCopy() {
    }

    /** {@code cells}: the row's cells as the table shows them. */
    static void install(EventTable table, ExplorerState state, Function<Event, List<String>> cells) {
        // No accelerator on the item: a context menu's is the whole window's, and Ctrl+C in another panel
        // would have copied the table's row. The table's own key handler below takes it when it has the focus.
        MenuItem row = new MenuItem("Copy row");
        MenuItem words = new MenuItem("Copy with the papers' words");
        MenuItem all = new MenuItem("Copy all rows");
        ContextMenu menu = new ContextMenu(row, words, all);
        row.setOnAction(e -> selected(table).ifPresent(ev -> TextClipboard.put(line(cells.apply(ev)))));
        // The rows as the table lists them (filtered, sorted), under the column names: a spreadsheet's table.
        all.setOnAction(e -> {
            List<String> lines = new ArrayList<>();
            lines.add(line(table.getColumns().stream().map(c -> c.getText()).toList()));
            table.getItems().forEach(ev -> lines.add(line(cells.apply(ev))));
            TextClipboard.put(String.join("\n", lines));
        });
        words.setOnAction(e -> selected(table).ifPresent(ev -> TextClipboard.put(PapersWords.of(state.dataset(), ev))));
        menu.setOnShowing(e -> {
            boolean none = selected(table).isEmpty();
            row.setDisable(none);
            words.setDisable(none);
            all.setDisable(table.getItems().isEmpty());
        });
        table.setContextMenu(menu);
        table.addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.C && k.isShortcutDown() && !k.isShiftDown() && !k.isAltDown()) {
                selected(table).ifPresent(ev -> TextClipboard.put(line(cells.apply(ev))));
                k.consume();
            }
        });
    }

    /**
     * Cells separated by tabs; a tab or line break inside a cell would start another column or row. A cell a
     * spreadsheet would run as a formula (an imported title "=HYPERLINK(…)") is pasted as text, as in the CSV export.
     */
    private static String line(List<String> cells) {
        return String.join("\t", cells.stream().map(c -> FormulaGuard.asText(c).replaceAll("[\t\r\n]+", " ")).toList());
    }

    private static Optional<Event> selected(EventTable table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
