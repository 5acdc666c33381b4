package org.parley.ui;

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
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
