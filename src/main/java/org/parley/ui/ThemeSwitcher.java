package org.parley.ui;

import java.util.List;
import javafx.stage.Window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import org.parley.ui.state.ExplorerState;

/** Applies AtlantaFX's Primer light or dark theme whenever the state's dark flag changes. */
public final class ThemeSwitcher {

    private ThemeSwitcher() {
    }

    public static void follow(ExplorerState state) {
        apply(state.darkProperty().get());
        state.darkProperty().addListener((o, was, dark) -> apply(dark));
        // A dialog made once and shown again (Export image…) was hidden when the theme changed, so
        // not among the windows restyled: it came back light over a dark window. Each window is
        // given the theme as it shows.
        if (!markingNewWindows) {
            markingNewWindows = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(w -> mark(w, darkNow()));
                }
            });
        }
    }

    private static boolean markingNewWindows;

    /** The theme in force: the user-agent sheet {@link #apply} set last. */
    private static boolean darkNow() {
        String sheet = Application.getUserAgentStylesheet();
        return sheet != null && sheet.contains("-dark");
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        // A new user-agent sheet restyles what is next laid out; the menu bar and tool bar kept the
        // old theme until the pointer passed over them. A style class on each root restyles it all.
        for (Window window : List.copyOf(Window.getWindows())) {
            mark(window, dark);
        }
    }

    private static void mark(Window window, boolean dark) {
        if (window.getScene() != null && window.getScene().getRoot() != null) {
            var classes = window.getScene().getRoot().getStyleClass();
            String wanted = dark ? DARK_CLASS : LIGHT_CLASS;
            if (!classes.contains(wanted)) {
                classes.removeAll(DARK_CLASS, LIGHT_CLASS);
                classes.add(wanted);
            }
        }
    }

    private static final String DARK_CLASS = "theme-dark";
    private static final String LIGHT_CLASS = "theme-light";
}
