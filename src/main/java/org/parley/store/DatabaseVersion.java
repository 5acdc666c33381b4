package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What something read from the database and kept was read at: this connection, its own changes and other
 * connections' commits. Equal while the database is unchanged, so what was read may be used again.
 */
record DatabaseVersion(Connection connection, long ownChanges, long othersCommits) {

    static DatabaseVersion of(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_entries_version"));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new DatabaseVersion(connection, rs.getLong(1), rs.getLong(2));
        }
    }
}
