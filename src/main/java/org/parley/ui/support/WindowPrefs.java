package org.parley.ui.support;

import javafx.geometry.Rectangle2D;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its bounds, the split-pane dividers and the theme.
 * The preferences node is named here and nowhere else; tests point {@link #NODE_PROPERTY} at
 * their own node so they never touch a user's settings.
 */
public final class WindowPrefs {

    /** The system property that names the preferences node (tests and screenshot runs set it). */
    public static final String NODE_PROPERTY = "parley.prefs.node";
    /** The real user's node. */
    public static final String USER_NODE = "org/parley/window";

    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    private static final String SCREEN = "screen";

    private final Preferences node;

    private WindowPrefs(Preferences node) {
        this.node = node;
    }

    public static WindowPrefs load() {
        return new WindowPrefs(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, USER_NODE)));
    }

    /** The remembered window bounds, if a whole set was saved. */
    public Optional<WindowBounds> bounds() {
        double x = get(X, Double.NaN);
        double y = get(Y, Double.NaN);
        double w = get(WIDTH, Double.NaN);
        double h = get(HEIGHT, Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || !(w > 0) || !(h > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(new Rectangle2D(x, y, w, h), get(MAXIMIZED, false)));
    }

    /** Remembers the window's normal bounds, whether it was maximized, and the screen the dividers were set on. */
    public void putBounds(WindowBounds bounds, Rectangle2D screen) {
        Rectangle2D r = bounds.bounds();
        put(X, r.getMinX());
        put(Y, r.getMinY());
        put(WIDTH, r.getWidth());
        put(HEIGHT, r.getHeight());
        put(MAXIMIZED, bounds.maximized());
        put(SCREEN, screenKey(screen));
    }

    /** Forgets the bounds, so the next start fills the screen again. */
    public void clearBounds() {
        for (String key : new String[] {X, Y, WIDTH, HEIGHT, MAXIMIZED, SCREEN}) {
            node.remove(key);
        }
    }

    /**
     * Whether dividers saved earlier were set on a screen of this size: proportions chosen on a
     * 4K monitor squeeze a panel to nothing on a laptop, so they are only reused on the same size.
     */
    public boolean dividersFit(Rectangle2D screen) {
        return screenKey(screen).equals(get(SCREEN, ""));
    }

    private static String screenKey(Rectangle2D screen) {
        return Math.round(screen.getWidth()) + "x" + Math.round(screen.getHeight());
    }

    public double get(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void put(String key, double value) {
        node.putDouble(key, value);
    }

    public boolean get(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    public void put(String key, boolean value) {
        node.putBoolean(key, value);
    }

    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }

    /** Writes through; a failure only loses the remembered layout, so it is logged, not shown. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            java.util.logging.Logger.getLogger(WindowPrefs.class.getName())
                    .log(java.util.logging.Level.INFO, "Could not save window preferences", e);
        }
    }
}
