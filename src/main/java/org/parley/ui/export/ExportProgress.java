package org.parley.ui.export;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parley.ui.support.ProgressWindow;

/**
 * The small window a data export shows while it is written, with a Cancel that gives it up: CSV,
 * JSON or a web page of 100,000 events takes from seconds to most of a minute, and had run with no
 * word on screen and no way to stop it. Cancel leaves every file as it was (the export writes to
 * temporary files, moved into place only when whole). Closing the window is the same as Cancel.
 */
final class ExportProgress {

    private final ProgressWindow window;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param doing what is written where, said in the window ("Writing the CSV files to /home/…") */
    ExportProgress(Window owner, String doing) {
        window = new ProgressWindow(owner, "Exporting data", "export-progress");
        window.text().setText(doing);
        window.cancel().setOnAction(e -> giveUp());
        window.stage().setOnCloseRequest(e -> giveUp());
    }

    /** Whether Cancel was pressed; read by the export on the compute thread. */
    boolean cancelled() {
        return cancelled.get();
    }

    void show() {
        window.show();
    }

    void close() {
        window.close();
    }

    /** The window, for tests. */
    Stage stage() {
        return window.stage();
    }

    private void giveUp() {
        cancelled.set(true);
        window.cancel().setDisable(true);
        window.text().setText("Stopping\u2026 nothing is written.");
    }
}
