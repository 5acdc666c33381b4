package org.parley.ui.support;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.collections.ListChangeListener;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Makes every window open at the size it asked for. Under some X11 window managers (openbox,
 * for one) JavaFX 21's GTK backend drops the size set before a window is mapped, and every
 * window, dialogs included, opens at 200×200. Setting the size again once the window is shown
 * reaches the window manager; the nudge of one pixel makes sure the request is really sent.
 */
public final class WindowSizeFix {

    private WindowSizeFix() {
    }

    private static volatile boolean installed;
    private static final ListChangeListener<Window> ON_SHOW = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(WindowSizeFix::reassertWhenShown);
        }
    };

    /**
     * Applies the fix to every window the application opens from now on; once only. Installed twice, each
     * window was sized twice in a row, the second time before its scene had taken the first size, and
     * grew by the difference.
     */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener(ON_SHOW);
    }

    /**
     * Leaves windows to the toolkit again, those already shown included. For tests, which share one toolkit:
     * a test of a dialog installed the fix early in the run, and the classes after it, which show their own
     * scenes on the shared stage at sizes of their own, found the stage held to an earlier size (ci172).
     */
    public static void uninstall() {
        installed = false;
        Window.getWindows().removeListener(ON_SHOW);
    }

    private static void reassertWhenShown(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!installed) {
                return;
            }
            if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                // A message wraps to as many lines as it needs; by default the pane may shrink below
                // them, and a long one ended in "…" with its advice cut off. Only a message's own
                // text: a dialog built of controls sizes itself, and may need to shrink.
                if (pane.getContent() == null && pane.getContentText() != null && !pane.getContentText().isBlank()) {
                    pane.setMinHeight(Region.USE_PREF_SIZE);
                }
                // A dialog sizes itself in its own shown handler, which runs after this one; by the
                // next pulse the window manager may already have reported its 200×200 instead, so
                // the size sent is at least what the dialog's content asks for.
                Platform.runLater(() -> {
                    narrowToScreen(window, pane);
                    fitOnOwner(window, pane);
                });
            } else if (ownSmallWindow(window) instanceof Region root) {
                // An import's or export's progress: sized by its content as a dialog is, and dropped to
                // 200×200 in its owner's corner the same way.
                Platform.runLater(() -> fitOnOwner(window, root));
            } else {
                reassert(window);
            }
        });
    }

    /** The root of a window of Parley's own used as a small dialog (owned, sized by its content), or null. */
    private static Parent ownSmallWindow(Window window) {
        return window instanceof Stage stage && stage.getOwner() != null && !stage.isResizable()
                && stage.getScene() != null ? stage.getScene().getRoot() : null;
    }

    /** Makes the window as large as {@code content} asks, centred on its owner, and keeps it so for its first second. */
    private static void fitOnOwner(Window window, Region content) {
        fit(window, content);
        // Placed for the 200×200 it first had (or where the window manager chose): centred again on its
        // owner at its real size, as JavaFX itself would have. Placed again whenever its size changes in its
        // first second: a size the toolkit sends for its scene (sizeToScene) may be reported after this, and a
        // progress window placed for its 200 px stood 120 px right of its owner's middle (CI, 6 December).
        InvalidationListener resized = changed -> placeOnOwner(window);
        window.widthProperty().addListener(resized);
        window.heightProperty().addListener(resized);
        placeOnOwner(window);
        holdPlaceAndSize(window, content, () -> {
            window.widthProperty().removeListener(resized);
            window.heightProperty().removeListener(resized);
        });
        if (ownSmallWindow(window) != content) {
            // A window sized to its scene has sent its size itself; sent again from the window's own
            // width, which may not have taken it yet, it would go back to the window manager's 200 px.
            reassert(window);
        }
    }

    /** Centres a dialog across its owner at the size it has now; a window without a shown owner stays where it is. */
    private static void placeOnOwner(Window window) {
        if (!(window instanceof Stage stage) || stage.getOwner() == null || !stage.getOwner().isShowing()) {
            return;
        }
        Window owner = stage.getOwner();
        Point2D at = onOwner(new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()),
                window.getWidth(), window.getHeight(), ScreenArea.of(owner));
        if (Math.abs(window.getX() - at.getX()) > 0.5 || Math.abs(window.getY() - at.getY()) > 0.5) {
            window.setX(at.getX());
            window.setY(at.getY());
        }
    }

    /**
     * Where a dialog of {@code width} × {@code height} stands on its owner: centred across it, a
     * third of the way down, and moved onto the owner's screen where that would put part of it off
     * it. A window dragged half off the screen, or a dialog wider than its window, had opened with
     * its left edge (and labels) off the screen.
     */
    static Point2D onOwner(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 3;
        // The far edge first, then the near one: a dialog larger than the screen keeps its title bar and left edge.
        x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
        y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        return new Point2D(x, y);
    }

    /** Room left between a dialog and each side of its screen. */
    static final double SCREEN_MARGIN = 24;

    /**
     * Makes a dialog that asks to be wider than its screen as wide as the screen allows, so its
     * header and message wrap instead: a question naming a long dataset title ("Replace your dataset
     * “…”?") set its header on one line 1,400 px long, and on a 900-px screen its Replace and Cancel
     * buttons lay off the screen's right edge.
     */
    private static void narrowToScreen(Window window, DialogPane pane) {
        Window owner = window instanceof Stage stage ? stage.getOwner() : null;
        double most = ScreenArea.of(owner != null ? owner : window).getWidth() - 2 * SCREEN_MARGIN;
        double frameWidth = Math.max(0, window.getWidth() - window.getScene().getWidth());
        if (pane.prefWidth(-1) + frameWidth <= most && window.getWidth() <= most + 0.5) {
            return;
        }
        // The pane's width only: fit() sizes the window to it next, its header and message wrapped.
        pane.setPrefWidth(most - frameWidth);
        if (window.getWidth() > most) {
            window.setWidth(most);
        }
    }

    /**
     * Makes the window at least as large as the dialog's content asks, buttons included; a small window of
     * Parley's own exactly as tall as its content, since nobody can resize it: given 200 px by the window
     * manager, a progress window of three lines had kept 60–70 px of empty window under its Cancel.
     */
    private static void fit(Window window, Region pane) {
        if (ownSmallWindow(window) == pane) {
            // Its frame cannot be told from a scene whose size still lags the window's (it then counted the
            // extra height as frame and kept it): the toolkit sizes it to its content, frame and all.
            sizeToContent(window, pane);
            return;
        }
        // What the window adds round its scene, if anything, on top of what the pane asks.
        double frameWidth = Math.max(0, window.getWidth() - window.getScene().getWidth());
        double frameHeight = Math.max(0, window.getHeight() - window.getScene().getHeight());
        double width = Math.max(window.getWidth(), pane.prefWidth(-1) + frameWidth);
        double height = Math.max(window.getHeight(), pane.prefHeight(width - frameWidth) + frameHeight);
        if (width > window.getWidth() + 0.5) {
            window.setWidth(width);
        }
        if (height > window.getHeight() + 0.5) {
            window.setHeight(height);
        }
    }

    /**
     * {@link Window#sizeToScene}, with the root as tall as it asks at its own width. The scene measures a
     * root of no content bias (a dialog's pane, a VBox) at no width at all, where a wrapping label counts
     * one line. A dialog is not resizable, so it is sized here too: the Present dialog shrank to that and
     * cut what the deck holds and the keys to "…then the backgroun…" (under openbox, whenever the window
     * manager's 200 px reached the scene first). The height is held only while the scene measures it, so
     * words that change later still size the root. Measured at the width the root will have, not the one it
     * asks: the theme holds a dialog to 600 px, and "Replace your dataset?", measured at the 884 px its words
     * asked, kept two lines' height for a message of three and left its buttons below the window's edge.
     */
    private static void sizeToContent(Window window, Region root) {
        double held = root.getPrefHeight();
        double width = Math.min(Math.max(root.minWidth(-1), root.prefWidth(-1)), root.maxWidth(-1));
        root.setPrefHeight(root.prefHeight(width));
        try {
            window.sizeToScene();
        } finally {
            root.setPrefHeight(held);
        }
    }

    /**
     * Puts a dialog back across its owner if the window manager's own late placement of its
     * first, 200-px self arrives after ours: it then sat in the top-left corner with its title
     * bar off the screen (two openings in five under openbox). Its size the same way: a late
     * 480×188 left the "Replace files?" question without its buttons (one opening in two). Checked
     * twice in its first second, before a person could have moved or resized it; then {@code settled}.
     */
    private static void holdPlaceAndSize(Window window, Region pane, Runnable settled) {
        double[] after = {250, 700};
        for (int i = 0; i < after.length; i++) {
            boolean last = i == after.length - 1;
            PauseTransition wait = new PauseTransition(Duration.millis(after[i]));
            wait.setOnFinished(e -> {
                if (window.isShowing()) {
                    fit(window, pane);
                    placeOnOwner(window);
                }
                if (last) {
                    settled.run();
                }
            });
            wait.play();
        }
    }

    /** Sends the window's current size (and place) to the window manager again. */
    static void reassert(Window window) {
        if (window instanceof Stage stage && (stage.isMaximized() || stage.isFullScreen() || stage.isIconified())) {
            return;
        }
        double x = window.getX();
        double y = window.getY();
        double w = window.getWidth();
        double h = window.getHeight();
        if (!(w > 0 && h > 0)) {
            return;
        }
        window.setWidth(w + 1);
        window.setHeight(h + 1);
        window.setWidth(w);
        window.setHeight(h);
        window.setX(x);
        window.setY(y);
    }
}
