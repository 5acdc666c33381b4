package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SQL kept beside this class, so no statement is spelled out in Java code.
 * Named files hold statements under "-- name: x" lines, and a statement may use another whole as
 * {@code {x}}; scripts are lists of statements,
 * each ending with ';' at the end of a line.
 */
final class SqlResource {

    private static final String NAME_MARK = "-- name:";

    private SqlResource() {
    }

    static String text(String resource) {
        try (InputStream in = SqlResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("Parley is missing its resource " + resource + " (a broken build?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("could not read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The statements of {@code resource}, by name; a named entry may hold several statements. */
    static Map<String, String> named(String resource) {
        Map<String, String> byName = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text(resource).split("\\R")) {
            if (line.startsWith(NAME_MARK)) {
                if (name != null) {
                    byName.put(name, body.toString().strip());
                }
                name = line.substring(NAME_MARK.length()).strip();
                body.setLength(0);
            } else if (name != null && !line.stripLeading().startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            byName.put(name, body.toString().strip());
        }
        // A statement names another as {name} where it uses it whole, as a subquery: written once, read the same everywhere.
        byName.replaceAll((n, sql) -> sql.indexOf('{') < 0 ? sql : withParts(sql, byName));
        return byName;
    }

    private static String withParts(String sql, Map<String, String> byName) {
        for (Map.Entry<String, String> part : byName.entrySet()) {
            sql = sql.replace("{" + part.getKey() + "}", part.getValue());
        }
        return sql;
    }

    /** One named statement, without its trailing ';' (sqlite-jdbc prepares a single statement). */
    static String statement(Map<String, String> named, String name) {
        String sql = named.get(name);
        if (sql == null) {
            throw new StoreException("no SQL statement named \"" + name + "\" (a broken build?)");
        }
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }

    /** Splits a script into statements; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (line.stripLeading().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
