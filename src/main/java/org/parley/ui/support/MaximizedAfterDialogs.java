package org.parley.ui.support;

import java.util.List;
import javafx.application.Platform;
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

    /** Watches every modal window the application opens from now on. */
    public static void install() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage dialog && dialog.getModality() != Modality.NONE) {
                        watch(dialog);
                    }
                }
            }
        });
    }


    private static boolean smallerThanItsScreen(Stage stage) {
        var area = ScreenArea.of(stage);
        // Window decorations and panels differ between window managers: a maximized window is within 40 px.
        return stage.getWidth() < area.getWidth() - 40 || stage.getHeight() < area.getHeight() - 40;
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
        javafx.beans.value.ChangeListener<Boolean> refill = (o, was, now) -> {
            if (!now && dialog.isShowing()) {
                Platform.runLater(() -> maximized.forEach(MaximizedAfterDialogs::fillScreen));
            }
        };
        maximized.forEach(stage -> stage.maximizedProperty().addListener(refill));
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> maximized.forEach(
                stage -> stage.maximizedProperty().removeListener(refill)));
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Platform.runLater(() -> maximizeAgain(maximized)));
    }

    /**
     * Runs a system dialog (a file chooser, which is no JavaFX window and so is not watched) and
     * maximizes again the windows that were maximized before it: after a handout was saved the
     * main window stood restored, past the screen's edge.
     */
    public static <T> T around(java.util.function.Supplier<T> systemDialog) {
        List<Stage> maximized = maximizedWindows(null);
        try {
            return systemDialog.get();
        } finally {
            Platform.runLater(() -> maximizeAgain(maximized));
        }
    }

    private static List<Stage> maximizedWindows(Stage except) {
        return Window.getWindows().stream()
                .filter(w -> w != except && w instanceof Stage s && s.isMaximized() && s.isShowing())
                .map(w -> (Stage) w).toList();
    }

    private static void maximizeAgain(List<Stage> maximized) {
        for (Stage stage : maximized) {
            if (!stage.isShowing() || stage.isIconified() || stage.isFullScreen()) {
                continue;
            }
            if (!stage.isMaximized()) {
                stage.setMaximized(true);
            } else if (smallerThanItsScreen(stage)) {
                // The flag can still say maximized while the window manager has restored the window.
                stage.setMaximized(false);
                stage.setMaximized(true);
            }
        }
    }
}
