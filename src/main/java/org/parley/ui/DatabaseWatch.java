package org.parley.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.Optional;
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
    /** Whether the file is still the one opened ("… was deleted …"), asked on the database thread. */
    private final Supplier<CompletableFuture<Optional<String>>> fileProblem;
    private boolean toldOfFile;
    private final Runnable reload;
    private final Timeline timer;
    private long known = -1;
    private boolean asking;

    DatabaseWatch(Window owner, Supplier<CompletableFuture<Long>> version, Runnable reload, Duration every) {
        this(owner, version, () -> CompletableFuture.completedFuture(Optional.empty()), reload, every);
    }

    DatabaseWatch(Window owner, Supplier<CompletableFuture<Long>> version,
                  Supplier<CompletableFuture<Optional<String>>> fileProblem, Runnable reload, Duration every) {
        this.owner = owner;
        this.version = version;
        this.fileProblem = fileProblem;
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
        if (!toldOfFile) {
            fileProblem.get().whenComplete((problem, error) -> {
                if (error == null && problem != null && problem.isPresent() && !toldOfFile && !asking) {
                    toldOfFile = true;
                    tellOfFile(problem.get());
                }
            });
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

    /** Once: the file under the window is gone or another; nothing more will be written to it. */
    private void tellOfFile(String problem) {
        asking = true;
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        alert.setHeaderText("The database file is no longer the one Parley opened.");
        // The window may now hold the only copy of the user's dataset: keeping it comes before quitting.
        alert.setContentText(problem + ". The window still shows what it held, but Parley will write nothing more "
                + "to it: an import or a restore would be lost. The window may hold the only copy of your dataset: "
                + "keep it first with File \u2192 Export data\u2026 as Parley JSON, which imports again whole. Then "
                + "quit and start Parley again to open what is there now; File \u2192 Restore a backup\u2026 lists the "
                + "copies Parley made.");
        alert.getDialogPane().setId("database-file-gone");
        alert.setOnHidden(e -> asking = false);
        alert.show();
    }

    private void ask() {
        asking = true;
        ButtonType reloadButton = new ButtonType("Reload", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", reloadButton, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Parley");
        // Any other connection's commit moves the version: Parley's own import in a terminal as much as another program's.
        alert.setHeaderText("The database was changed outside this window.");
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
