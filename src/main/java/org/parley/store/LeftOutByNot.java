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

/**
 * What a search's words after NOT leave out: the events the same words would have let in (decision 0165). Those any
 * entry of which (its title and summary, a quote at it) holds one, as FTS5 {@link #query} matches them (decision
 * 0147); and those the other ways a word finds an event (decision 0158): held at a place whose name holds one (or at
 * a place within it) or about such a place, or with a person whose names hold one taking part or quoted there.
 * "Sherman NOT Brussels" had listed her eleven events in Brussels, which "Sherman Brussels" lists; "Brussels NOT
 * Sherman" the meeting she led a delegation at, which "Brussels Sherman" lists through her.
 */
final class LeftOutByNot {

    private static final LeftOutByNot NONE = new LeftOutByNot(null, Optional.empty(), Set.of(), List.of());

    private final Connection connection;
    private final Optional<String> query;
    private final Set<String> places;
    private final List<String> people;
    private Set<String> byPlaceOrPeople;

    private LeftOutByNot(Connection connection, Optional<String> query, Set<String> places, List<String> people) {
        this.connection = connection;
        this.query = query;
        this.places = places;
        this.people = people;
    }

    /**
     * What {@code userText} leaves out with NOT. Asks for the places' and the actors' {@code names} only when it has
     * words after NOT: the places and people the words name are few, their events possibly many, read in SQLite.
     */
    static LeftOutByNot of(Connection connection, SearchNames.Source names, String userText) throws SQLException {
        Optional<String> query = FtsQuery.excluded(userText);
        if (query.isEmpty()) {
            return NONE;
        }
        List<FtsQuery.Word> words = FtsQuery.unwanted(userText);
        SearchNames known = names.get();
        Set<String> places = new HashSet<>();
        for (FtsQuery.Word w : words) {
            places.addAll(known.places().named(w));
        }
        return new LeftOutByNot(connection, query, places, known.actorsNamedByAny(words));
    }

    /** The words after NOT as one FTS5 query matching the entries that hold any of them; empty without NOT. */
    Optional<String> query() {
        return query;
    }

    /**
     * The events left out by their place or their people, not by their entries (those {@link #query} matches): read
     * once, for the events of the people a search names ({@link NamedPeopleEvents}).
     */
    Set<String> byPlaceOrPeople() throws SQLException {
        if (places.isEmpty() && people.isEmpty()) {
            return Set.of();
        }
        if (byPlaceOrPeople == null) {
            // Each event once here, not in SQL: a DISTINCT there sorted them all again (every event, for a word in
            // every place's name).
            byPlaceOrPeople = Collections.unmodifiableSet(new HashSet<>(ids("not_left_out_events")));
        }
        return byPlaceOrPeople;
    }

    /**
     * The same events as {@link #byPlaceOrPeople}, as bits by their rowids in the events' table: for {@link Searcher},
     * which tests each match's event by its rowid in {@code events} ({@link SearchEntryEvents#eventRowOf}). Those held
     * at the places come as rowids, no id read: for a word in every place's name the ids of all 100,000 events had
     * crossed into Java as strings, 250 ms of a search's 270. The others, few, come as ids looked up in {@code events}.
     */
    BitSet eventRowsByPlaceOrPeople(SearchEntryEvents events) throws SQLException {
        BitSet rows = new BitSet();
        if (!places.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    SqlResource.statement(StoredDatasetReader.SQL, "not_held_event_rows"))) {
                ps.setString(4, ActorEvents.jsonArray(places));
                try (ResultSet rs = ps.executeQuery()) {
                    // As bytes: decoded into a string first, 100,000 rowids took as long again.
                    byte[] joined = rs.next() ? rs.getBytes(1) : null;
                    if (joined != null) {
                        setEach(joined, rows);
                    }
                }
            }
        }
        if (!places.isEmpty() || !people.isEmpty()) {
            for (String id : ids("not_linked_events")) {
                rows.set(events.eventRowOf(id));
            }
        }
        return rows;
    }

    /** Sets in {@code rows} each rowid {@code joined} lists, in ASCII joined by commas (each from 1 to an int's most). */
    private static void setEach(byte[] joined, BitSet rows) {
        int row = 0;
        for (byte b : joined) {
            if (b == ',') {
                rows.set(row);
                row = 0;
            } else {
                row = row * 10 + (b - '0');
            }
        }
        rows.set(row);
    }

    /**
     * The ids the statement {@code name} lists, an event there more than once, read as the one row of its
     * "_joined" statement: a row each crosses into SQLite and back (about 1 µs), so 100,000 events left out by a
     * place's name had cost 180 ms more that way.
     */
    private List<String> ids(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, name + "_joined"))) {
            bindPlacesAndPeople(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return List.of();
                }
                List<String> ids = rs.getString(1).lines().toList();
                // Unequal only when another program stored an id with a line break in it: then a row each.
                return ids.size() == rs.getLong(2) ? ids : eachRow(name);
            }
        }
    }

    private List<String> eachRow(String name) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, name))) {
            bindPlacesAndPeople(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Binds a statement's ?3 to {@link #query}, its ?4 to the places and its ?5 to the people the words name, as JSON
     * arrays (each NULL when there is none): the statements that leave out what NOT leaves out read all three.
     */
    void bind(PreparedStatement ps) throws SQLException {
        ps.setString(3, query.orElse(null));
        bindPlacesAndPeople(ps);
    }

    private void bindPlacesAndPeople(PreparedStatement ps) throws SQLException {
        ps.setString(4, places.isEmpty() ? null : ActorEvents.jsonArray(places));
        ps.setString(5, people.isEmpty() ? null : ActorEvents.jsonArray(people));
    }
}
