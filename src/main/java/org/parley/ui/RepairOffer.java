package org.parley.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parley.app.Workspace;
import org.parley.seed.Printable;
import org.parley.store.Health;
import org.parley.ui.support.ErrorDialogs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * After start-up, when the database's own check finds damage: says what is wrong and offers what
 * {@code parley repair} does (rebuild the search index, or restore the newest sound backup).
 */
final class RepairOffer {

    /** Problems listed in the dialog; SQLite's check stops at 100 anyway. */
    static final int SHOWN_PROBLEMS = 50;

    /** Damaged data with no backup to restore and not the bundled week: what can still be saved. */
    static final String NO_CURE = "There is no sound backup of this dataset to repair it from. What could be read is on screen: "
            + "save it now with File → Export data… as Parley JSON, then import that file into a new database "
            + "(start Parley with --db and a new file), or import your dataset again from where you keep it. "
            + "File → Restore a backup… can put a backup of another dataset in its place instead.";

    private RepairOffer() {
    }

    /** The database's check, and what a repair would do about it (empty: nothing). */
    record Checked(Health health, Optional<String> plan) {
    }

    static void offer(Window owner, Checked checked, Supplier<CompletableFuture<Workspace.Repair>> repair, Runnable reload) {
        Health health = checked.health();
        if (health.ok()) {
            return;
        }
        ButtonType repairButton = new ButtonType("Repair", ButtonBar.ButtonData.OK_DONE);
        // With nothing to repair from, no Repair button: it could only fail, after promising a backup.
        Alert alert = checked.plan().isPresent()
                ? new Alert(Alert.AlertType.WARNING, "", repairButton, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText(health.dataDamaged() ? "The database is damaged." : "The search index is damaged.");
        TextArea details = new TextArea(Stream.of(health.pageProblems(), health.searchIndexProblems(), health.dataProblems())
                .flatMap(List::stream).limit(SHOWN_PROBLEMS).map(Printable::oneLine).collect(Collectors.joining("\n")));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.setId("repair-problems");
        // A content node replaces the content text, so what Repair does is a label of its own above the list.
        Label what = new Label(checked.plan().map(plan -> plan + " Cancel leaves the database as it is"
                + (health.dataDamaged() ? "; \"parley repair\" does the same later."
                        : "; searches may then miss or show wrong passages."))
                .orElse(NO_CURE));
        what.setWrapText(true);
        what.setMaxWidth(460);
        what.setId("repair-what");
        alert.getDialogPane().setContent(new VBox(8, what, details));
        alert.getDialogPane().setId("repair-offer");
        alert.resultProperty().addListener((o, was, now) -> {
            if (now != repairButton) {
                return;
            }
            repair.get().whenComplete((done, error) -> {
                if (error != null) {
                    ErrorDialogs.show(owner, "The database could not be repaired.", error,
                            "Run \"parley check\" and \"parley repair\" from a terminal for details.");
                    return;
                }
                reload.run();
                Alert told = new Alert(Alert.AlertType.INFORMATION, Printable.oneLine(done.summary()));
                told.initOwner(owner);
                told.setHeaderText("Repaired");
                told.getDialogPane().setId("repaired");
                told.show();
            });
        });
        alert.show();
    }
}
