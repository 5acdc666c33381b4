package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.parley.model.Span;

/** Ranked full-text search over events, quotes and source paragraphs. */
final class Searcher {

    private final Connection connection;
    private final SearchNames.Source names;

    Searcher(Connection connection, SearchNames.Source names) {
        this.connection = connection;
        this.names = names;
    }

    /**
     * Above this many matches a query is not ranked: ranking reads and scores every match (0.1–0.2 s
     * for a name in 100,000 events, past the 20 ms a search may take), and among so many the order
     * says little. The first in the dataset's order are listed instead, and the views say so.
     */
    static final int RANKED_AT_MOST = 20_000;

    /** Whether {@code query} (FTS5 syntax) matches few enough entries to be ranked; reads at most that many. */
    private boolean ranks(String query) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_more_than"))) {
            ps.setString(1, query);
            ps.setInt(2, RANKED_AT_MOST);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }

    /** Whether a search for what a person typed ranks its hits: text without words finds nothing to rank. */
    boolean ranksTyped(String userText) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        return query.isPresent() && ranks(query.get());
    }

    List<SearchHit> search(String userText, int limit) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, ranks(query.get()) ? "search" : "search_unranked"))) {
            ps.setString(1, query.get());
            ps.setInt(2, limit);
            LeftOutByNot.of(connection, names, userText).bind(ps);
            return hits(ps);
        }
    }

    /**
     * As {@link #search(String, int)} when filters hide events: the {@code limit} best hits of all (as
     * unfiltered, those of hidden events among them, to be marked so) and, besides, up to {@code limit}
     * best hits (events, quotes) of the events {@code shown} keeps. Among 100,000 events the best 200
     * of all had left 29 that a filter showed. Each match's event comes from {@code entries}, not from the
     * index's content (decision 0149); the words after NOT leave out the same events as in "search".
     */
    List<SearchHit> search(String userText, int limit, Predicate<String> shown, SearchEntryEvents entries)
            throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<String> leftOut = leftOutEvents(userText, entries);
        List<Long> chosen = new ArrayList<>();
        boolean ranked = ranks(query.get());
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, ranked ? "search_ranked" : "search_unranked_ids"))) {
            ps.setString(1, query.get());
            try (ResultSet rs = ps.executeQuery()) {
                int rank = 0;
                int shownKept = 0;
                while (rs.next() && (rank < limit || shownKept < limit)) {
                    long rowid = rs.getLong(1);
                    String event = entries.eventOf(rowid);
                    if (event != null && leftOut.contains(event)) {
                        continue;
                    }
                    // Passages belong to no event: among the best of all they are listed, as unfiltered.
                    boolean isShown = event != null && !event.isEmpty() && shown.test(event);
                    if (rank < limit || isShown) {
                        chosen.add(rowid);
                        shownKept += isShown ? 1 : 0;
                    }
                    rank++;
                }
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, ranked ? "search_chosen" : "search_chosen_unranked"))) {
            ps.setString(1, query.get());
            ps.setString(2, chosen.toString());
            ps.setLong(3, Collections.min(chosen));
            ps.setLong(4, Collections.max(chosen));
            return hits(ps);
        }
    }

    /**
     * The events a search for {@code userText} leaves out with NOT (none without): those whose entries hold a word after
     * it, each match's event looked up in {@code entries}, and those its place or people leave out ({@link LeftOutByNot}).
     */
    private Set<String> leftOutEvents(String userText, SearchEntryEvents entries) throws SQLException {
        LeftOutByNot leftOut = LeftOutByNot.of(connection, names, userText);
        if (leftOut.query().isEmpty()) {
            return Set.of();
        }
        Set<String> events = new HashSet<>(leftOut.byPlaceOrPeople());
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_left_out_ids"))) {
            ps.setString(1, leftOut.query().get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String event = entries.eventOf(rs.getLong(1));
                    if (event != null) {
                        events.add(event);
                    }
                }
            }
        }
        return events;
    }

    /** The hits a "search" or "search_chosen" statement, its parameters set, finds. */
    private static List<SearchHit> hits(PreparedStatement ps) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(hit(rs));
            }
        }
        return hits;
    }

    Set<String> eventIds(String userText) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_event_ids"))) {
            ps.setString(1, query.get());
            LeftOutByNot.of(connection, names, userText).bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return Set.copyOf(ids);
    }

    int count(String userText) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_count"))) {
            ps.setString(1, query.get());
            LeftOutByNot.of(connection, names, userText).bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        SearchHit.Kind kind = SearchHit.Kind.valueOf(rs.getString("kind"));
        int start = rs.getInt("span_start");
        Optional<Span> span = rs.wasNull() ? Optional.empty() : Optional.of(new Span(start, rs.getInt("span_end")));
        String snippet = ABBREVIATION_MARKED.matcher(rs.getString("snip")).replaceAll("$1." + SearchHit.MARK_END);
        return new SearchHit(kind, rs.getString("event_id"), rs.getString("quote_id"), rs.getString("source_id"),
                rs.getString("label"), snippet, span, rs.getDouble("score"));
    }

    /**
     * Single letters joined by dots, marked, then a dot ("«U.S»."): the index has no dots, so its
     * mark ends before the abbreviation's last one, which is taken inside ("«U.S.»").
     */
    private static final Pattern ABBREVIATION_MARKED = Pattern.compile(
            "((?<!\\p{L})\\p{L}(?:\\.\\p{L})+)" + SearchHit.MARK_END + "\\.");
}
