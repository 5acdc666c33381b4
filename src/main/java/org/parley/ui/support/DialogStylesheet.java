package org.parley.ui.support;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives every window the app opens the main window's stylesheet: a dialog's check boxes and default
 * button then show the same focus ring as the main window's controls, for a reader who moves with
 * Tab. The theme (AtlantaFX) is the user-agent stylesheet and reaches every window by itself; an
 * author stylesheet reaches only the scenes it is added to.
 */
public final class DialogStylesheet {

    private DialogStylesheet() {
    }

    /**
     * From now on, each window gets {@code stylesheet} (an external form) when it shows.
     *
     * @return what stops it (for windows opened later; those styled keep the stylesheet)
     */
    public static Runnable install(String stylesheet) {
        ListChangeListener<Window> styling = change -> {
            while (change.next()) {
                // A window joins the list while it is being shown, after its WINDOW_SHOWING: styled now,
                // and again whenever it is shown with another scene.
                for (Window w : change.getAddedSubList()) {
                    add(w, stylesheet);
                    w.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> add(w, stylesheet));
                }
            }
        };
        Window.getWindows().addListener(styling);
        return () -> Window.getWindows().removeListener(styling);
    }

    private static void add(Window window, String stylesheet) {
        Scene scene = window.getScene();
        if (scene != null && !scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
