package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's settings file: what is saved comes back, and a missing or damaged file only means defaults. */
class WindowPrefsTest {

    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void ownFile() {
        before = System.getProperty(WindowPrefs.FILE_PROPERTY);
        System.setProperty(WindowPrefs.FILE_PROPERTY, dir.resolve("sub").resolve("window.properties").toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(WindowPrefs.FILE_PROPERTY);
        } else {
            System.setProperty(WindowPrefs.FILE_PROPERTY, before);
        }
    }

    @Test
    void whatIsFlushedComesBackInTheNextRun() {
        WindowPrefs prefs = WindowPrefs.load();
        assertTrue(prefs.bounds().isEmpty(), "a first run remembers nothing");
        prefs.putBounds(new WindowBounds(new Rectangle2D(10, 20, 1200, 700), true), new Rectangle2D(0, 0, 1366, 768));
        prefs.put("dark", true);
        prefs.put("divider.vertical", 0.62);
        prefs.put("lanes", "actor group");
        prefs.flush();

        WindowPrefs again = WindowPrefs.load();
        WindowBounds bounds = again.bounds().orElseThrow();
        assertEquals(new Rectangle2D(10, 20, 1200, 700), bounds.bounds());
        assertTrue(bounds.maximized());
        assertTrue(again.get("dark", false));
        assertEquals(0.62, again.get("divider.vertical", -1.0));
        assertEquals("actor group", again.get("lanes", ""));
        assertTrue(again.dividersFit(new Rectangle2D(0, 0, 1366, 768)));
        assertFalse(again.dividersFit(new Rectangle2D(0, 0, 1920, 1080)));
        try (var files = Files.list(dir.resolve("sub"))) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void clearedBoundsAreForgottenButTheRestIsKept() {
        WindowPrefs prefs = WindowPrefs.load();
        prefs.putBounds(new WindowBounds(new Rectangle2D(0, 0, 800, 600), false), new Rectangle2D(0, 0, 1280, 720));
        prefs.put("dark", true);
        prefs.clearBounds();
        prefs.flush();

        WindowPrefs again = WindowPrefs.load();
        assertTrue(again.bounds().isEmpty());
        assertTrue(again.get("dark", false));
    }

    @Test
    void aDamagedFileMeansDefaultsNotAFailure() throws Exception {
        Path file = dir.resolve("sub").resolve("window.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "width=wide\nheight=\\u12\ndark=perhaps\n");

        WindowPrefs prefs = WindowPrefs.load();

        assertTrue(prefs.bounds().isEmpty());
        assertEquals(5.0, prefs.get("width", 5.0));
        assertFalse(prefs.get("dark", false));
    }
}
