package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a whole-dataset write cheap inside the caller's transaction: the secondary indexes are
 * dropped before the rows go in and built again afterwards (one sort each instead of a b-tree
 * insert per row), and foreign keys are checked once over the finished tables instead of row by
 * row. The index definitions are read from the schema itself, so a migration that adds or changes
 * one needs no change here. Everything is DDL inside the transaction: a rollback restores it.
 */
final class BulkLoad {

    private final Connection connection;
    private final List<String> indexSql = new ArrayList<>();

    BulkLoad(Connection connection) {
        this.connection = connection;
    }

    /** Drops every secondary index of the model tables, remembering how to build it again. */
    void dropIndexes() throws SQLException {
        List<String> names = new ArrayList<>();
        // sql is NULL for the automatic indexes behind PRIMARY KEY and UNIQUE; those stay.
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                indexSql.add(rs.getString(2));
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String name : names) {
                // Names come from sqlite_master, not from outside; quoted as identifiers all the same.
                st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /** Builds again every index {@link #dropIndexes} dropped. */
    void recreateIndexes() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : indexSql) {
                st.execute(sql);
            }
        }
        indexSql.clear();
    }

    /**
     * Fails when any row points at a parent that does not exist, so that checking foreign keys
     * once at the end refuses exactly what checking them row by row would have refused.
     */
    void checkForeignKeys() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("FOREIGN KEY constraint failed: a row of " + rs.getString(1)
                        + " points at a missing row of " + rs.getString(3));
            }
        }
    }
}
