package org.parley.ui.support;

import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window opens: the remembered bounds when they still fit a screen, otherwise the
 * whole of the primary screen. Pure arithmetic on rectangles, so a unit test can try any set of
 * screens without a display.
 *
 * @param bounds    the window's normal (un-maximized) bounds
 * @param maximized whether it opens maximized over the screen that holds {@code bounds}
 */
public record WindowBounds(Rectangle2D bounds, boolean maximized) {

    /** Smaller than this is not a window anyone chose to work in (it is a window manager's default). */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;

    /**
     * Chooses the opening bounds.
     *
     * @param saved   what the last run remembered, if anything
     * @param screens the visual bounds of every screen (the primary first)
     */
    public static WindowBounds choose(Optional<WindowBounds> saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen");
        }
        if (saved.isPresent()) {
            Optional<Rectangle2D> home = screenHolding(saved.get().bounds(), screens);
            if (home.isPresent()) {
                return saved.get();
            }
        }
        return fill(screens.get(0));
    }

    /** The whole of {@code screen}, maximized: what a first start shows. */
    public static WindowBounds fill(Rectangle2D screen) {
        return new WindowBounds(screen, true);
    }

    /** Whether these bounds are worth remembering: big enough, and on some screen. */
    public boolean fits(List<Rectangle2D> screens) {
        return screenHolding(bounds, screens).isPresent();
    }

    /**
     * The screen that wholly holds {@code r}, if the window is at least the minimum size and no
     * bigger than that screen. A window off every screen, half off one, or larger than the screen
     * it is on (remembered from a bigger monitor) does not fit.
     */
    static Optional<Rectangle2D> screenHolding(Rectangle2D r, List<Rectangle2D> screens) {
        if (!(r.getWidth() >= MIN_WIDTH && r.getHeight() >= MIN_HEIGHT)) {
            return Optional.empty();
        }
        // A few pixels of slack: window managers place decorations at -1 or a pixel past the edge.
        double slack = 8;
        return screens.stream()
                .filter(s -> r.getMinX() >= s.getMinX() - slack && r.getMinY() >= s.getMinY() - slack
                        && r.getMaxX() <= s.getMaxX() + slack && r.getMaxY() <= s.getMaxY() + slack)
                .findFirst();
    }
}
