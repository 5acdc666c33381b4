package org.parley.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The keyboard shortcuts, on one page, for keyboard users and presenters. */
final class ShortcutsDialog {

    private static final String TEXT = """
            Timeline (click it or Alt+1 first)
              ← / →            previous / next event
              Home / End       first / last event
              + / −  or wheel  zoom about the pointer
              drag, Shift+←/→  pan;  drag on the 1990–2022 band to move the view
              ↑ / ↓            scroll the lanes

            Anywhere
              Ctrl+F           search              Ctrl+1 / Ctrl+2   fit the week / everything
              Alt+← / Alt+→    previous / next     Ctrl+Backspace    clear the selection
              Ctrl+Shift+F     filter by actor     Ctrl+Shift+X      clear all filters
              Ctrl+Shift+T/A/P lanes by track / actor / place
              Ctrl+U           UTC / local time    Ctrl+D            dark theme
              Alt+1 … Alt+7    timeline, map, table, actors, filters, detail, source
              F5 / Ctrl+P      present / handout   Ctrl+E / Ctrl+Shift+E   export data / image
              Ctrl+O           import a dataset    Ctrl+Shift+R      restore the bundled week

            Map (Alt+2)
              + / − / 0        zoom in / out / reset;  arrows move between places, Enter selects;  Shift+arrows pan;  double-click a place to filter
            """;

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        Label body = new Label(TEXT);
        body.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}
