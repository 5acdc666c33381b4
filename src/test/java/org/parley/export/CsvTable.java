package org.parley.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exported CSV file read as R's read.csv or pandas read it: RFC 4180 (quoted cells, doubled
 * quotes, line breaks inside quotes), the byte-order mark dropped; each row a map from the header.
 */
final class CsvTable {

    private final List<Map<String, String>> rows;

    private CsvTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.startsWith("\uFEFF")) {
            throw new IllegalStateException(file + " has no byte-order mark");
        }
        List<List<String>> records = parse(text.substring(1));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalStateException(file + ": " + record.size() + " cells under " + header.size()
                        + " columns: " + record);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return new CsvTable(rows);
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    /** The row whose {@code column} is {@code value}; fails unless there is exactly one. */
    Map<String, String> row(String column, String value) {
        List<Map<String, String>> found = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " rows with " + column + " = " + value);
        }
        return found.get(0);
    }

    List<String> column(String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (quoted || cell.length() > 0 || !record.isEmpty()) {
            throw new IllegalStateException("the file does not end with CRLF after a whole record");
        }
        return records;
    }
}
