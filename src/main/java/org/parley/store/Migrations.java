package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database up to the schema this code knows. The n-th migration listed in
 * migrations/index.txt takes the database to {@code PRAGMA user_version} n; each pending one runs
 * in its own transaction together with the version bump, so a failure leaves the previous version.
 */
final class Migrations {

    private static final String DIR = "migrations/";

    /** One migration: its file name (for messages) and its SQL script. */
    record Script(String name, String sql) {
    }

    private final List<Script> scripts;

    Migrations(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    static Migrations bundled() {
        List<Script> scripts = SqlResource.text(DIR + "index.txt").lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(name -> new Script(name, SqlResource.text(DIR + name)))
                .toList();
        return new Migrations(scripts);
    }

    List<Script> scripts() {
        return scripts;
    }

    /** The user_version a fully migrated database has. */
    int latestVersion() {
        return scripts.size();
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every migration after {@code current}; the caller has checked current ≤ latest. */
    void migrate(Connection connection, int current) throws SQLException {
        for (int version = current + 1; version <= scripts.size(); version++) {
            Script script = scripts.get(version - 1);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : SqlResource.statements(script.sql())) {
                    st.execute(sql);
                }
                // PRAGMA takes no bound parameters; version is an int from this loop, not outside text.
                st.execute("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new SQLException("migration " + script.name() + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
