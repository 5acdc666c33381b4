package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** One prepared insert fed row by row and sent in batches, so big imports make few round trips. */
final class Batch implements AutoCloseable {

    private static final int FLUSH_EVERY = 5_000;

    private final PreparedStatement statement;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Binds one row: Strings, boxed numbers, Booleans (as 0/1) and nulls. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                statement.setNull(at, Types.NULL);
            } else if (v instanceof String s) {
                statement.setString(at, s);
            } else if (v instanceof Integer n) {
                statement.setInt(at, n);
            } else if (v instanceof Long n) {
                statement.setLong(at, n);
            } else if (v instanceof Double d) {
                statement.setDouble(at, d);
            } else if (v instanceof Boolean b) {
                statement.setInt(at, b ? 1 : 0);
            } else {
                throw new IllegalArgumentException("cannot bind a " + v.getClass().getSimpleName());
            }
        }
        statement.addBatch();
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Closes the statement without sending what is pending: the write failed or was abandoned. */
    void discard() throws SQLException {
        pending = 0;
        statement.close();
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
