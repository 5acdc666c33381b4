package org.parley.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.seed.Printable;
import org.parley.store.Backup;
import org.parley.store.Origin;
import org.parley.store.StoreException;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.state.ExplorerState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * File → Restore a backup…: lists the backups Parley made before replacing a dataset, newest first,
 * and brings the chosen one back after saying what it replaces. The database work runs on the
 * database thread; what the database held is itself backed up first.
 */
final class BackupsDialog {

    /** What the window needs from the database. */
    interface Backups {
        CompletableFuture<List<Backup>> list();

        CompletableFuture<Restored> restore(Backup backup);

        /**
         * What the database holds now, as the question names it ("“Title” (64 events, 54 quotes)"), read from
         * the database rather than the window: after another program's change the window may show what was
         * there before. Null when it cannot say (no database open), and the window's dataset is named.
         */
        default CompletableFuture<String> holds() {
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * A restore done: what the database now holds, and the file name under which what it held before
     * was kept (null if none); {@code damaged}: that is the database too damaged to open, put beside the
     * backups, which cannot itself be restored.
     */
    record Restored(Dataset dataset, String keptAs, boolean damaged) {
        Restored(Dataset dataset, String keptAs) {
            this(dataset, keptAs, false);
        }
    }

    private BackupsDialog() {
    }

    static void show(Window owner, ExplorerState state, Backups backups) {
        backups.list().whenComplete((list, error) -> {
            if (error != null) {
                ErrorDialogs.show(owner, "The backups could not be listed.", error, "");
                return;
            }
            if (list.isEmpty()) {
                Alert none = new Alert(Alert.AlertType.INFORMATION);
                none.initOwner(owner);
                none.setTitle("Restore a backup");
                none.setHeaderText("No backups yet");
                none.setContentText("Parley makes one before anything replaces the dataset.");
                none.getDialogPane().setId("no-backups");
                none.show();
                return;
            }
            choose(owner, list, b -> confirmAndRestore(owner, state, backups, b));
        });
    }

    /**
     * What a backup holds first, then when and what file: "“My week”, 6,262 events (yours,
     * imported 12 Jan 2026 14:03)" over its file name. On one line the title and the count had
     * sat behind a horizontal scroll bar, after the file name.
     */
    static String describe(Backup b) {
        String what = b.dataset().map(i -> "“" + Printable.title(i.title()) + "”, " + CountText.count(b.events(), "event")
                + " (" + (i.origin() == Origin.USER ? "yours"
                : "the bundled week") + ", imported " + WHEN.format(i.importedAt()) + ")")
                .orElse("cannot be read as a Parley backup; it cannot be restored, and is left as it is");
        return what + (b.damaged() ? " — a copy of a damaged database" : "") + "\n" + b.name();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private static void choose(Window owner, List<Backup> list, Consumer<Backup> chosen) {
        ListView<Backup> view = new ListView<>();
        view.getItems().setAll(list);
        view.setId("backup-list");
        view.setPrefSize(620, 220);
        view.setCellFactory(lv -> new ListCell<>() {
            {
                setWrapText(true);
                // No width of its own: the list gives every cell its visible width, the text wraps in
                // it, and nothing scrolls sideways. A width bound to the list's had been measured
                // before the dialog settled its size, a few px too wide, with a scroll bar and the
                // cell's height reckoned for that width, its last line cut to "…".
                setPrefWidth(0);
            }

            // The theme gives list cells one fixed height (-fx-cell-size), which the skin returns
            // whatever the text: a title wrapped to two lines left the file name cut to "…".
            @Override
            protected double computePrefHeight(double width) {
                double fixed = super.computePrefHeight(width);
                if (getText() == null) {
                    return fixed;
                }
                Text probe = new Text(getText());
                probe.setFont(getFont());
                probe.setWrappingWidth((width > 0 ? width : lv.getWidth() - 24) - snappedLeftInset() - snappedRightInset());
                // One px over the text: the list rounds a cell's height, and a text a fraction taller
                // than its cell loses its last line.
                return Math.max(fixed, Math.ceil(probe.getLayoutBounds().getHeight()) + snappedTopInset()
                        + snappedBottomInset() + 1);
            }

            @Override
            protected void updateItem(Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        // The newest that can be restored is chosen, not a file named like a backup that cannot be read.
        view.getSelectionModel().select(list.stream().filter(b -> b.dataset().isPresent()).findFirst().orElse(list.get(0)));
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        Dialog<Backup> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore a backup");
        dialog.setHeaderText("Backups, newest first");
        dialog.getDialogPane().setContent(view);
        dialog.getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(Bindings.createBooleanBinding(
                () -> view.getSelectionModel().getSelectedItem() == null
                        || view.getSelectionModel().getSelectedItem().dataset().isEmpty(),
                view.getSelectionModel().selectedItemProperty()));
        dialog.getDialogPane().setId("backups-dialog");
        dialog.setResultConverter(button -> button == restore ? view.getSelectionModel().getSelectedItem() : null);
        dialog.resultProperty().addListener((o, was, now) -> {
            if (now != null) {
                chosen.accept(now);
            }
        });
        dialog.setOnShown(e -> fitToBackups(view, dialog));
        dialog.show();
    }

    /**
     * The list as tall as its backups when they all fit in it, and the window sized to that: two backups had sat at the
     * top of a list and a window far taller than they needed, at 1366×768 nearly the screen's height. More backups
     * than the list holds keep its height, and it scrolls.
     */
    static void fitToBackups(ListView<Backup> view, Dialog<?> dialog) {
        view.applyCss();
        view.layout();
        List<ListCell<?>> listed = view.lookupAll(".list-cell").stream().<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() != null && c.isVisible()).toList();
        if (listed.size() < view.getItems().size()) {
            return;
        }
        double cells = listed.stream().mapToDouble(ListCell::getHeight).sum();
        double needed = Math.ceil(cells + view.snappedTopInset() + view.snappedBottomInset()) + 2;
        if (needed < view.getHeight()) {
            view.setPrefHeight(needed);
            view.setMinHeight(needed);
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    /** "“Title” (64 events, 54 quotes)": how the question names a dataset, from the window or the database. */
    static String named(String title, long events, long quotes) {
        return "“" + Printable.title(title) + "” (" + CountText.count(events, "event") + ", "
                + CountText.count(quotes, "quote") + ")";
    }

    private static void confirmAndRestore(Window owner, ExplorerState state, Backups backups, Backup b) {
        backups.holds().whenComplete((holds, error) -> confirmAndRestore(owner, state, backups, b,
                error == null ? holds : null));
    }

    private static void confirmAndRestore(Window owner, ExplorerState state, Backups backups, Backup b, String holds) {
        Dataset now = state.dataset();
        String shown = now == null ? null : named(now.title(), now.events().size(), now.quotes().size());
        // The database was changed outside this window, which was not reloaded: what goes is what is there.
        String replaced = holds != null ? holds : shown;
        String stale = holds != null && shown != null && !holds.equals(shown)
                ? " (The window still shows " + shown + ", from before the database was changed outside this window.)" : "";
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", restore, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Restore a backup");
        ask.setHeaderText("Restore " + describe(b).replace("\n", " — ") + "?");
        ask.setContentText(now == null && state.noDatabaseProperty().get()
                ? "The database that could not be opened will be replaced; it is kept beside the backups as a damaged copy."
                : (replaced == null ? "What the database holds" : replaced)
                + " will be replaced; it is backed up first, so this can be undone the same way." + stale);
        ask.getDialogPane().setId("confirm-restore");
        DialogKeys.defaultTo(ask, ButtonType.CANCEL);
        ask.resultProperty().addListener((o, was, answer) -> {
            if (answer == restore && state.dataset() != now) {
                // The data was reloaded while the question was open: it named what is no longer there, so ask again.
                confirmAndRestore(owner, state, backups, b);
            } else if (answer == restore) {
                restore(owner, state, backups, b);
            }
        });
        ask.show();
    }

    private static void restore(Window owner, ExplorerState state, Backups backups, Backup b) {
        // Copying a large database first takes seconds: the status bar says so, and quitting meanwhile asks.
        Runnable ended = state.beginActivity("Restoring the backup " + b.name() + "\u2026");
        backups.restore(b).whenComplete((done, error) -> {
            if (error != null) {
                state.endUnfinished(ended);
                Throwable cause = error instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : error;
                boolean unchanged = !(cause instanceof StoreException s) || s.leftAsItWas();
                ErrorDialogs.show(owner, "The backup could not be restored.", error, unchanged
                        ? "The database was left as it was." : "Keep the copy named above: it holds your data as it was.");
            } else {
                ended.run();
                state.datasetProperty().set(done.dataset());
                restored(owner, b, done);
            }
        });
    }

    /** Says what the restore did, as an import does: the window changing its title was all it had said. */
    private static void restored(Window owner, Backup b, Restored done) {
        Dataset ds = done.dataset();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Restore a backup");
        alert.setHeaderText("Restored “" + Printable.title(ds.title()) + "” from " + b.name());
        alert.setContentText(CountText.count(ds.events().size(), "event") + ", "
                + CountText.count(ds.quotes().size(), "quote") + " from " + CountText.count(ds.sources().size(), "source") + "."
                + (done.keptAs() == null ? "" : done.damaged()
                ? "\n\nThe damaged file it replaced is kept beside the backups as " + done.keptAs() + "."
                : "\n\nWhat the database held before is kept as " + done.keptAs()
                + ": File → Restore a backup… brings it back."));
        alert.getDialogPane().setId("restored");
        alert.show();
    }

}
