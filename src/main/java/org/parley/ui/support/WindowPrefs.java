package org.parley.ui.support;

import javafx.geometry.Rectangle2D;
import org.parley.store.DataPaths;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window remembers between runs: its bounds, the split-pane dividers and the theme, in
 * a small properties file in the data folder, beside the database and the log. Not
 * java.util.prefs: on Linux it keeps XML files, and reading them loaded some 260 classes of
 * java.xml and took 0.1–0.2 s of every start on two cores (decision 0085). The file is named here
 * and nowhere else; tests point {@link #FILE_PROPERTY} at their own so they never touch a user's.
 */
public final class WindowPrefs {

    private static final Logger LOG = Logger.getLogger(WindowPrefs.class.getName());

    /** The system property naming the file, relative to the data folder or absolute (tests and screenshot runs set it). */
    public static final String FILE_PROPERTY = "parley.prefs.file";
    /** The real user's file, in the data folder. */
    public static final String USER_FILE = "window.properties";

    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    private static final String SCREEN = "screen";

    private final Path file;
    private final Properties values = new Properties();

    private WindowPrefs(Path file) {
        this.file = file;
    }

    /** The remembered settings; none when the file is missing or cannot be read. */
    public static WindowPrefs load() {
        Path file = DataPaths.system().dataDir().resolve(System.getProperty(FILE_PROPERTY, USER_FILE));
        WindowPrefs prefs = new WindowPrefs(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                prefs.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged file only loses the remembered layout; the window starts as on a first run.
                LOG.log(Level.INFO, "Could not read window preferences " + file, e);
                prefs.values.clear();
            }
        }
        return prefs;
    }

    /** Where the settings are kept. */
    public Path file() {
        return file;
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
            values.remove(key);
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
        String v = values.getProperty(key);
        if (v != null) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                // Edited by hand into something else: as if never saved.
            }
        }
        return fallback;
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public boolean get(String key, boolean fallback) {
        String v = values.getProperty(key);
        return "true".equalsIgnoreCase(v) ? true : "false".equalsIgnoreCase(v) ? false : fallback;
    }

    public void put(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    /**
     * Writes the file whole, through a temporary file moved over it, so a crash mid-write leaves
     * the previous settings. A failure only loses the remembered layout, so it is logged, not shown.
     * Synchronized: the window writes its settings from a background thread while it is open and from the
     * JavaFX thread when it quits, and each write reads the values as they are when it begins.
     */
    public synchronized void flush() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".window-", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    values.store(out, "Parley's window: size, dividers, theme");
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not save window preferences " + file, e);
        }
    }
}
