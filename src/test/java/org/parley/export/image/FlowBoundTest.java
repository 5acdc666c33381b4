package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

/**
 * A period of tens of thousands of events (a decade of 100,000 on the dashboard of everything) is laid
 * in work that stops growing once its lines are full: every title had been tried and measured, four
 * times a row, and the dashboard's preview and export spent 40 s of the one compute thread on it
 * (and 1.6 GB of short-lived garbage, which an unbounded heap kept as resident memory).
 */
class FlowBoundTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final double WIDTH = 1500;
    private static final double TYPE = 20;
    private static final int LINES = 3;

    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Long titles and a short one now and then: after the lines fill, a short one could still fit.
            String title = i % 97 == 0 ? "Talks " + i : "Ministers meet again to talk about the pipeline, report " + i;
            out.add(new Event("e" + i, title, "", TimeSpan.parse("2012-05", null, Precision.MONTH, ZONE), i, "",
                    List.of(), EventKind.MEETING, "040", Track.BACKGROUND, List.of(), List.of(), false, ""));
        }
        return out;
    }

    /** Width of a text at 10 px a character, counting each measurement. */
    private static ToDoubleFunction<String> counting(AtomicLong calls) {
        return s -> {
            calls.incrementAndGet();
            return s.length() * TYPE / 2;
        };
    }

    private static long measurementsToLay(List<Event> events) {
        AtomicLong calls = new AtomicLong();
        ToDoubleFunction<String> measure = counting(calls);
        Flow flow = Flow.of(events, WIDTH, TYPE, measure, Map.of(), LINES);
        flow.lay(LINES, measure);
        return calls.get();
    }

    @Test
    void aPeriodOfFiftyThousandEventsIsLaidWithoutMeasuringEveryTitle() {
        long fiveThousand = measurementsToLay(events(5_000));
        long fiftyThousand = measurementsToLay(events(50_000));
        assertTrue(fiftyThousand < 50_000, "50,000 events took " + fiftyThousand + " measurements");
        assertTrue(fiftyThousand <= 2 * fiveThousand,
                "ten times the events took " + fiftyThousand + " measurements, against " + fiveThousand);
    }

    @Test
    void everyEventIsStillTitledOrCounted() {
        List<Event> events = events(50_000);
        AtomicLong calls = new AtomicLong();
        Flow.Laid laid = Flow.of(events, WIDTH, TYPE, counting(calls), Map.of(), LINES).lay(LINES, counting(calls));
        String more = laid.pieces().stream().map(Flow.Piece::text).filter(t -> t != null && t.startsWith("+ "))
                .findFirst().orElseThrow();
        int counted = Integer.parseInt(more.replaceAll("[^0-9]", ""));
        assertTrue(laid.titled() > 0, "no title written out");
        assertEquals(events.size(), laid.titled() + counted, more);
    }
}
