package org.parley.ui.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its bounds, the split-pane dividers and the theme.
 * Tests point {@code parley.prefs.node} elsewhere so they never touch a user's settings.
 */
public final class WindowPrefs {

    private final Preferences node;

    private WindowPrefs(Preferences node) {
        this.node = node;
    }

    public static WindowPrefs load() {
        String name = System.getProperty("parley.prefs.node", "org/parley/window");
        return new WindowPrefs(Preferences.userRoot().node(name));
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
