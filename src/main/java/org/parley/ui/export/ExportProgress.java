package org.parley.ui.export;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The small window a data export shows while it is written, with a Cancel that gives it up: CSV,
 * JSON or a web page of 100,000 events takes from seconds to most of a minute, and had run with no
 * word on screen and no way to stop it. Cancel leaves every file as it was (the export writes to
 * temporary files, moved into place only when whole). Closing the window is the same as Cancel.
 */
final class ExportProgress {

    private final Stage stage = new Stage();
    private final Label what = new Label();
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param doing what is written where, said in the window ("Writing the CSV files to /home/…") */
    ExportProgress(Window owner, String doing) {
        stage.initOwner(owner);
        stage.initStyle(StageStyle.UTILITY);
        stage.setTitle("Exporting data");
        stage.setResizable(false);
        what.setText(doing);
        what.setId("export-progress-text");
        what.setWrapText(true);
        what.setMaxWidth(420);
        what.setMinHeight(Label.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.setId("export-progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> giveUp());
        stage.setOnCloseRequest(e -> giveUp());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, what, bar, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(440);
        stage.setScene(new Scene(root));
    }

    /** Whether Cancel was pressed; read by the export on the compute thread. */
    boolean cancelled() {
        return cancelled.get();
    }

    void show() {
        if (!stage.isShowing()) {
            org.parley.ui.support.CentredOnOwner.place(stage);
            stage.show();
        }
    }

    void close() {
        stage.close();
    }

    /** The window, for tests. */
    Stage stage() {
        return stage;
    }

    private void giveUp() {
        cancelled.set(true);
        cancel.setDisable(true);
        what.setText("Stopping\u2026 nothing is written.");
    }
}
