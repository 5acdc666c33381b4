package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.Track;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

/** The strip of weeks under "What comes next": the height it asks for, and what it says when that is not given. */
class WeeksStripTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateRange WEEK = new DateRange(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 13));
    private static final double WIDTH = 555;

    private static Event event(String id, String title) {
        return new Event(id, title, "", TimeSpan.parse("2022-01", null, Precision.MONTH, ZONE), 1, "", List.of(),
                EventKind.MEETING, "040", Track.BACKGROUND, List.of(), List.of(), false, "");
    }

    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event("e" + i, "Talks to go on in the weeks after this one, number " + i));
        }
        return out;
    }

    private static List<DayStrip.Text> painted(List<Event> events, double height) {
        WeeksStrip strip = new WeeksStrip(Optional.of(WEEK));
        strip.paint(new RecordingPainter(), events, WIDTH, height, Theme.LIGHT);
        return strip.lastTexts();
    }

    @Test
    void theHeightItAsksForShowsEveryEventWhole() {
        List<Event> events = events(4);
        double height = WeeksStrip.heightShowingAll(new RecordingPainter(), events, WIDTH, 1000);
        List<DayStrip.Text> texts = painted(events, height);
        assertEquals(4, texts.stream().filter(t -> t.role() == DayStrip.Role.TITLE).count(), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.role() == DayStrip.Role.MORE), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.role() == DayStrip.Role.TALKS && t.text().equals("9–13 Jan")));
    }

    @Test
    void aStripTooLowForAllCountsThoseLeftOutWithinIt() {
        List<Event> events = events(6);
        double height = WeeksStrip.heightShowingAll(new RecordingPainter(), events.subList(0, 3), WIDTH, 1000);
        List<DayStrip.Text> texts = painted(events, height);
        List<DayStrip.Text> more = texts.stream().filter(t -> t.role() == DayStrip.Role.MORE).toList();
        long titles = texts.stream().filter(t -> t.role() == DayStrip.Role.TITLE).count();
        assertEquals(1, more.size(), texts.toString());
        assertEquals("+" + (6 - titles) + " more", more.get(0).text());
        assertTrue(texts.stream().allMatch(t -> t.baseline() <= height), texts.toString());
    }

    @Test
    void itStopsMeasuringPastTheMostASlideGives() {
        double most = 100;
        double asked = WeeksStrip.heightShowingAll(new RecordingPainter(), events(1000), WIDTH, most);
        assertTrue(asked < most + 60, "measured on past " + most + ": " + asked);
    }
}
