package org.parley.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Notices when another process changes the database (a {@code parley import} in a terminal, a
 * second window) and offers to reload. It asks SQLite's {@code PRAGMA data_version}, which moves
 * only on other connections' commits, every few seconds on the database thread; the FX thread
 * only starts the question and reads the answer.
 */
final class DatabaseWatch {

    static final Duration EVERY = Duration.seconds(4);

    private final Window owner;
    private final Supplier<CompletableFuture<Long>> version;
    private final Runnable reload;
    private final Timeline timer;
    private long known = -1;
    private boolean asking;

    DatabaseWatch(Window owner, Supplier<CompletableFuture<Long>> version, Runnable reload, Duration every) {
        this.owner = owner;
        this.version = version;
        this.reload = reload;
        this.timer = new Timeline(new KeyFrame(every, e -> poll()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Takes the version now, so that only later changes count, and then looks again every few seconds. */
    void start() {
        poll();
        timer.play();
    }

    void stop() {
        timer.stop();
    }

    /** One look at the version; asks once per change, and not while a question is open. */
    void poll() {
        if (asking) {
            return;
        }
        version.get().whenComplete((v, error) -> {
            if (error != null || v == null) {
                return;
            }
            if (known >= 0 && v != known) {
                known = v;
                ask();
            } else {
                known = v;
            }
        });
    }

    private void ask() {
        asking = true;
        ButtonType reloadButton = new ButtonType("Reload", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", reloadButton, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText("The database was changed by another program.");
        alert.setContentText("Reload to see what it holds now? Until then the window shows what it showed before.");
        alert.getDialogPane().setId("outside-change");
        alert.setOnHidden(e -> asking = false);
        alert.resultProperty().addListener((o, was, now) -> {
            if (now == reloadButton) {
                reload.run();
            }
        });
        alert.show();
    }
}
