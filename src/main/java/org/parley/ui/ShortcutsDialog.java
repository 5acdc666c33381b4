package org.parley.ui;

import javafx.scene.control.Alert;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.parley.ui.support.ScreenArea;

/** The keyboard shortcuts, on one page, for keyboard users and presenters. */
final class ShortcutsDialog {

    private static final String TEXT = """
            Timeline (click it or Alt+1 first)
              ← / →            previous / next event
              Home / End       first / last event
              + / −, Ctrl+wheel  zoom (about the pointer);  click a count bar or a +N to zoom in
              drag, Shift+←/→  pan;  Shift+wheel pans;  drag on the band below to move the view
              ↑ / ↓, wheel     scroll the lanes

            Anywhere
              Ctrl+F, Esc      search, empty it    Ctrl+1 / Ctrl+2   fit the focus period / everything
              Ctrl+= / Ctrl+−  zoom in / out: the timeline, or the map when the keyboard is in it
              Enter, ↓ / ↑     in the search box: open the best, the next, the previous result
              Alt+← / Alt+→    previous / next     Ctrl+Backspace    clear the selection
              Ctrl+Shift+F     filter by actor: the selected one, else the selected event's actors,
                               else (nothing selected) Filters → Find an actor, to type a name
              Ctrl+Shift+X     clear all filters
              Ctrl+Z           undo filter change  Ctrl+Shift+Z      redo it
              Ctrl+Shift+T/A/P lanes by track / actor / place
              Ctrl+U           UTC / local time    Ctrl+D            dark theme
              Alt+1 … Alt+0    timeline, map, table, actors, filters, detail, source,
                               search results, compare, positions (in the open Go menu: the digit)
              F6 / Shift+F6    next / previous pane, at the tab it shows;  Tab / Shift+Tab   next /
                               previous control;  Shift+F10 or Menu   the focused thing's context menu
              Ctrl+M           enlarge the panel to the whole window (or double-click its tab row,
                               the timeline's row of days); Ctrl+M, Esc or Restore panels puts
                               every panel back as it was
              F5 / Ctrl+P      present / handout   Ctrl+E / Ctrl+Shift+E   export data / image
              Shift+F5         present, as F5 (the key some clickers send to start the show)
              Ctrl+O           import a dataset    Ctrl+Shift+R      restore the bundled week
              Ctrl+Shift+B     restore a backup    Ctrl+K            timeline key
              Ctrl+I           about the dataset   Ctrl+Shift+I      about Parley
              F1               these shortcuts     Ctrl+Q            quit

            Map (Alt+2)
              + / − / 0        zoom in / out / reset          Shift+arrows   pan
              arrows / Enter   move between places / select   double-click   filter by the place

            Actor network (Alt+4, Network)
              arrows / Enter   move between actors / select   Esc   let go
              PgDn / PgUp      step through the actor's lines, heaviest first; Enter chooses one

            Events table (Alt+3)
              Ctrl+C           copy the row (tab-separated)   right-click   copy with the papers' words

            Detail (Alt+6)
              Tab, Enter       to a link or a passage; Enter reads the passage in its article

            Source (Alt+7)
              Ctrl+F           find in the article (the app's search from any other panel)
              Enter / Shift+Enter   next / previous match (F3 / Shift+F3 too);  Esc   close the find

            Presentation (F5)
              →, Space, PgDn   on (a clicker)     ←, Backspace, PgUp   back
              Home / End       first / last step  3 4 Enter            go to step 34
              P                positions board (also the step after the last)
              B or .           blank the screen until the next key
              A                autoplay           [ / ]                faster / slower
              F1 or H          these keys over the slide   F11   full screen again, or a window
              Ctrl+D           dark or light slides (the explorer's theme too)
              Esc              leave (a board P opened: close it)
            """;

    private static final Font FONT = Font.font("DejaVu Sans Mono", 13);
    /** The dialog pane's height besides the list: its button bar and padding. */
    private static final double CHROME = 90;

    private ShortcutsDialog() {
    }

    /** Sizes the list's viewport to the text: at most 85 % of the screen's width, and its height less the window's frame. */
    private static void fit(Alert alert, Label body, ScrollPane scroll, Rectangle2D screen) {
        double textWidth;
        double textHeight;
        if (body.getSkin() != null) {
            textWidth = body.prefWidth(-1);
            textHeight = body.prefHeight(-1);
        } else {
            Text probe = new Text(TEXT);
            probe.setFont(FONT);
            textWidth = probe.getLayoutBounds().getWidth() + 28;
            textHeight = probe.getLayoutBounds().getHeight() + 12;
        }
        // Room for a vertical scrollbar; the button bar and the pane's padding take about 90 px, and
        // the window's title bar (which names the list, so the pane has no header) about 40 more.
        double width = Math.min(textWidth + 20, screen.getWidth() * 0.85 - 40);
        double height = Math.min(textHeight + 4, screen.getHeight() - 40 - CHROME);
        scroll.setPrefViewportWidth(width);
        scroll.setPrefViewportHeight(height);
        alert.getDialogPane().setPrefSize(width + 50, height + CHROME);
    }

    /**
     * Shows the list in full: the text is never elided, and when the screen is smaller than the
     * list it scrolls. The dialog is its own window and leaves the main window's size alone.
     */
    static Alert show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        // The title bar names the list: a header saying it again took 75 px, and at 1366×768 the last line needed scrolling.
        alert.setHeaderText(null);
        alert.setGraphic(null);
        alert.setResizable(true);
        Label body = new Label(TEXT);
        body.setId("shortcuts-text");
        body.setStyle("-fx-font-family: '" + FONT.getFamily() + "'; -fx-font-size: " + FONT.getSize() + "px;");
        body.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // The pane has no header, and the theme gives its content no margin of its own.
        body.setPadding(new Insets(8, 12, 4, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("shortcuts-scroll");
        scroll.setFitToWidth(true);
        Rectangle2D screen = ScreenArea.of(owner);
        alert.getDialogPane().setContent(scroll);
        fit(alert, body, scroll, screen);
        // Measured again once the theme's CSS has set the label's font: the list's real size.
        alert.setOnShown(e -> {
            fit(alert, body, scroll, screen);
            alert.setWidth(alert.getDialogPane().getPrefWidth());
            alert.setHeight(alert.getDialogPane().getPrefHeight());
        });
        alert.show();
        return alert;
    }
}
