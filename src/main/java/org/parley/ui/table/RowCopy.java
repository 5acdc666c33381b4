package org.parley.ui.table;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.TextClipboard;

/**
 * Copying from the event table, as a researcher quotes a row: Ctrl+C the row's cells separated by
 * tabs (a spreadsheet takes them as columns), and from the context menu the event with the papers'
 * own words, each credited, ready for a citation.
 */
final class RowCopy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private RowCopy() {
    }

    /** {@code cells}: the row's cells as the table shows them. */
    static void install(EventTable table, ExplorerState state, java.util.function.Function<Event, List<String>> cells) {
        // No accelerator on the item: a context menu's is the whole window's, and Ctrl+C in another panel
        // would have copied the table's row. The table's own key handler below takes it when it has the focus.
        MenuItem row = new MenuItem("Copy row");
        MenuItem words = new MenuItem("Copy with the papers' words");
        ContextMenu menu = new ContextMenu(row, words);
        row.setOnAction(e -> selected(table).ifPresent(ev -> TextClipboard.put(String.join("\t", cells.apply(ev)))));
        words.setOnAction(e -> selected(table).ifPresent(ev -> TextClipboard.put(withWords(state.dataset(), ev))));
        menu.setOnShowing(e -> {
            boolean none = selected(table).isEmpty();
            row.setDisable(none);
            words.setDisable(none);
        });
        table.setContextMenu(menu);
        table.addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.C && k.isShortcutDown() && !k.isShiftDown() && !k.isAltDown()) {
                selected(table).ifPresent(ev -> TextClipboard.put(String.join("\t", cells.apply(ev))));
                k.consume();
            }
        });
    }

    /** The title, when and where, then each passage as "Paper, date: “words”" (with whom the paper credits). */
    static String withWords(Dataset ds, Event e) {
        List<String> lines = new ArrayList<>();
        String where = ds == null ? "" : ds.place(e.place()).map(p -> ", " + p.name()).orElse("");
        lines.add(e.title() + " (" + e.time().label() + where + ")");
        // Paper by paper, in the dataset's order: interleaved, the Post's and the Times's words were hard to tell apart.
        List<Evidence> byPaper = new ArrayList<>(e.evidence());
        if (ds != null) {
            List<String> order = ds.sources().stream().map(org.parley.model.Source::id).toList();
            byPaper.sort(java.util.Comparator.comparingInt(ev -> order.indexOf(ev.source())));
        }
        for (Evidence ev : byPaper) {
            String paper = ds == null ? ev.source() : ds.source(ev.source())
                    .map(s -> s.publisher() + ", " + DAY.format(s.published())).orElse(ev.source());
            String credit = ev.attribution().isEmpty() || ds == null ? ""
                    : " (according to " + ds.actor(ev.attribution()).map(a -> a.name()).orElse(ev.attribution()) + ")";
            lines.add(paper + ": \u201C" + ev.text() + "\u201D" + credit);
        }
        return String.join("\n", lines);
    }

    private static java.util.Optional<Event> selected(EventTable table) {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
