package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.model.WriteProgress;

/**
 * The records an import says are written are in the database: counted when handed to the driver, the count ran
 * up to a batch (5,000 rows) ahead of what SQLite held, and "Writing: 5,120 of 12,000 records" was said of none.
 */
class WrittenCountTest {

    @TempDir
    Path dir;

    @Test
    void everyCountSaidIsWhatTheDatabaseHolds() throws Exception {
        Dataset ds = SyntheticDataAccess.dataset(4_000);
        List<String> behind = new ArrayList<>();
        List<Long> said = new ArrayList<>();
        try (Connection connection = StoreFile.openNew(dir.resolve("count.db"), Migrations.bundled())) {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            connection.setAutoCommit(false);
            WriteProgress progress = new WriteProgress() {
                @Override
                public void step(Step step, long total) {
                }

                @Override
                public void written(long count) {
                    long held = held(connection);
                    said.add(count);
                    if (held < count) {
                        behind.add(count + " said, " + held + " held");
                    }
                }
            };
            StoredDatasetWriter.replaceWith(connection, ds, "h", Origin.USER, Instant.EPOCH, progress);
            connection.rollback();
        }
        assertTrue(said.size() > 3, "counted as it went: " + said);
        assertEquals(List.of(), behind);
    }

    /** The records in the database, as the write counts them. */
    private static long held(Connection connection) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM actors)"
                     + " + (SELECT count(*) FROM places) + (SELECT count(*) FROM events) + (SELECT count(*) FROM quotes)"
                     + " + (SELECT count(*) FROM divergences) + (SELECT count(*) FROM positions)")) {
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
