package org.parley.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.parley.app.Workspace;
import org.parley.seed.Printable;
import org.parley.store.Health;
import org.parley.ui.support.ErrorDialogs;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * After start-up, when the database's own check finds damage: says what is wrong and offers what
 * {@code parley repair} does (rebuild the search index, or restore the newest sound backup).
 */
final class RepairOffer {

    private RepairOffer() {
    }

    static void offer(Window owner, Health health, Supplier<CompletableFuture<Workspace.Repair>> repair, Runnable reload) {
        if (health.ok()) {
            return;
        }
        ButtonType repairButton = new ButtonType("Repair", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", repairButton, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText(health.dataDamaged() ? "The database is damaged." : "The search index is damaged.");
        TextArea details = new TextArea(Stream.of(health.pageProblems(), health.searchIndexProblems(), health.dataProblems())
                .flatMap(java.util.List::stream).limit(50).map(Printable::oneLine).collect(Collectors.joining("\n")));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setId("repair-offer");
        alert.setContentText(health.dataDamaged()
                ? "Repair restores the newest sound backup (the damaged state is kept as a backup too)."
                : "Repair rebuilds the search index from the data; nothing else changes.");
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
                Alert told = new Alert(Alert.AlertType.INFORMATION, done.summary());
                told.initOwner(owner);
                told.setHeaderText("Repaired");
                told.show();
            });
        });
        alert.show();
    }
}
