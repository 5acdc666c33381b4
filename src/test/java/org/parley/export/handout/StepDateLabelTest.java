package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Precision;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

/** A context step's date line: the span of its events, each day said once. */
class StepDateLabelTest {

    private static Event at(String id, String start, Precision precision) {
        return new Event(id, id, "", TimeSpan.parse(start, null, precision, ZoneId.of("UTC")), 0, "", List.of(),
                EventKind.STATEMENT, "010", Track.BACKGROUND, List.of(), List.of(new Evidence("s", "x", new Span(0, 1))),
                false, "");
    }

    private static Step context(Event... events) {
        return new Step(1, 1, events[0], "", "", "", List.of(events), "How we got here");
    }

    @Test
    void aDayThenATimeOnThatDayIsThatDay() {
        Step step = context(at("a", "2017-10-07", Precision.DAY), at("b", "2017-10-07T23:55", Precision.MINUTE));
        assertEquals("Sat 7 Oct 2017", step.dateLabel(), "not \"Sat 7 Oct 2017 – Sat 7 Oct 2017, 23:55 UTC\"");
    }

    @Test
    void twoDaysAreARange() {
        Step step = context(at("a", "2017-10-06", Precision.DAY), at("b", "2017-10-07T23:55", Precision.MINUTE));
        assertEquals("Fri 6 Oct 2017 \u2013 Sat 7 Oct 2017, 23:55 UTC", step.dateLabel());
    }
}
