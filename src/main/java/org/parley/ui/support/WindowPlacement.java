package org.parley.ui.support;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens the main window where it belongs and remembers where the user left it.
 *
 * <p>Two facts of Linux desktops shape this class. Under some window managers (openbox, for one)
 * JavaFX's GTK backend drops a size set before the window is shown and opens a 200×200 window;
 * the size is therefore set again once the window is on screen ({@link WindowSizeFix}). Without any window manager,
 * "maximized" means nothing, so the normal bounds of a first start are the whole screen too.
 *
 * <p>Only normal bounds are tracked: a maximized, full-screen or minimized window reports the
 * screen's or nothing's size, which must never become the size it restores to.
 */
public final class WindowPlacement {

    private final Stage stage;
    private final WindowPrefs prefs;
    private Rectangle2D normal;

    private WindowPlacement(Stage stage, WindowPrefs prefs, Rectangle2D normal) {
        this.stage = stage;
        this.prefs = prefs;
        this.normal = normal;
    }

    /** The visual bounds of every screen, the primary first. */
    public static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        return Stream.concat(Stream.of(primary),
                        Screen.getScreens().stream().filter(s -> !s.equals(primary)))
                .map(Screen::getVisualBounds).toList();
    }

    /**
     * Places {@code stage} before it is shown: the remembered bounds if they fit a screen of
     * today, otherwise the whole primary screen, maximized.
     *
     * @return the chosen bounds, and whether the dividers saved with them may be reused
     */
    public static WindowPlacement apply(Stage stage, WindowPrefs prefs) {
        List<Rectangle2D> screens = screens();
        WindowBounds chosen = WindowBounds.choose(prefs.bounds(), screens);
        Rectangle2D screen = screenOf(chosen.bounds(), screens);
        if (chosen.maximized() && !prefs.dividersFit(screen)) {
            // Maximized, and saved on a screen of another size: the size it restores to is this screen's
            // too. A window manager restores it behind every modal dialog (see MaximizedAfterDialogs),
            // and a 1920×1080 window shrank to the 1366×749 of an earlier screen while a dialog was open.
            chosen = WindowBounds.fill(screen);
        }
        stage.setMinWidth(Math.min(WindowBounds.MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(WindowBounds.MIN_HEIGHT, screen.getHeight()));
        WindowPlacement placement = new WindowPlacement(stage, prefs, chosen.bounds());
        placement.setBounds(chosen.bounds());
        stage.setMaximized(chosen.maximized());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> WindowSizeFix.reassert(stage));
        placement.trackNormalBounds();
        return placement;
    }

    /** Whether the remembered dividers were made for the screen the window now opens on. */
    public boolean dividersFit() {
        return prefs.bounds().filter(b -> b.fits(screens())).isPresent()
                && prefs.dividersFit(screenOf(normal, screens()));
    }

    private void setBounds(Rectangle2D r) {
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
    }

    private void trackNormalBounds() {
        InvalidationListener track = o -> {
            // Read on every change, maximized or not: a property not read after it changed tells its
            // invalidation listeners of no further change, and every move after a maximize and
            // restore went unseen (the next start reopened where the window had been before).
            Rectangle2D now = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                if (WindowBounds.screenHolding(now, screens()).isPresent()) {
                    normal = now;
                }
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    /**
     * Remembers the last normal bounds and whether the window was maximized. A window that never
     * had fitting bounds (a tiny or off-screen one) leaves nothing behind, so the next start fills
     * the screen again.
     */
    public void save() {
        List<Rectangle2D> screens = screens();
        // A window as big as its screen was meant to fill it, maximized or not (without a window
        // manager, or when one drops the request, it only has the screen's size): next time it
        // fills the screen it opens on, a bigger one included, rather than keep today's pixels.
        boolean fills = normal != null && fillsScreen(normal, screenOf(normal, screens));
        WindowBounds now = new WindowBounds(normal, stage.isMaximized() || fills);
        if (now.fits(screens)) {
            prefs.putBounds(now, screenOf(normal, screens));
        } else {
            prefs.clearBounds();
        }
    }

    /** Within a few pixels of the screen's whole visual area, as a window manager's frame leaves it. */
    static boolean fillsScreen(Rectangle2D window, Rectangle2D screen) {
        double slack = 24;
        return window.getWidth() >= screen.getWidth() - slack && window.getHeight() >= screen.getHeight() - slack;
    }

    /** The screen the rectangle lies on, or the primary one. */
    private static Rectangle2D screenOf(Rectangle2D r, List<Rectangle2D> screens) {
        return WindowBounds.screenHolding(r, screens).orElse(screens.get(0));
    }

    /** The current normal (un-maximized) bounds; for tests. */
    public Optional<Rectangle2D> normalBounds() {
        return Optional.ofNullable(normal);
    }
}
