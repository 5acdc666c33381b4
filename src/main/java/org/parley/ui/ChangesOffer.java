package org.parley.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * After start-up, when another program changed the data since it was imported and the data is still
 * sound (a title fixed in the sqlite3 shell while Parley was closed): says so, and asks whether to
 * keep the changes. It was offered as damage, with a repair that put the imported data back over the
 * user's own edit. Damaged data still gets {@link RepairOffer}.
 */
final class ChangesOffer {

    static final ButtonType KEEP = new ButtonType("Keep these changes", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);

    static final String WHAT = "Another program (such as the sqlite3 shell or a script) changed the stored dataset "
            + "since it was imported. The changed data is sound: every reference holds and every quote is found in its "
            + "article. What you see is the changed data.\n\n"
            + "Keep these changes: they become this dataset's own; the search index is rebuilt to find their words, and "
            + "the database as it is now is kept as a backup first.\n"
            + "Decide later: nothing changes, and Parley asks again at the next start. "
            + "File \u2192 Restore a backup\u2026 undoes the changes with a backup from before them, if there is one.";

    /** Said too when this Parley's bundled week is newer and was held back from the changed data. */
    static final String NEWER_SEEDS = "This Parley comes with a newer version of the bundled week. It was not put in "
            + "over the changed data, so nothing of it was lost. Kept, the changes are yours: newer bundled weeks never "
            + "replace them. File \u2192 Restore the bundled week puts the newer week in instead, backing up the changed "
            + "data first.";

    private ChangesOffer() {
    }

    /** {@code newerSeedsHeldBack}: the start kept the changed data rather than put newer bundled seeds over it. */
    static void offer(Window owner, Health health, boolean newerSeedsHeldBack,
                      Supplier<CompletableFuture<Workspace.Repair>> keep, Runnable reload) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", KEEP, LATER);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText("The data was changed outside Parley.");
        Label what = new Label(WHAT);
        what.setWrapText(true);
        what.setMaxWidth(480);
        what.setId("changes-what");
        TextArea details = new TextArea(Stream.of(health.changes(), health.searchIndexProblems())
                .flatMap(List::stream).limit(RepairOffer.SHOWN_PROBLEMS).map(Printable::oneLine)
                .collect(Collectors.joining("\n")));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        details.setId("changes-found");
        VBox content = new VBox(8, what);
        if (newerSeedsHeldBack) {
            Label newer = new Label(NEWER_SEEDS);
            newer.setWrapText(true);
            newer.setMaxWidth(480);
            newer.setId("changes-newer-seeds");
            content.getChildren().add(newer);
        }
        content.getChildren().add(details);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("changes-offer");
        ((Button) alert.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        alert.resultProperty().addListener((o, was, now) -> {
            if (now != KEEP) {
                return;
            }
            keep.get().whenComplete((done, error) -> {
                if (error != null) {
                    ErrorDialogs.show(owner, "The changes could not be kept.", ErrorDialogs.unwrap(error),
                            "Nothing was changed. Run \"parley check\" from a terminal for details.");
                    return;
                }
                reload.run();
                Alert told = new Alert(Alert.AlertType.INFORMATION, Printable.oneLine(done.summary()));
                told.initOwner(owner);
                told.setHeaderText("Changes kept");
                told.getDialogPane().setId("changes-kept");
                told.show();
            });
        });
        alert.show();
    }
}
