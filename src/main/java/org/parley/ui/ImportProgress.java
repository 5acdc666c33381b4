package org.parley.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.parley.seed.ImportStatus;
import org.parley.seed.ReadProgress;
import org.parley.ui.support.ProgressWindow;

/**
 * The small window an import of a large file shows while the file is read, checked, hashed and written: how
 * much is read of how much, what is done after, how many records are written of how many, and a Cancel (Esc, or closing the window) that stops the
 * import, until the write begins, with the database and the shown dataset as they were. A year of coded events took tens of seconds with only a
 * spinner in the status bar and no way to stop it. The share read is looked up a few times a second
 * from what the reading thread counts; nothing here grows with the file.
 */
final class ImportProgress {

    /** Files smaller than this are read in a moment: a window flashing up and away would only startle. */
    static final long SHOWN_FROM_BYTES = 2L << 20;

    private static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");

    private final ProgressWindow window;
    private final Label what;
    private final ProgressBar bar;
    private final Button cancel;
    private final ReadProgress progress;
    private final String name;
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(250), e -> update()));

    ImportProgress(Window owner, String name, ReadProgress progress) {
        this.progress = progress;
        this.name = name;
        window = new ProgressWindow(owner, "Importing a dataset", "import-progress");
        what = window.text();
        bar = window.bar();
        cancel = window.cancel();
        cancel.setOnAction(e -> giveUp());
        window.stage().setOnCloseRequest(e -> {
            // Closing is Cancel; while the write finishes the window stays, saying so.
            e.consume();
            giveUp();
        });
        // Room for two lines of text from the start, and a bar never squeezed away: sized to its first line of
        // text, the window had hidden the bar under the button.
        what.setMinHeight(2 * 1.4 * Font.getDefault().getSize());
        what.setAlignment(Pos.TOP_LEFT);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        // The window has the focus: Ctrl+Q must still reach the main window's Quit, which asks.
        window.stage().getScene().getAccelerators().put(QUIT, () -> {
            Runnable quit = owner.getScene() == null ? null : owner.getScene().getAccelerators().get(QUIT);
            if (quit != null) {
                quit.run();
            }
        });
        ticks.setCycleCount(Animation.INDEFINITE);
        update();
    }

    void show() {
        if (!window.stage().isShowing()) {
            window.show();
            ticks.play();
        }
    }

    void close() {
        ticks.stop();
        window.close();
    }

    /** The read stopped: the window says nothing changed, and its button closes it. */
    void cancelled() {
        ticks.stop();
        bar.setProgress(0);
        what.setText(CANCELLED);
        cancel.setText("Close");
        cancel.setDisable(false);
        cancel.setDefaultButton(true);
        cancel.setOnAction(e -> close());
        window.stage().setOnCloseRequest(e -> close());
        show();
    }

    /** What the window says once Cancel has stopped the read. */
    static final String CANCELLED = "Import cancelled; nothing changed.";

    /** The window, for tests. */
    Stage stage() {
        return window.stage();
    }

    /**
     * Says what the import is doing and how far, in the words {@link ImportStatus} gives the command line too:
     * called a few times a second, and by tests.
     */
    void update() {
        ImportStatus status = ImportStatus.of(progress, name);
        if (progress.writing()) {
            cancel.setDisable(true);
        }
        bar.setProgress(status.measured() ? status.share() : ProgressBar.INDETERMINATE_PROGRESS);
        what.setText(status.sentence());
    }

    private void giveUp() {
        if (progress.cancel()) {
            cancel.setDisable(true);
        }
        update();
    }
}
