package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
    /** The events whose entries hold each word (by its FTS5 query), read once per search. */
    private final Map<String, Set<String>> wordEvents = new HashMap<>();
    private Map<String, String[]> places;

    NamedPeopleEvents(Connection connection, SearchEntryEvents entries) {
        this.connection = connection;
        this.entries = entries;
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
                String names = ActorSearch.names(a);
                List<FtsQuery.Word> rest = group.stream().filter(w -> !w.heldBy().test(names)).toList();
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
            Set<String> theirs = eventsOfActors(e.getValue());
            for (FtsQuery.Word w : e.getKey()) {
                if (theirs.isEmpty()) {
                    break;
                }
                Set<String> saying = textEvents(w);
                Set<String> there = eventsAtPlacesNamed(w, theirs);
                theirs.removeIf(event -> !saying.contains(event) && !there.contains(event));
            }
            found.addAll(theirs);
        }
        Optional<String> excluded = FtsQuery.excluded(userText);
        if (excluded.isPresent() && !found.isEmpty()) {
            found.removeAll(eventsMatching(excluded.get()));
        }
        return found;
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

    /** The events of the entries FTS5 {@code query} matches: by the index's rowids, without reading its content. */
    Set<String> eventsMatching(String query) throws SQLException {
        Set<String> events = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "search_left_out_ids"))) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String event = entries.eventOf(rs.getLong(1));
                    if (event != null && !event.isEmpty()) {
                        events.add(event);
                    }
                }
            }
        }
        return events;
    }

    private Set<String> textEvents(FtsQuery.Word w) throws SQLException {
        Set<String> known = wordEvents.get(w.query());
        if (known == null) {
            known = eventsMatching(w.query());
            wordEvents.put(w.query(), known);
        }
        return known;
    }

    private Set<String> eventsOfActors(List<String> actorIds) throws SQLException {
        return ids("event_ids_of_actors", ActorEvents.jsonArray(actorIds));
    }

    /**
     * Those of {@code events} at a place whose name holds {@code w}, or at one within it, or that refer to one: read
     * among the person's events, not all the events there ("Place" names all 500 generated places).
     */
    private Set<String> eventsAtPlacesNamed(FtsQuery.Word w, Set<String> events) throws SQLException {
        Map<String, String[]> all = places();
        Set<String> named = new HashSet<>();
        all.forEach((id, nameWithin) -> {
            if (w.heldBy().test(nameWithin[0])) {
                named.add(id);
            }
        });
        if (named.isEmpty()) {
            return Set.of();
        }
        // A place within a named one is in it too, however deep ("a room of NATO headquarters, Brussels").
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String[]> p : all.entrySet()) {
                if (!named.contains(p.getKey()) && named.contains(p.getValue()[1])) {
                    grew = named.add(p.getKey());
                }
            }
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

    private Map<String, String[]> places() throws SQLException {
        if (places == null) {
            places = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    SqlResource.statement(StoredDatasetReader.SQL, "place_names"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    places.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return places;
    }

    private Set<String> ids(String statement, String json) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, statement))) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
