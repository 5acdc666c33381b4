package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every event's rank in time order and each actor's events by those ranks, read once and kept while the database
 * is unchanged. A search naming a first name shared by 50 people, or a surname by 107, reads their 10,000 or 55,000
 * events: asked of SQLite each time, their ids and their time order took 0.1-0.5 s at 100,000 events; kept here they
 * are an array merge, and only the events a list shows are read (decision 0158).
 */
final class ActorEventsInTimeOrder {

    private final DatabaseVersion version;
    /** The events' ids in time order: start, then the day's order, then the dataset's ("events_chosen_taking_part"). */
    private final String[] eventAt;
    /** The ranks in time order of the events each actor takes part in or is quoted at, ascending, each once. */
    private final Map<String, int[]> ofActor;

    private ActorEventsInTimeOrder(DatabaseVersion version, String[] eventAt, Map<String, int[]> ofActor) {
        this.version = version;
        this.eventAt = eventAt;
        this.ofActor = ofActor;
    }

    /** {@code kept} when the database is as it was when it was read, else read afresh. */
    static ActorEventsInTimeOrder current(Connection connection, ActorEventsInTimeOrder kept) throws SQLException {
        DatabaseVersion now = DatabaseVersion.of(connection);
        return kept != null && kept.version.equals(now) ? kept : read(connection, now);
    }

    /** The ranks in time order of the events any of {@code actorIds} takes part in, ascending, each once. */
    int[] of(Collection<String> actorIds) {
        int n = 0;
        for (String a : actorIds) {
            n += ofActor.getOrDefault(a, NONE).length;
        }
        int[] all = new int[n];
        int at = 0;
        for (String a : actorIds) {
            int[] its = ofActor.getOrDefault(a, NONE);
            System.arraycopy(its, 0, all, at, its.length);
            at += its.length;
        }
        return ascendingOnce(all, n);
    }

    /** The id of the event at {@code rank} in time order. */
    String eventAt(int rank) {
        return eventAt[rank];
    }

    private static final int[] NONE = new int[0];

    /** The first {@code n} of {@code ranks}, sorted, each once. */
    private static int[] ascendingOnce(int[] ranks, int n) {
        Arrays.sort(ranks, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || ranks[kept - 1] != ranks[i]) {
                ranks[kept++] = ranks[i];
            }
        }
        return kept == ranks.length ? ranks : Arrays.copyOf(ranks, kept);
    }

    private static ActorEventsInTimeOrder read(Connection connection, DatabaseVersion version) throws SQLException {
        Map<String, Integer> rankOf = new HashMap<>();
        String[] eventAt;
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "event_ids_in_time_order"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rankOf.put(rs.getString(1), rankOf.size());
            }
        }
        eventAt = new String[rankOf.size()];
        rankOf.forEach((id, rank) -> eventAt[rank] = id);
        Map<String, int[]> grown = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                SqlResource.statement(StoredDatasetReader.SQL, "actor_events"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer rank = rankOf.get(rs.getString(2));
                String actor = rs.getString(1);
                if (rank == null || actor == null) {
                    continue;    // a quote at no event, or said by no one known
                }
                int n = counts.merge(actor, 1, Integer::sum);
                int[] its = grown.get(actor);
                if (its == null || its.length < n) {
                    // Doubled as it fills: 55,000 events of one name's 107 people are read in one pass.
                    its = its == null ? new int[8] : Arrays.copyOf(its, its.length * 2);
                    grown.put(actor, its);
                }
                its[n - 1] = rank;
            }
        }
        Map<String, int[]> ofActor = new HashMap<>();
        grown.forEach((actor, ranks) -> ofActor.put(actor, ascendingOnce(ranks, counts.get(actor))));
        return new ActorEventsInTimeOrder(version, eventAt, ofActor);
    }
}
