package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Parley keeps its data by default, following each platform's convention:
 * {@code $XDG_DATA_HOME/parley} (else {@code ~/.local/share/parley}) on Linux and other Unixes,
 * {@code ~/Library/Application Support/Parley} on macOS, {@code %APPDATA%\Parley} on Windows.
 * The database and the log file live side by side in that folder. The OS name, environment and
 * home folder are passed in so each platform's rule can be tested anywhere.
 */
public final class DataPaths {

    public static final String DATABASE_FILE = "parley.db";
    public static final String LOG_FILE = "parley.log";

    private final Path dataDir;
    /** How the user puts Parley's data elsewhere: with --db, or where the platform's rule lets them, its variable. */
    private final String elsewhere;

    private DataPaths(Path dataDir) {
        this(dataDir, "Name a database elsewhere with --db.");
    }

    private DataPaths(Path dataDir, String elsewhere) {
        this.dataDir = dataDir;
        this.elsewhere = elsewhere;
    }

    /** The folder for this machine and user. */
    public static DataPaths system() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static DataPaths of(String osName, Map<String, String> env, Path home) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(home, "home");
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new DataPaths(absolute(env.get("APPDATA"))
                    .orElse(home.resolve("AppData").resolve("Roaming")).resolve("Parley"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return new DataPaths(home.resolve("Library").resolve("Application Support").resolve("Parley"));
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored; its default is
        // under $HOME, which a user may have set apart from the home folder Java reads from passwd.
        Path unixHome = absolute(env.get("HOME")).orElse(home);
        return new DataPaths(absolute(env.get("XDG_DATA_HOME"))
                .orElse(unixHome.resolve(".local").resolve("share")).resolve("parley"),
                "Set XDG_DATA_HOME to a folder that can be written, or name a database elsewhere with --db.");
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? Optional.of(p) : Optional.empty();
    }

    /** The folder; not created. */
    public Path dataDir() {
        return dataDir;
    }

    /** The default database file; its folder is created if missing. */
    public Path databaseFile() {
        return ensureDataDir().resolve(DATABASE_FILE);
    }

    /** The log file for details a user should not see in a dialog; its folder is created if missing. */
    public Path logFile() {
        return ensureDataDir().resolve(LOG_FILE);
    }

    public Path ensureDataDir() {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            String why = StoreErrors.describe(e);
            if (!why.endsWith(ReadOnlyDisk.IS_ON)) {
                throw new StoreException("cannot create Parley's data folder " + dataDir + ": " + why, e);
            }
            // Nothing the user does to that disk's folders helps: Parley's data must go elsewhere.
            throw new OnReadOnlyDisk("cannot create Parley's data folder " + dataDir + ": " + why + ". " + elsewhere, e);
        }
    }
}
