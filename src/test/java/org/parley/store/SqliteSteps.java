package org.parley.store;

import org.sqlite.ProgressHandler;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much work SQLite does for a reading, counted by its own virtual machine steps rather than a clock: a test
 * that compares two readings' work gives the same answer on a loaded machine.
 */
final class SqliteSteps {

    /** A reading of the database that may fail as JDBC does. */
    interface Reading {
        void run() throws SQLException;
    }

    private SqliteSteps() {
    }

    /** How many of SQLite's virtual machine steps {@code reading} takes on {@code connection}, in hundreds. */
    static long of(Connection connection, Reading reading) throws SQLException {
        AtomicLong hundreds = new AtomicLong();
        ProgressHandler.setHandler(connection, 100, new ProgressHandler() {
            @Override
            protected int progress() {
                hundreds.incrementAndGet();
                return 0;
            }
        });
        try {
            reading.run();
        } finally {
            ProgressHandler.clearHandler(connection);
        }
        return hundreds.get();
    }
}
