package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

/**
 * The import budget from DESIGN.md (100,000 events, 1,000 actors, 500 places in ≤ 3 s). A
 * benchmark, not part of the normal run: {@code ./mvnw test -Dtest=ImportBenchmarkTest -Dparley.bench=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class ImportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void importsAHundredThousandEventsWithinBudget() {
        Dataset big = synthetic(100_000, 1_000, 500);
        try (ParleyStore store = ParleyStore.open(dir.resolve("big.db"))) {
            long start = System.nanoTime();
            store.importDataset(big, "big", Origin.USER);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(3)) <= 0, "import took " + took);
            assertEquals(100_000, store.stats().count("events"));
            assertEquals(big, store.loadDataset());
        }
    }

    private static Dataset synthetic(int events, int actors, int places) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("Paragraph ").append(i).append(" says diplomats met and talked again.\n\n");
        }
        Source source = new Source("s", "Synthetic", "Generated", LocalDate.of(2022, 1, 1), "", "en", "s.txt",
                text.toString());
        List<Actor> actorList = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            actorList.add(new Actor("a" + i, "Actor " + i, List.of("A. " + i), ActorKind.PERSON, ActorGroup.OTHER,
                    "", "", ""));
        }
        List<Place> placeList = new ArrayList<>();
        for (int i = 0; i < places; i++) {
            placeList.add(new Place("p" + i, "Place " + i, i % 90, i % 180, PlaceKind.CITY, "", ""));
        }
        List<Event> eventList = new ArrayList<>();
        LocalDate day = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < events; i++) {
            eventList.add(new Event("e" + i, "Event number " + i + " at a meeting", "Delegates talked about item " + i,
                    TimeSpan.parse(day.plusDays(i % 40_000).toString(), "", Precision.DAY, ZoneId.of("UTC")), i % 5,
                    "p" + (i % places), List.of("p" + ((i + 1) % places)), EventKind.MEETING, "043",
                    Track.BACKGROUND, List.of(new Participant("a" + (i % actors), "")),
                    List.of(new Evidence("s", "Paragraph", new Span(0, 9))), false, ""));
        }
        return new Dataset("Synthetic", "", List.of(source), actorList, placeList, eventList, List.of(), List.of());
    }
}
