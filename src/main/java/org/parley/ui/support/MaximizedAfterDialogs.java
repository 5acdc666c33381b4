package org.parley.ui.support;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives a maximized window back its whole screen when a modal dialog closes. JavaFX 21's GTK
 * backend fixes the size of the windows a modal dialog disables, and some X11 window managers
 * (openbox, KDE's) answer by un-maximizing them: the main window dropped to its last restored size
 * behind "About this dataset" or the Present dialog and stayed there (JDK-8332222, fixed in JavaFX
 * 23). Windows maximized when the dialog opened are stretched over their screen while it is up
 * and maximized again when it closes.
 */
public final class MaximizedAfterDialogs {

    private MaximizedAfterDialogs() {
    }

    /**
     * Windows the user maximized, kept so through every dialog until the user restores them: after
     * the handout's dialog, its file chooser and "Handout saved" in a row, the main window was no
     * longer maximized when the last dialog opened, and stayed restored. Touched on the JavaFX thread only.
     */
    private static final Set<Stage> WANTED = Collections.newSetFromMap(new WeakHashMap<>());
    /**
     * Windows the window manager restored behind a dialog: JavaFX may call one maximized again while
     * the window manager keeps it restored (a maximize asked for behind a dialog is refused), so it is
     * asked for anew once the dialogs are gone.
     */
    private static final Set<Stage> RESTORED = Collections.newSetFromMap(new WeakHashMap<>());
    /** System dialogs (file choosers) open now: they are no JavaFX windows. */
    private static int systemDialogs;
    private static boolean installed;

    /** Watches every window, and every modal dialog, the application opens from now on. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(MaximizedAfterDialogs::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    follow(added);
                    if (added instanceof Stage dialog && dialog.getModality() != Modality.NONE) {
                        watch(dialog);
                    }
                }
            }
        });
    }

    /** Remembers whether the user wants {@code window} maximized: restored behind a dialog is not restored by the user. */
    private static void follow(Window window) {
        if (!(window instanceof Stage stage)) {
            return;
        }
        if (stage.isMaximized()) {
            WANTED.add(stage);
        }
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (now) {
                WANTED.add(stage);
            } else if (!dialogUp(stage)) {
                WANTED.remove(stage);
            } else {
                RESTORED.add(stage);
            }
        });
    }

    private static boolean dialogUp(Stage except) {
        return systemDialogs > 0 || Window.getWindows().stream().anyMatch(w -> w != except && w.isShowing()
                && w instanceof Stage s && s.getModality() != Modality.NONE);
    }

    private static boolean smallerThanItsScreen(Stage stage) {
        var area = ScreenArea.of(stage);
        // Window decorations and panels differ between window managers: a maximized window is within 40 px.
        return stage.getWidth() < area.getWidth() - 40 || stage.getHeight() < area.getHeight() - 40;
    }

    /** A maximized window stands at its screen area's corner; one restored and stretched over it stands a frame's width off. */
    private static boolean offItsCorner(Stage stage) {
        var area = ScreenArea.of(stage);
        return Math.abs(stage.getX() - area.getMinX()) > 0.5 || Math.abs(stage.getY() - area.getMinY()) > 0.5;
    }

    private static void fillScreen(Stage stage) {
        if (!stage.isShowing() || stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        var area = ScreenArea.of(stage);
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        stage.setWidth(area.getWidth());
        stage.setHeight(area.getHeight());
    }

    private static void watch(Stage dialog) {
        // Read as the dialog is added, before its window exists and disables the others.
        List<Stage> maximized = maximizedWindows(dialog);
        if (maximized.isEmpty()) {
            return;
        }
        // While the dialog is up, a window the window manager restored is stretched over its screen's
        // visible area again (the maximized flag itself is refused while the dialog disables it), so
        // the dialog never stands over a main window shoved down and to the right, its status bar
        // off the screen.
        ChangeListener<Boolean> refill = (o, was, now) -> {
            if (!now && dialog.isShowing()) {
                Platform.runLater(() -> maximized.forEach(MaximizedAfterDialogs::fillScreen));
            }
        };
        maximized.forEach(stage -> stage.maximizedProperty().addListener(refill));
        // One restored behind an earlier dialog already: stretched now, not only at its next change.
        Platform.runLater(() -> maximized.forEach(MaximizedAfterDialogs::fillScreen));
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> maximized.forEach(
                stage -> stage.maximizedProperty().removeListener(refill)));
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Platform.runLater(() -> maximizeAgain(maximized)));
    }

    /**
     * Runs a system dialog (a file chooser, which is no JavaFX window and so is not watched) and
     * maximizes again the windows that were maximized before it: after a handout was saved the
     * main window stood restored, past the screen's edge.
     */
    public static <T> T around(Supplier<T> systemDialog) {
        List<Stage> maximized = maximizedWindows(null);
        systemDialogs++;
        try {
            return systemDialog.get();
        } finally {
            systemDialogs--;
            Platform.runLater(() -> maximizeAgain(maximized));
        }
    }

    /** The windows maximized now, or maximized by the user and restored only behind a dialog. */
    private static List<Stage> maximizedWindows(Stage except) {
        return Window.getWindows().stream()
                .filter(w -> w != except && w instanceof Stage s && s.isShowing() && (s.isMaximized() || WANTED.contains(s)))
                .map(w -> (Stage) w).toList();
    }

    private static void maximizeAgain(List<Stage> maximized) {
        for (Stage stage : maximized) {
            if (!stage.isShowing() || stage.isIconified() || stage.isFullScreen()) {
                continue;
            }
            if (!stage.isMaximized()) {
                stage.setMaximized(true);
            } else if (smallerThanItsScreen(stage) || offItsCorner(stage)
                    || RESTORED.contains(stage) && !dialogUp(stage)) {
                // The flag can still say maximized while the window manager has restored the window:
                // asked for anew on the next pulse, as a restore and maximize in one go came to nothing.
                stage.setMaximized(false);
                Platform.runLater(() -> stage.setMaximized(true));
            }
            if (!dialogUp(stage)) {
                RESTORED.remove(stage);
            }
        }
    }
}
