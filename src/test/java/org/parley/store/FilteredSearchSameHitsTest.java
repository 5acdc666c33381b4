package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * A search made while filters hide events lists the same hits, in the same order, as the straightforward way: every
 * hit of the unfiltered search in its order, keeping the best {@code limit} of all and the best {@code limit} of the
 * events shown. It looks each match's event up rather than reading it from the index (decision 0149): ranked and
 * unranked, with NOT, under filters that keep many events, few, or the last few.
 */
class FilteredSearchSameHitsTest {

    private static final int EVENTS = 10_000;

    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static Dataset data;

    @BeforeAll
    static void importGeneratedEvents() {
        data = SyntheticDataAccess.dataset(EVENTS);
        store = ParleyStore.open(dir.resolve("filtered.db"));
        store.importDataset(data, "h", Origin.USER);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void eachFilterAndQueryListsWhatTheStraightforwardWayLists() {
        String name = data.actors().get(7).name().split(" ")[0];
        String surname = data.actors().get(3).name().split(" ")[1];
        List<String> queries = List.of("report", "pipeline", name, "pipeline NOT " + surname,
                "report NOT " + surname, "\"" + data.actors().get(5).name().split(" ")[0] + " " + surname + "\"");
        assertFalse(store.searchRanks("report"), "fixture: a word in every title is listed unranked");
        assertTrue(store.searchRanks("pipeline"), "fixture: a rarer word is ranked");
        List<Event> events = data.events();
        List<Predicate<String>> filters = List.of(
                shown(IntStream.range(0, EVENTS).filter(i -> i % 7 == 0).mapToObj(events::get)),
                shown(IntStream.range(0, EVENTS).filter(i -> i % 2 == 1).mapToObj(events::get)),
                shown(IntStream.range(0, EVENTS).filter(i -> i % 1_000 == 0).mapToObj(events::get)),
                shown(events.subList(EVENTS - 10, EVENTS).stream()));
        for (String q : queries) {
            List<SearchHit> all = store.search(q, Integer.MAX_VALUE);
            assertFalse(all.isEmpty(), q);
            for (int f = 0; f < filters.size(); f++) {
                for (int limit : new int[] {50, 200}) {
                    assertEquals(straightforward(all, limit, filters.get(f)), store.search(q, limit, filters.get(f)),
                            q + ", filter " + f + ", limit " + limit);
                }
            }
        }
    }

    @Test
    void aSearchAfterTheDataChangedLooksUpTheNewEntries() {
        ParleyStore other = ParleyStore.open(dir.resolve("changed.db"));
        try {
            other.importDataset(SyntheticDataAccess.dataset(50), "a", Origin.USER);
            Dataset more = SyntheticDataAccess.dataset(80);
            String last = more.events().get(79).id();
            assertFalse(other.search("report", 5, last::equals).isEmpty(), "the entries of the 50 are looked up");
            other.rewriteDataset(more, "b", Origin.USER);
            List<SearchHit> after = other.search("report", 5, last::equals);
            assertEquals(straightforward(other.search("report", Integer.MAX_VALUE), 5, last::equals), after);
            assertTrue(after.stream().anyMatch(h -> h.eventId().equals(last)), "the event added is shown: " + after);
        } finally {
            other.close();
        }
    }

    @Test
    void theChosenRowsAreReadInOneWalkOfTheMatches() throws SQLException {
        // Given the rowids as an index constraint, SQLite ran the query once per rowid, and bm25 counted every match
        // of each word anew each time: 2.2 s for 400 rows of a word in every title at 100,000 events.
        for (String name : List.of("search_chosen", "search_chosen_unranked")) {
            String plan = plan(SqlResource.statement(StoredDatasetReader.SQL, name));
            // FTS5's plan: M the MATCH, < and > the range of rowids, = a rowid looked up one by one.
            Matcher index = Pattern.compile("SCAN search_index VIRTUAL TABLE INDEX \\d+:(\\S*)").matcher(plan);
            assertTrue(index.find() && index.group(1).contains("M") && !index.group(1).contains("="), name + ": " + plan);
        }
    }

    private static String plan(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement ps = store.connection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            ps.setString(1, "report");
            ps.setString(2, "[1,2,3]");
            for (int i = 3; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setLong(i, i == 3 ? 1 : 3);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("detail")).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private static Predicate<String> shown(Stream<Event> events) {
        Set<String> ids = events.map(Event::id).collect(Collectors.toUnmodifiableSet());
        return ids::contains;
    }

    /** The rule of Searcher, on every hit of the unfiltered search: what a person reads the filtered list to be. */
    private static List<SearchHit> straightforward(List<SearchHit> all, int limit, Predicate<String> shown) {
        List<SearchHit> out = new ArrayList<>();
        int shownKept = 0;
        for (int rank = 0; rank < all.size() && (rank < limit || shownKept < limit); rank++) {
            SearchHit h = all.get(rank);
            boolean isShown = h.eventId() != null && !h.eventId().isEmpty() && shown.test(h.eventId());
            if (rank < limit || isShown) {
                out.add(h);
                shownKept += isShown ? 1 : 0;
            }
        }
        return out;
    }
}
