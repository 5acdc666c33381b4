package org.parley.ui.support;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A dialog's content that may grow with the data (a dataset's sources, say), in a scroll pane no
 * taller than the owner's screen leaves room for: such a dialog scrolls rather than put its buttons
 * below the screen's edge, where neither mouse nor window manager could reach them.
 */
public final class ScrollingContent {

    /** What a dialog takes round its content: the window's title bar, the pane's padding and its button bar. */
    static final double CHROME = 110;

    private ScrollingContent() {
    }

    /**
     * Sets {@code content}, in a scroll pane, as {@code pane}'s content; the pane must already be in
     * its dialog's scene (as a dialog's own pane is), and have its preferred width.
     */
    public static ScrollPane set(DialogPane pane, Region content, Window owner) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        pane.setContent(scroll);
        // Measured with the theme's CSS at the width the pane gives it, before the window takes its size from it.
        pane.applyCss();
        double width = Math.max(1, pane.prefWidth(-1) - pane.snappedLeftInset() - pane.snappedRightInset());
        double wanted = content.prefHeight(width) + 2;
        double room = Math.max(120, ScreenArea.of(owner).getHeight() - CHROME);
        scroll.setPrefViewportHeight(Math.min(wanted, room));
        // Measured again at the width the content really has (a dialog's icon takes some of it), before
        // the window is fitted to the pane (WindowSizeFix): a measure too short left a scroll bar for one line.
        pane.getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            double viewport = scroll.getViewportBounds().getWidth();
            if (viewport > 0) {
                scroll.setPrefViewportHeight(Math.min(content.prefHeight(viewport) + 2, room));
            }
        });
        return scroll;
    }
}
