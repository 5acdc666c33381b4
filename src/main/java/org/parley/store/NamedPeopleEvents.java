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
import java.util.function.Predicate;
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
    /** The events each word (by its FTS5 query) is found in, read once per search. */
    private final Map<String, Set<String>> wordEvents = new HashMap<>();
    private Map<String, String[]> places;

    NamedPeopleEvents(Connection connection, SearchEntryEvents entries) {
        this.connection = connection;
        this.entries = entries;
    }

    /**
     * Which of {@code named} bring events for {@code userText} without further words (their names hold every word of
     * a group), or empty when one of them needs words found in the events: then {@link #events} says which.
     */
    static Optional<List<String>> wholeNames(List<Actor> named, String userText) {
        List<String> ids = new ArrayList<>();
        Predicate<String> answers = FtsQuery.matcher(userText);
        for (Actor a : named) {
            if (!answers.test(ActorSearch.names(a))) {
                return Optional.empty();
            }
            ids.add(a.id());
        }
        return Optional.of(ids);
    }

    /**
     * Every event that answers {@code userText} through the people in {@code named}: one of them takes part, their
     * names hold some words of a group, and the event's words hold the rest of it. Those whose words hold a word
     * after NOT are left out, as a person's events always are.
     */
    Set<String> events(List<Actor> named, String userText) throws SQLException {
        List<List<FtsQuery.Word>> groups = FtsQuery.wantedGroups(userText);
        // The actors whose names hold the same words of a group need the same other words: one read for them all.
        Map<List<FtsQuery.Word>, List<String>> byRest = new LinkedHashMap<>();
        for (Actor a : named) {
            String names = ActorSearch.names(a);
            for (List<FtsQuery.Word> group : groups) {
                List<FtsQuery.Word> rest = group.stream().filter(w -> !w.heldBy().test(names)).toList();
                if (rest.size() < group.size()) {
                    byRest.computeIfAbsent(rest, r -> new ArrayList<>()).add(a.id());
                }
            }
        }
        Set<String> found = new HashSet<>();
        for (Map.Entry<List<FtsQuery.Word>, List<String>> e : byRest.entrySet()) {
            Set<String> theirs = eventsOfActors(e.getValue());
            for (FtsQuery.Word w : e.getKey()) {
                theirs.retainAll(eventsWith(w));
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

    private Set<String> eventsWith(FtsQuery.Word w) throws SQLException {
        Set<String> known = wordEvents.get(w.query());
        if (known == null) {
            known = eventsMatching(w.query());
            known.addAll(eventsAtPlacesNamed(w));
            wordEvents.put(w.query(), known);
        }
        return known;
    }

    private Set<String> eventsOfActors(List<String> actorIds) throws SQLException {
        return ids("event_ids_of_actors", ActorEvents.jsonArray(actorIds));
    }

    /** The events at a place whose name holds {@code w}, or at one within it, or that refer to one. */
    private Set<String> eventsAtPlacesNamed(FtsQuery.Word w) throws SQLException {
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
        return ids("event_ids_at_places", ActorEvents.jsonArray(named));
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
