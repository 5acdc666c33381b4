package org.parley.ui.support;

import javafx.beans.binding.Bindings;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/**
 * Lets a dialog of one-line choices be as wide as its choices. AtlantaFX holds every dialog pane to
 * 600 px ({@code .dialog-pane { -fx-max-width: 600px }}), which suits a message that wraps; a radio
 * button or a combo box does not wrap: the handout's longer layout read "… (portrait) — 16 pa…", and
 * Export data's CSV "…, divergences.csv, act…".
 * The limit is bound, not set: the theme's rule is applied again when the dialog is shown and took
 * back a value merely set; a bound property is one CSS leaves alone. A pane wider than its screen is
 * still narrowed to it when shown ({@link WindowSizeFix} sets its preferred width, which this follows).
 */
public final class DialogWidth {

    private DialogWidth() {
    }

    /** Before the dialog is shown: its pane is as wide as its content asks, past the theme's 600 px. */
    public static void asContentAsks(DialogPane pane) {
        pane.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> Region.USE_PREF_SIZE));
    }
}
