package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@code SELECT columns FROM …} statement with each row's columns packed by SQLite into one
 * text ({@code <byte length>:<UTF-8 bytes>} per column, a bare {@code :} for NULL), fetched with one
 * driver call per row. Read column by column, sqlite-jdbc makes a native call for each value: at
 * 100,000 events that was most of a large dataset's load (decision 0093).
 */
final class PackedRows {

    /** The statements this reads: plain column names, then the rest of the query as written. */
    private static final Pattern SELECT = Pattern.compile("\\s*SELECT\\s+(.+?)\\s+(FROM\\s.+)", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The first name after FROM, to say where a value that cannot be read lies. */
    private static final Pattern TABLE = Pattern.compile("FROM\\s+(\\w+)");

    private PackedRows() {
    }

    /** Reads one row; called once per row, with the row's values valid only during the call. */
    @FunctionalInterface
    interface Reader {
        void row(Row row) throws SQLException;
    }

    /**
     * Runs {@code plainSql} with its columns packed and hands each row to {@code reader}; {@code values}
     * are bound to its parameters in order.
     */
    static void forEach(Connection connection, String plainSql, Reader reader, long... values) throws SQLException {
        Matcher select = select(plainSql);
        List<String> columns = columns(select.group(1));
        try (PreparedStatement ps = connection.prepareStatement(packed(columns, select.group(2)))) {
            for (int i = 0; i < values.length; i++) {
                ps.setLong(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                Matcher table = TABLE.matcher(select.group(2));
                Row row = new Row(table.lookingAt() ? table.group(1) : "?", columns);
                while (rs.next()) {
                    row.unpack(rs.getBytes(1));
                    reader.row(row);
                }
            }
        }
    }

    /** {@code plainSql} with its column list replaced by one expression that packs them. */
    static String packed(String plainSql) {
        Matcher select = select(plainSql);
        return packed(columns(select.group(1)), select.group(2));
    }

    /** The packing select of {@code columns}, followed by {@code rest} (FROM and what follows it). */
    private static String packed(List<String> columns, String rest) {
        // One concat() call builds the row in one pass; "a || b || …" copied it once per column.
        StringBuilder sql = new StringBuilder("SELECT concat(");
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (i > 0) {
                sql.append(", ");
            }
            // As text first: octet_length of a number counts the bytes it is stored in. NULL packs as ":".
            sql.append("octet_length(CAST(").append(c).append(" AS TEXT)), ':', ").append(c);
        }
        return sql.append(") ").append(rest).toString();
    }

    private static Matcher select(String plainSql) {
        Matcher m = SELECT.matcher(plainSql);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a SELECT of plain columns: " + plainSql);
        }
        return m;
    }

    private static List<String> columns(String list) {
        List<String> columns = new ArrayList<>();
        for (String c : list.split(",")) {
            String name = c.strip();
            if (!COLUMN.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain column name: \"" + name + "\"");
            }
            columns.add(name);
        }
        return columns;
    }

    /** One row's values, decoded when asked for; columns count from 1, as in JDBC. */
    static final class Row {
        private final String table;
        private final List<String> names;
        private final int[] start;
        private final int[] length;
        private byte[] bytes = new byte[0];

        private Row(String table, List<String> names) {
            this.table = table;
            this.names = names;
            start = new int[names.size() + 1];
            length = new int[names.size() + 1];
        }

        private void unpack(byte @Nullable [] packed) {
            if (packed == null) {
                throw malformed("a row of " + table + " came back empty");
            }
            bytes = packed;
            int at = 0;
            for (int c = 1; c < start.length; c++) {
                if (at >= packed.length) {
                    throw malformed("a row of " + table + " ended after " + (c - 1) + " of " + names.size() + " columns");
                }
                long n = 0;
                int digits = 0;
                while (at < packed.length && packed[at] >= '0' && packed[at] <= '9' && digits < 10) {
                    n = n * 10 + packed[at++] - '0';
                    digits++;
                }
                if (at >= packed.length || packed[at] != ':' || n > packed.length - at - 1) {
                    throw malformed(name(c) + " does not start with its length");
                }
                if (digits == 0) {
                    start[c] = at;
                    length[c] = -1;
                    at++;
                    continue;
                }
                start[c] = at + 1;
                length[c] = (int) n;
                at += 1 + (int) n;
            }
            if (at != packed.length) {
                throw malformed("a row of " + table + " held more than its " + names.size() + " columns");
            }
        }

        /** The column as text, or null for NULL. */
        @Nullable String text(int column) {
            int n = length[column];
            return n < 0 ? null : new String(bytes, start[column], n, StandardCharsets.UTF_8);
        }

        /** The column as an int; 0 for NULL, as {@link ResultSet#getInt} gives. */
        int integer(int column) {
            int n = length[column];
            if (n < 0) {
                return 0;
            }
            int at = start[column];
            int end = at + n;
            boolean negative = n > 1 && bytes[at] == '-';
            if (negative) {
                at++;
            }
            long value = 0;
            if (at == end || end - at > 10) {
                throw notWhole(column);
            }
            for (; at < end; at++) {
                int digit = bytes[at] - '0';
                if (digit < 0 || digit > 9) {
                    throw notWhole(column);
                }
                value = value * 10 + digit;
            }
            value = negative ? -value : value;
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw notWhole(column);
            }
            return (int) value;
        }

        /** The column as a double; 0 for NULL, as {@link ResultSet#getDouble} gives. */
        double real(int column) {
            int n = length[column];
            if (n < 0) {
                return 0;
            }
            try {
                return Double.parseDouble(new String(bytes, start[column], n, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw malformed(name(column) + " is not a number");
            }
        }

        private StoreException notWhole(int column) {
            return malformed(name(column) + " is not a whole number");
        }

        private String name(int column) {
            return table + "." + names.get(column - 1);
        }

        private static StoreException malformed(String what) {
            return new StoreException("the database holds a value that cannot be read (" + what + ")");
        }
    }
}
