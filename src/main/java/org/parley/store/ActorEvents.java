package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events actors take part in (participants, or quoted at them: {@code Dataset.involves}), for a search that
 * finds a person by name. Read when searched, from the indexes on event_actors and quotes, rather than put in the
 * full-text index: that would add an entry per participant to an import already over its budget.
 */
final class ActorEvents {

    private final Connection connection;
    private final SearchNames.Source names;

    ActorEvents(Connection connection, SearchNames.Source names) {
        this.connection = connection;
        this.names = names;
    }

    /** The first {@code limit} events, in time order, that any of {@code actorIds} takes part in. */
    List<TakingPart> of(Collection<String> actorIds, int limit) throws SQLException {
        return of(actorIds, "", limit);
    }

    /**
     * As {@link #of(Collection, int)}, leaving out the events {@code userText} leaves out with NOT ({@link LeftOutByNot}):
     * "Sherman NOT Geneva" had listed the Geneva talks, where she takes part, "Sherman NOT Brussels" her remarks there.
     */
    List<TakingPart> of(Collection<String> actorIds, String userText, int limit) throws SQLException {
        if (actorIds.isEmpty() || limit <= 0) {
            return new ArrayList<>();
        }
        String ids = jsonArray(actorIds);
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, walks(ids, limit) ? "events_of_actors_many" : "events_of_actors_few"))) {
            ps.setString(1, ids);
            ps.setInt(2, limit);
            LeftOutByNot.of(connection, names, userText).bind(ps);
            return takingPart(ps);
        }
    }

    /** The events a statement gives as id, title and the actors' roles there, one "id TAB role" a line. */
    static List<TakingPart> takingPart(PreparedStatement ps) throws SQLException {
        List<TakingPart> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, String> roles = new HashMap<>();
                String parts = rs.getString(3);
                for (String line : (parts == null ? "" : parts).split("\n")) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    // A participant's role is kept over the '' of the same actor's quote.
                    roles.merge(line.substring(0, tab), line.substring(tab + 1), (a, b) -> a.isEmpty() ? b : a);
                }
                events.add(new TakingPart(rs.getString(1), rs.getString(2), roles));
            }
        }
        return events;
    }

    /**
     * Whether to walk the events in time order until {@code limit} are the actors', rather than sort all of theirs.
     * Sorting costs about 5 µs an event of theirs, walking about 2 µs an event walked, of which there are about
     * {@code limit × all / theirs}: the cheaper is chosen, so neither an actor in a fifth of 100,000 events (54 ms
     * sorted, 4 ms walked) nor one in 57 (over 200 ms walked) passes the 20 ms a search may take.
     */
    private boolean walks(String ids, int limit) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "events_of_actors_estimate"))) {
            ps.setString(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                double theirs = Math.max(1, rs.getLong(1));
                double all = rs.getLong(2);
                return 2.0 * Math.min(limit, theirs) * all / theirs < 5.0 * theirs;
            }
        }
    }

    /** How many events any of {@code actorIds} takes part in. */
    int count(Collection<String> actorIds) throws SQLException {
        if (actorIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "count_events_of_actors"))) {
            ps.setString(1, jsonArray(actorIds));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * As {@link #count}, leaving out the events a match of a search for {@code userText} belongs to, and those it
     * leaves out with NOT ({@link LeftOutByNot}).
     */
    int countBeyond(Collection<String> actorIds, String userText) throws SQLException {
        var query = FtsQuery.of(userText);
        if (query.isEmpty()) {
            return count(actorIds);
        }
        if (actorIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "count_events_of_actors_beyond"))) {
            ps.setString(1, jsonArray(actorIds));
            ps.setString(2, query.get());
            LeftOutByNot.of(connection, names, userText).bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The ids as a JSON array of strings, for json_each; an id is any text, so quotes, backslashes and controls are escaped. */
    static String jsonArray(Collection<String> ids) {
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            json.append(json.length() > 1 ? ",\"" : "\"");
            for (char c : id.toCharArray()) {
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
