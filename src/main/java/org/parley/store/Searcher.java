package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.parley.model.Span;

/** Ranked full-text search over events, quotes and source paragraphs. */
final class Searcher {

    private final Connection connection;
    private final SearchNames.Source names;
    private final SearchEntryEvents.Source entries;

    Searcher(Connection connection, SearchNames.Source names, SearchEntryEvents.Source entries) {
        this.connection = connection;
        this.names = names;
        this.entries = entries;
    }

    /**
     * Above this many matches a query is not ranked: ranking reads and scores every match, 2-3 µs each
     * (a word in 10,270 of 210,000 entries took 30 ms, one in 19,990 59 ms, past the 20 ms a search may
     * take; one in 5,890 13 ms), and among so many the order says little. The first in the dataset's
     * order are listed instead, and the views say so (decision 0175).
     */
    static final int RANKED_AT_MOST = 5_000;

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

    /**
     * The {@code limit} best hits for what a person typed. Text with words after NOT leaves out whole events: each
     * match's event is then looked up in the entries, as a filtered search's is; read from the index's content it
     * cost 2-3 µs a match, and as much again for each match of the words after NOT (decision 0174).
     */
    List<SearchHit> search(String userText, int limit) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (FtsQuery.excluded(userText).isPresent()) {
            SearchEntryEvents events = entries.get();
            return chosenHits(query.get(), limit, Optional.empty(), leftOutEntries(userText, events), events);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, ranks(query.get()) ? "search" : "search_unranked"))) {
            ps.setString(1, query.get());
            ps.setInt(2, limit);
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
    List<SearchHit> search(String userText, int limit, Predicate<String> shown) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        SearchEntryEvents events = entries.get();
        return chosenHits(query.get(), limit, Optional.of(shown), leftOutEntries(userText, events), events);
    }

    /**
     * The first {@code limit} matches of {@code query} (FTS5 syntax) in its order, those {@code leftOut} (by rowid)
     * left out, and with a {@code filter} up to {@code limit} more among the events it shows; read again with their
     * snippets.
     */
    private List<SearchHit> chosenHits(String query, int limit, Optional<Predicate<String>> filter,
            LongPredicate leftOut, SearchEntryEvents events) throws SQLException {
        Predicate<String> shown = filter.orElse(event -> false);
        int shownWanted = filter.isPresent() ? limit : 0;
        List<Long> chosen = new ArrayList<>();
        boolean ranked = ranks(query);
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, ranked ? "search_ranked" : "search_unranked_ids"))) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                int rank = 0;
                int shownKept = 0;
                while (rs.next() && (rank < limit || shownKept < shownWanted)) {
                    long rowid = rs.getLong(1);
                    if (leftOut.test(rowid)) {
                        continue;
                    }
                    String event = events.eventOf(rowid);
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
            ps.setString(1, query);
            ps.setString(2, chosen.toString());
            ps.setLong(3, Collections.min(chosen));
            ps.setLong(4, Collections.max(chosen));
            return hits(ps);
        }
    }

    /**
     * Which entries, by rowid, a search for {@code userText} leaves out with NOT (none without): those of the events
     * whose entries hold a word after it and of those its place or people leave out ({@link LeftOutByNot}). The events
     * are bits by their rowids ({@link SearchEntryEvents#eventRowOf}), not a set of their ids: a word in every place's
     * name leaves out every event, whose ids had cost 250 ms to read.
     */
    private LongPredicate leftOutEntries(String userText, SearchEntryEvents events) throws SQLException {
        LeftOutByNot leftOut = LeftOutByNot.of(connection, names, userText);
        if (leftOut.query().isEmpty()) {
            return rowid -> false;
        }
        BitSet left = leftOut.eventRowsByPlaceOrPeople(events);
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_left_out_ids"))) {
            ps.setString(1, leftOut.query().get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    left.set(events.eventRowOf(rs.getLong(1)));
                }
            }
        }
        // Row 0 is no event (a passage): never left out.
        left.clear(0);
        return rowid -> left.get(events.eventRowOf(rowid));
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

    /** The events a search for {@code userText} finds, all of them, those NOT leaves out left out. */
    Set<String> eventIds(String userText) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        if (FtsQuery.excluded(userText).isPresent()) {
            eachMatchKept(query.get(), userText, event -> {
                if (event != null && !event.isEmpty()) {
                    ids.add(event);
                }
            });
            return Set.copyOf(ids);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_event_ids"))) {
            ps.setString(1, query.get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return Set.copyOf(ids);
    }

    /** How many entries a search for {@code userText} matches, those of the events NOT leaves out not counted. */
    int count(String userText) throws SQLException {
        Optional<String> query = FtsQuery.of(userText);
        if (query.isEmpty()) {
            return 0;
        }
        if (FtsQuery.excluded(userText).isPresent()) {
            int[] count = {0};
            eachMatchKept(query.get(), userText, event -> count[0]++);
            return count[0];
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_count"))) {
            ps.setString(1, query.get());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Gives {@code each} the event of every match of {@code query} (FTS5 syntax) whose event the words after NOT in
     * {@code userText} do not leave out: null for an article's passage. Through JDBC a match costs some 0.3 µs.
     */
    private void eachMatchKept(String query, String userText, Consumer<String> each) throws SQLException {
        SearchEntryEvents events = entries.get();
        LongPredicate leftOut = leftOutEntries(userText, events);
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_unranked_ids"))) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rowid = rs.getLong(1);
                    if (!leftOut.test(rowid)) {
                        each.accept(events.eventOf(rowid));
                    }
                }
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
