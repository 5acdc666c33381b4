package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPathsTest {

    @TempDir
    Path home;

    @Test
    void linuxUsesXdgDataHome() {
        Path xdg = home.resolve("xdg");
        DataPaths paths = DataPaths.of("Linux", Map.of("XDG_DATA_HOME", xdg.toString()), home);
        assertEquals(xdg.resolve("parley/parley.db"), paths.databaseFile());
        assertEquals(xdg.resolve("parley/parley.log"), paths.logFile());
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        Path expected = home.resolve(".local/share/parley");
        assertEquals(expected, DataPaths.of("Linux", Map.of(), home).dataDir());
        assertEquals(expected, DataPaths.of("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), home).dataDir());
        assertEquals(expected, DataPaths.of("Linux", Map.of("XDG_DATA_HOME", " "), home).dataDir());
    }

    /** $HOME, when set, is where ~/.local/share is (Java's own home folder comes from passwd). */
    @Test
    void linuxFallsBackUnderDollarHome() {
        Path elsewhere = home.resolveSibling("elsewhere");
        assertEquals(elsewhere.resolve(".local/share/parley"),
                DataPaths.of("Linux", Map.of("HOME", elsewhere.toString(), "XDG_DATA_HOME", "rel"), home).dataDir());
        assertEquals(home.resolve(".local/share/parley"),
                DataPaths.of("Linux", Map.of("HOME", "relative"), home).dataDir(), "a relative $HOME is no home");
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Parley/parley.db"),
                DataPaths.of("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), home).databaseFile());
    }

    @Test
    void windowsUsesAppData() {
        Path appData = home.resolve("Roaming");
        assertEquals(appData.resolve("Parley/parley.db"),
                DataPaths.of("Windows 11", Map.of("APPDATA", appData.toString()), home).databaseFile());
        assertEquals(home.resolve("AppData/Roaming/Parley"), DataPaths.of("Windows 10", Map.of(), home).dataDir());
    }

    @Test
    void theFolderIsCreatedOnlyWhenAFileIsAskedFor() {
        DataPaths paths = DataPaths.of("Linux", Map.of(), home);
        assertFalse(Files.exists(paths.dataDir()));
        paths.databaseFile();
        assertTrue(Files.isDirectory(paths.dataDir()));
    }
}
