package org.parley.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells Parley's database from any other SQLite file before anything is written to it, not even
 * a PRAGMA: a browser's history named with {@code --db} must stay byte for byte as it was. Ours
 * carries {@code PRAGMA application_id} {@value #APPLICATION_ID}; a file from before that mark is
 * recognised by its tables; an SQLite file without tables is free to use.
 */
final class ParleyFileCheck {

    /** "Prly"; set by migration 0002. */
    static final int APPLICATION_ID = 0x50726C79;
    private static final int HEADER_BYTES = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    private ParleyFileCheck() {
    }

    static void refuseOtherDatabases(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) < HEADER_BYTES) {
                return;
            }
            if (headerApplicationId(file) == APPLICATION_ID) {
                return;
            }
        } catch (IOException e) {
            // Java's message is the path again: the reason, in words, says what to do.
            throw new StoreException("cannot read database " + file + ": " + (e instanceof AccessDeniedException
                    ? "permission denied" : StoreErrors.describe(e)), e);
        }
        List<String> tables;
        int appId;
        int userVersion;
        try (Connection c = inspect(file); Statement st = c.createStatement()) {
            // The header may be behind a write-ahead log that already holds the mark.
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                userVersion = rs.next() ? rs.getInt(1) : 0;
            }
            tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file + " cannot be read as an SQLite database (" + e.getMessage()
                    + "); it was not changed. Choose another file.", e);
        }
        // An empty file another program versioned (user_version 42) is its, not a newer Parley's.
        if (appId == APPLICATION_ID || (appId == 0 && (tables.isEmpty() && userVersion == 0 || isEarlyParley(tables)))) {
            return;
        }
        throw new StoreException(file + " is an SQLite database that is not Parley's ("
                + (appId != 0 ? "application id " + appId + ", " : "")
                + (tables.isEmpty() && userVersion != 0 ? "schema version " + userVersion + " and no Parley mark, " : "")
                + "tables: " + describe(tables)
                + "); it was not changed. Choose another file or a new name.");
    }

    /**
     * An SQLite file with no tables and no Parley mark (a new one, or another program's): free
     * for an import, but nothing for a command that only reads, which would otherwise write the
     * schema and the bundled week into it.
     */
    static boolean holdsNoTables(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < HEADER_BYTES || !hasSqliteHeader(file)
                    || headerApplicationId(file) == APPLICATION_ID) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (Connection c = inspect(file); Statement st = c.createStatement();
             ResultSet schema = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            int objects = schema.next() ? schema.getInt(1) : -1;
            try (ResultSet id = st.executeQuery("PRAGMA application_id")) {
                return objects == 0 && id.next() && id.getInt(1) == 0;
            }
        } catch (SQLException e) {
            // Unreadable: opening it says why, in its own words.
            return false;
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(16),
                    "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Databases made before the application id was set: the first schema's tables, all there. */
    private static boolean isEarlyParley(List<String> tables) {
        return tables.containsAll(List.of("dataset", "sources", "actors", "places", "events", "quotes",
                "divergences", "search_index"));
    }

    private static String describe(List<String> tables) {
        if (tables.isEmpty()) {
            return "none";
        }
        return String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", …" : "");
    }

    private static int headerApplicationId(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEADER_BYTES);
            return head.length < HEADER_BYTES ? 0 : ByteBuffer.wrap(head, APPLICATION_ID_OFFSET, 4).getInt();
        }
    }

    /**
     * A connection that cannot change the file. Without a write-ahead log beside it the file is
     * opened as immutable, so SQLite creates no -shm or -journal either.
     */
    static Connection inspect(Path file) throws SQLException {
        boolean hasWal = Files.exists(Path.of(file + "-wal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String url = "jdbc:sqlite:" + uri(file) + (hasWal ? "?mode=ro" : "?mode=ro&immutable=1");
        return DriverManager.getConnection(url, config.toProperties());
    }

    /** Whether the file (or, for a write-ahead log, its folder) cannot be written: then open it read-only. */
    static boolean isReadOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        Path dir = file.toAbsolutePath().getParent();
        return !Files.isWritable(file) || (dir != null && !Files.isWritable(dir));
    }

    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        Path dir = file.toAbsolutePath().getParent();
        boolean immutable = readAsImmutable(dir != null && Files.isWritable(dir), Files.isWritable(file),
                file.resolveSibling(file.getFileName() + "-wal"));
        return DriverManager.getConnection("jdbc:sqlite:" + uri(file) + (immutable ? "?mode=ro&immutable=1" : "?mode=ro"),
                config.toProperties());
    }

    /**
     * Whether a file opened read-only is read as immutable, so SQLite makes no -wal and -shm beside it.
     * In a folder that cannot be written it cannot make them anyway, and nothing else can write there.
     * A file that cannot be written got them, read-only like itself: made writable again, the database
     * then took its own read-only -shm for damage and a backup before an import never ended. Such a
     * file is read as immutable too, unless its WAL holds changes, which immutable reading would skip: in a
     * folder that cannot be written too, where a database left with its log (a disk full when it closed) had
     * been read without its data and called damaged beyond opening.
     */
    static boolean readAsImmutable(boolean folderWritable, boolean fileWritable, Path wal) {
        if (folderWritable && fileWritable) {
            return false;
        }
        try {
            return !Files.exists(wal) || Files.size(wal) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }
}
