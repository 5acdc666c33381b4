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
            int c = EventRows.readingKey(a.kind().label()).compareTo(EventRows.readingKey(b.kind().label()));
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
            int c = EventRows.readingKey(a.track().label()).compareTo(EventRows.readingKey(b.track().label()));
            assertEquals(true, c > 0 || (c == 0 && story.indexOf(a) > story.indexOf(b)),
                    "lanes Z to A, then the story backwards: " + a.id() + " before " + b.id());
        }
    }

    @Test
    void textsSortAsAReaderOrdersWordsNotByCharacterCode() {
        Event lower = withTitle(story.get(0), "allies meet");
        Event upper = withTitle(story.get(1), "Baltic states ask");
        EventRows rows = EventRows.sorted(List.of(upper, lower), List.of(new EventRows.Key(Event::title, false)));
        // By character code every capital comes first: "Baltic" before "allies".
        assertEquals(List.of(lower, upper), rows.events());
        Event accented = withTitle(story.get(2), "Élysée talks");
        Event zeta = withTitle(story.get(3), "Zapad exercise");
        rows = EventRows.sorted(List.of(zeta, accented, upper, lower), List.of(new EventRows.Key(Event::title, false)));
        // By character code "É" comes after "z".
        assertEquals(List.of(lower, upper, accented, zeta), rows.events());
    }

    @Test
    void numbersInATextSortByTheirValue() {
        Event big = withTitle(story.get(0), "report 20633");
        Event small = withTitle(story.get(1), "report 2155");
        Event padded = withTitle(story.get(2), "report 0300");
        Event word = withTitle(story.get(3), "report about talks");
        Event bare = withTitle(story.get(4), "report");
        EventRows rows = EventRows.sorted(List.of(big, word, small, bare, padded),
                List.of(new EventRows.Key(Event::title, false)));
        // By character code "20633" comes before "2155", and "0300" first of all.
        assertEquals(List.of(bare, padded, small, big, word), rows.events());
        Event nine = withTitle(story.get(5), "9 January");
        Event ten = withTitle(story.get(6), "10 January");
        Event twelve = withTitle(story.get(7), "12 January, Brussels");
        rows = EventRows.sorted(List.of(twelve, nine, ten), List.of(new EventRows.Key(Event::title, false)));
        assertEquals(List.of(nine, ten, twelve), rows.events());
    }

    private static Event withTitle(Event e, String title) {
        return new Event(e.id(), title, e.summary(), e.time(), e.order(), e.place(), e.refers(), e.kind(), e.cameo(),
                e.track(), e.actors(), e.evidence(), e.inferred(), e.note(), e.modality());
    }
}
