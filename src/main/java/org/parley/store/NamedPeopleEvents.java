package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;

/**
 * The events of the people a search names with some of its words, the other words found in the event's own words
 * (decision 0158): "Sherman Geneva" is her events that say Geneva or take place there. An event's words are those
 * the full-text index holds for it (title and summary, the quotes at it) and the names of its place and of the places
 * it refers to, a place counting what lies within it ("Brussels" holds NATO headquarters). Every word is still
 * required, within each group OR makes; a person whose names hold a whole group brings all their events, as before.
 */
final class NamedPeopleEvents {

    private final Connection connection;
    private final SearchEntryEvents entries;
    private final ActorEventsInTimeOrder actorEvents;
    private final SearchNames.Source names;

    NamedPeopleEvents(Connection connection, SearchEntryEvents entries, ActorEventsInTimeOrder actorEvents,
                      SearchNames.Source names) {
        this.connection = connection;
        this.entries = entries;
        this.actorEvents = actorEvents;
        this.names = names;
    }

    /**
     * Which of {@code named} bring events for {@code userText} without further words (their names hold every word of
     * a group), or empty when some need words found in their events: then {@link #events} says which.
     */
    static Optional<List<String>> wholeNames(List<Actor> named, String userText) {
        Map<List<FtsQuery.Word>, List<String>> byRest = byRest(named, FtsQuery.wantedGroups(userText));
        if (byRest.keySet().stream().anyMatch(rest -> !rest.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(byRest.getOrDefault(List.of(), List.of()));
    }

    /**
     * For each group of words OR makes, the people whose names hold most of them, by the words left for their events
     * to hold. The person the words name most fully is meant, not those who share one of them: "Frank Ivanov" is that
     * person, not every Frank in whose events Ivanov is written, and "Frank Ivanov pipeline" his events that say
     * pipeline (at 100,000 generated events every Frank and Ivanov had been 154 people and 0.2 s). Those needing the
     * same words are read together.
     */
    private static Map<List<FtsQuery.Word>, List<String>> byRest(List<Actor> named, List<List<FtsQuery.Word>> groups) {
        Map<List<FtsQuery.Word>, List<String>> byRest = new LinkedHashMap<>();
        for (List<FtsQuery.Word> group : groups) {
            Map<String, List<FtsQuery.Word>> rests = new LinkedHashMap<>();
            for (Actor a : named) {
                List<String> names = FtsQuery.wordsOf(ActorSearch.names(a));
                List<FtsQuery.Word> rest = group.stream().filter(w -> !w.heldByWords().test(names)).toList();
                if (rest.size() < group.size()) {
                    rests.put(a.id(), rest);
                }
            }
            int fewestLeft = rests.values().stream().mapToInt(List::size).min().orElse(0);
            rests.forEach((id, rest) -> {
                if (rest.size() == fewestLeft) {
                    byRest.computeIfAbsent(rest, r -> new ArrayList<>()).add(id);
                }
            });
        }
        return byRest;
    }

    /**
     * Every event that answers {@code userText} through the people in {@code named}: one of them takes part, their
     * names hold some words of a group, and the event's words hold the rest of it. Those whose words hold a word
     * after NOT are left out, as a person's events always are.
     */
    Set<String> events(List<Actor> named, String userText) throws SQLException {
        Set<String> found = new HashSet<>();
        for (Map.Entry<List<FtsQuery.Word>, List<String>> e : byRest(named, FtsQuery.wantedGroups(userText)).entrySet()) {
            found.addAll(holdingAll(ids(actorEvents.of(e.getValue()), 0, Integer.MAX_VALUE), e.getKey()));
        }
        return withoutLeftOut(found, LeftOutByNot.of(connection, names, userText));
    }

    /**
     * The first {@code limit} of {@link #events} in time order, with the roles there of the people {@code named}: as
     * {@code inTimeOrder(events(named, userText), named, limit)}, but the people's events are tested for the other
     * words a batch at a time, in time order, until {@code limit} are found. "Adler report" (107 people, 55,000
     * events, "report" in nearly all) had tested, then ordered, all 55,000 to list 200: 0.2-0.5 s.
     */
    List<TakingPart> first(List<Actor> named, String userText, int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        Map<List<FtsQuery.Word>, int[]> groups = new LinkedHashMap<>();
        byRest(named, FtsQuery.wantedGroups(userText)).forEach((rest, ids) -> groups.put(rest, actorEvents.of(ids)));
        int[] all = new int[0];
        for (int[] ranks : groups.values()) {
            all = union(all, ranks);
        }
        LeftOutByNot leftOut = LeftOutByNot.of(connection, names, userText);
        List<String> found = new ArrayList<>();
        long batch = Math.max(limit, FIRST_BATCH_AT_LEAST);
        for (int from = 0; from < all.length && found.size() < limit; ) {
            int to = (int) Math.min(all.length, from + batch);
            Set<String> kept = new HashSet<>();
            for (Map.Entry<List<FtsQuery.Word>, int[]> g : groups.entrySet()) {
                kept.addAll(holdingAll(ids(g.getValue(), all[from], all[to - 1]), g.getKey()));
            }
            kept = withoutLeftOut(kept, leftOut);
            for (int i = from; i < to; i++) {
                String event = actorEvents.eventAt(all[i]);
                if (kept.contains(event)) {
                    found.add(event);
                }
            }
            from = to;
            batch = nextBatch(from, found.size(), limit);
        }
        return inTimeOrder(found.subList(0, Math.min(limit, found.size())), named, limit);
    }

    /**
     * The fewest events tested at once. A batch's cost is mostly one read of each word's matches inside SQLite,
     * whatever its size: with 50, "Maria Horvat Place 12" (164 of 4,294 events hold it) took a second batch that
     * read "Place" again, 71 ms against 27; with 2,000 "Adler report" still tests a twenty-seventh of its events.
     */
    private static final int FIRST_BATCH_AT_LEAST = 2000;

    /**
     * How many events to test next, {@code tested} having given {@code found} of the {@code limit} wanted: as many as
     * the share found so far says are still needed, a quarter more, and at least as many again as were tested. A
     * common word ("report") is done in the first batch, a rare one ("pipeline", in one in twenty of 50 Elenas'
     * events) in two or three, not in every one of the people's events.
     */
    static long nextBatch(long tested, long found, long limit) {
        long needed = found == 0 ? tested * 4 : (limit - found) * tested / found * 5 / 4;
        return Math.max(tested, needed);
    }

    /** Those of {@code theirs} whose words hold every word of {@code rest}. */
    private Set<String> holdingAll(Set<String> theirs, List<FtsQuery.Word> rest) throws SQLException {
        for (FtsQuery.Word w : rest) {
            if (theirs.isEmpty()) {
                break;
            }
            Set<String> saying = eventsMatching(w.query(), theirs);
            Set<String> there = eventsAtPlacesNamed(w, theirs);
            theirs.removeIf(event -> !saying.contains(event) && !there.contains(event));
        }
        return theirs;
    }

    /** {@code found} without the events a search's words after NOT leave out: by their entries, place or people. */
    private Set<String> withoutLeftOut(Set<String> found, LeftOutByNot leftOut) throws SQLException {
        found.removeAll(leftOut.byPlaceOrPeople());
        if (leftOut.query().isPresent() && !found.isEmpty()) {
            found.removeAll(eventsMatching(leftOut.query().get(), found));
        }
        return found;
    }

    /** The ids of the events of {@code ranks} (ascending) from rank {@code low} to {@code high}, both included. */
    private Set<String> ids(int[] ranks, int low, int high) {
        int from = Arrays.binarySearch(ranks, low);
        from = from < 0 ? -from - 1 : from;
        Set<String> ids = new HashSet<>();
        for (int i = from; i < ranks.length && ranks[i] <= high; i++) {
            ids.add(actorEvents.eventAt(ranks[i]));
        }
        return ids;
    }

    /** The ranks in either of {@code a} and {@code b} (each ascending, each once), ascending, each once. */
    private static int[] union(int[] a, int[] b) {
        int[] both = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            while (i < a.length && a[i] == next) {
                i++;
            }
            while (j < b.length && b[j] == next) {
                j++;
            }
            both[n++] = next;
        }
        return Arrays.copyOf(both, n);
    }

    /** The first {@code limit} of {@code events} in time order, with the roles there of the actors {@code named}. */
    List<TakingPart> inTimeOrder(Collection<String> events, List<Actor> named, int limit) throws SQLException {
        if (events.isEmpty() || limit <= 0) {
            return List.of();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "events_chosen_taking_part"))) {
            ps.setString(1, ActorEvents.jsonArray(events));
            ps.setString(2, ActorEvents.jsonArray(named.stream().map(Actor::id).toList()));
            ps.setInt(3, limit);
            return ActorEvents.takingPart(ps);
        }
    }

    /**
     * Of {@code events} (a person's, tens to thousands), those with an entry FTS5 {@code query} matches, without
     * reading every match of a common word: "report" is in all 210,000 entries at 100,000 events, and handing each
     * out through JDBC had cost 0.3-0.7 s. A word's matches are read outright while they are few beside the events'
     * entries (some 0.3 µs each); past that, the events' own entries are sought one by one when few (35 µs each),
     * else SQLite keeps them from the word's matches as it reads them (0.07 µs a match, about 1 µs an entry listed).
     * Measured at 100,000 events under load 12; "search_ids_among_seek" and "_scan" say more.
     */
    Set<String> eventsMatching(String query, Set<String> events) throws SQLException {
        long[] rowids = entries.entriesOf(events);
        if (rowids.length == 0) {
            return new HashSet<>();
        }
        boolean seek = rowids.length <= SOUGHT_AT_MOST;
        Optional<Set<String>> few = matchesIfAtMost(query, rowids.length * (seek ? 100 : 4), events);
        if (few.isPresent()) {
            return few.get();
        }
        Set<String> matching = new HashSet<>();
        String statement = seek ? "search_ids_among_seek" : "search_ids_among_scan";
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, statement))) {
            ps.setString(1, query);
            ps.setString(2, jsonArray(rowids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    matching.add(entries.eventOf(rs.getLong(1)));
                }
            }
        }
        return matching;
    }

    /** Those of {@code events} an entry {@code query} matches belongs to, or empty when it matches more than {@code most}. */
    private Optional<Set<String>> matchesIfAtMost(String query, int most, Set<String> events) throws SQLException {
        Set<String> matching = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_ids_at_most"))) {
            ps.setString(1, query);
            ps.setInt(2, most + 1);
            int read = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (++read > most) {
                        return Optional.empty();
                    }
                    String event = entries.eventOf(rs.getLong(1));
                    if (event != null && events.contains(event)) {
                        matching.add(event);
                    }
                }
            }
        }
        return Optional.of(matching);
    }

    /**
     * The most entries sought one by one. At some 35 µs each, 128 cost 4.5 ms, a third of reading a word in every
     * entry at 100,000 events inside SQLite (14 ms, measured under load 12); beyond them the word's matches are
     * cheaper read inside SQLite.
     */
    static final int SOUGHT_AT_MOST = 128;

    private static String jsonArray(long[] rowids) {
        StringBuilder json = new StringBuilder(rowids.length * 7 + 2).append('[');
        for (int i = 0; i < rowids.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(rowids[i]);
        }
        return json.append(']').toString();
    }

    /**
     * Those of {@code events} at a place whose name holds {@code w}, or at one within it, or that refer to one: read
     * among the person's events, not all the events there ("Place" names all 500 generated places).
     */
    private Set<String> eventsAtPlacesNamed(FtsQuery.Word w, Set<String> events) throws SQLException {
        Set<String> named = names.get().places().named(w);
        if (named.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "event_ids_at_places"))) {
            ps.setString(1, ActorEvents.jsonArray(named));
            ps.setString(2, ActorEvents.jsonArray(events));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
