package org.parley.seed;

import java.util.Objects;

/**
 * One thing wrong with a dataset, said so a curator can find it: the file, the line and column
 * where the offending JSON value starts (0 when not known), the record it belongs to (empty for
 * the file as a whole) and a plain message.
 */
public record Problem(String file, int line, int column, String record, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        record = record == null ? "" : record;
    }

    /** A problem with the file as a whole, or somewhere no line is known. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** {@code week.json:12:7: events[3] (id "x"): unknown field "titel"}, the compiler's way. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (hasLocation()) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!record.isEmpty()) {
            s.append(record).append(": ");
        }
        return s.append(message).toString();
    }
}
