package org.parley.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;

class EventRowsTest {

    private final Dataset week = BundledSeeds.dataset();
    private final List<Event> story = week.eventsInNarrativeOrder();

    @Test
    void withoutAColumnTheRowsAreTheStoryAndFoundByBinarySearch() {
        EventRows rows = EventRows.sorted(story, List.of());
        assertEquals(story, rows.events());
        for (int i = 0; i < story.size(); i++) {
            assertEquals(i, rows.rowOf(story.get(i)));
        }
        assertEquals(-1, EventRows.sorted(story.subList(0, 3), List.of()).rowOf(story.get(5)));
    }

    @Test
    void aColumnSortsByItsTextAndTiesKeepTheStorysOrder() {
        EventRows rows = EventRows.sorted(story, List.of(new EventRows.Key(e -> e.kind().label(), false)));
        for (int i = 1; i < rows.events().size(); i++) {
            Event a = rows.events().get(i - 1);
            Event b = rows.events().get(i);
            int c = a.kind().label().compareTo(b.kind().label());
            assertEquals(true, c < 0 || (c == 0 && story.indexOf(a) < story.indexOf(b)), a.id() + " before " + b.id());
        }
        for (int i = 0; i < rows.events().size(); i++) {
            assertEquals(i, rows.rowOf(rows.events().get(i)));
        }
    }

    @Test
    void descendingAndASecondColumnDecideInTurn() {
        EventRows rows = EventRows.sorted(story, List.of(new EventRows.Key(e -> e.track().label(), true),
                new EventRows.Key(null, true)));
        for (int i = 1; i < rows.events().size(); i++) {
            Event a = rows.events().get(i - 1);
            Event b = rows.events().get(i);
            int c = a.track().label().compareTo(b.track().label());
            assertEquals(true, c > 0 || (c == 0 && story.indexOf(a) > story.indexOf(b)),
                    "lanes Z to A, then the story backwards: " + a.id() + " before " + b.id());
        }
    }
}
