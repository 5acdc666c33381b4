package org.parley.ui;

import java.util.List;
import javafx.stage.Window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.parley.ui.state.ExplorerState;

/** Applies AtlantaFX's Primer light or dark theme whenever the state's dark flag changes. */
public final class ThemeSwitcher {

    private ThemeSwitcher() {
    }

    public static void follow(ExplorerState state) {
        apply(state.darkProperty().get());
        state.darkProperty().addListener((o, was, dark) -> apply(dark));
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        // A new user-agent sheet restyles what is next laid out; the menu bar and tool bar kept the
        // old theme until the pointer passed over them. A style class on each root restyles it all.
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.getScene() != null && window.getScene().getRoot() != null) {
                var classes = window.getScene().getRoot().getStyleClass();
                classes.removeAll(DARK_CLASS, LIGHT_CLASS);
                classes.add(dark ? DARK_CLASS : LIGHT_CLASS);
            }
        }
    }

    private static final String DARK_CLASS = "theme-dark";
    private static final String LIGHT_CLASS = "theme-light";
}
