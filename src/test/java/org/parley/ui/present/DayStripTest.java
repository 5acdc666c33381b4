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

/** The days a slide's strip spans, and a title broken for it without cutting a word. */
class DayStripTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateRange WEEK = new DateRange(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 13));

    private static Event event(String id, String start, String end, Precision precision) {
        return new Event(id, id, "", TimeSpan.parse(start, end, precision, ZONE), 1, "", List.of(),
                EventKind.MEETING, "040", Track.BACKGROUND, List.of(), List.of(), false, "");
    }

    @Test
    void aStepOfTheWeekSpansTheWholeWeek() {
        Event dinner = event("dinner", "2022-01-12", null, Precision.DAY);
        List<LocalDate> days = new DayStrip(List.of(dinner), Optional.of(WEEK)).period(dinner).orElseThrow();
        assertEquals(WEEK.first(), days.get(0));
        assertEquals(WEEK.last(), days.get(days.size() - 1));
        assertEquals(5, days.size());
    }

    @Test
    void aMonthThatIsTheWeeksBackdropIsShownOnTheWeek() {
        Event buildup = event("buildup", "2022-01", null, Precision.MONTH);
        assertEquals(5, new DayStrip(List.of(buildup), Optional.of(WEEK)).period(buildup).orElseThrow().size());
    }

    @Test
    void outsideTheFocusAWeekAroundTheEventAndNothingForAYearLongOne() {
        Event later = event("later", "2022-02-20", null, Precision.DAY);
        Event year = event("year", "2019", null, Precision.YEAR);
        DayStrip strip = new DayStrip(List.of(later, year), Optional.of(WEEK));
        List<LocalDate> days = strip.period(later).orElseThrow();
        assertEquals(7, days.size());
        assertEquals(LocalDate.of(2022, 2, 20), days.get(3), "the event in the middle of its week");
        assertTrue(strip.period(year).isEmpty(), "no run of days shows a year");
    }

    @Test
    void aLongFocusShowsAWeekOfItAroundTheEvent() {
        DateRange quarter = new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31));
        Event first = event("first", "2022-01-02", null, Precision.DAY);
        List<LocalDate> days = new DayStrip(List.of(first), Optional.of(quarter)).period(first).orElseThrow();
        assertEquals(7, days.size());
        assertEquals(quarter.first(), days.get(0), "kept inside the focus");
        assertTrue(days.contains(first.time().startDate()));
    }

    @Test
    void aLongTitleBreaksBetweenWordsAndATooLongOneEndsAfterAWholeWord() {
        RecordingPainter p = new RecordingPainter();
        String title = "Sherman: Nord Stream 2 unlikely to operate if Russia renews aggression";
        List<String> two = DayStrip.titleLines(p, title, 40 * RecordingPainter.CHAR_WIDTH);
        assertEquals(2, two.size());
        assertEquals(title, String.join(" ", two));
        List<String> cut = DayStrip.titleLines(p, title, 20 * RecordingPainter.CHAR_WIDTH);
        assertEquals(2, cut.size());
        assertTrue(cut.get(1).endsWith(" \u2026"), cut.toString());
        String kept = String.join(" ", cut).replace(" \u2026", "");
        assertTrue(title.startsWith(kept) && title.charAt(kept.length()) == ' ', "cut between words: " + cut);
    }

    @Test
    void aDayWithMoreEventsThanFitSaysHowManyItLeavesOutButNeverTheStepsOwn() {
        List<Event> busy = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            busy.add(event("e" + i, "2022-01-12", null, Precision.DAY));
        }
        Event last = busy.get(busy.size() - 1);
        DayStrip strip = new DayStrip(busy, Optional.of(WEEK));
        RecordingPainter p = new RecordingPainter();
        strip.paint(p, last, strip.period(last).orElseThrow(), 600, 60, Theme.LIGHT);
        List<String> hidden = strip.lastTexts().stream().filter(t -> t.role() == DayStrip.Role.HIDDEN_COUNT)
                .map(DayStrip.Text::text).toList();
        assertEquals(1, hidden.size(), strip.lastTexts().toString());
        int left = Integer.parseInt(hidden.get(0).substring(1));
        long blocks = p.named("fillRect").stream().filter(o -> o.colour().equals(Theme.LIGHT.kind(last.kind()))
                || o.colour().equals(Theme.LIGHT.kind(last.kind()).withAlpha(0.35))).count();
        assertEquals(60, blocks + left, "every event is a block or counted");
        assertEquals(1, p.named("strokeRect").stream().filter(o -> o.colour().equals(Theme.LIGHT.selection())).count(),
                "the step's own event, last of the day, is still drawn and ringed");
    }

    @Test
    void everyDayIsNamedAndTheStepTitled() {
        Event talks = event("talks", "2022-01-10", null, Precision.DAY);
        DayStrip strip = new DayStrip(List.of(talks), Optional.of(WEEK));
        RecordingPainter p = new RecordingPainter();
        strip.paint(p, talks, strip.period(talks).orElseThrow(), 600, 87, Theme.LIGHT);
        List<String> days = strip.lastTexts().stream().filter(t -> t.role() == DayStrip.Role.DAY)
                .map(DayStrip.Text::text).toList();
        assertEquals(List.of("Sun 9 Jan", "Mon 10 Jan", "Tue 11 Jan", "Wed 12 Jan", "Thu 13 Jan"), days);
        assertTrue(p.texts().contains("talks"), p.texts().toString());
    }

    /**
     * A step over several days: the title's line drops from the ringed block, not from the middle of the days' bar.
     * From the middle of 9–11 January it had passed Monday's blocks and read as pointing at Monday.
     */
    @Test
    void theTitlesLineDropsFromTheRingedBlockOfAStepOverSeveralDays() {
        Event wait = event("wait", "2022-01-09", "2022-01-11", Precision.DAY);
        Event monday = event("monday", "2022-01-10", null, Precision.DAY);
        DayStrip strip = new DayStrip(List.of(wait, monday), Optional.of(WEEK));
        RecordingPainter p = new RecordingPainter();
        strip.paint(p, wait, strip.period(wait).orElseThrow(), 600, 87, Theme.LIGHT);
        RecordingPainter.Op ring = p.named("strokeRect").stream().filter(o -> o.colour().equals(Theme.LIGHT.selection()))
                .findFirst().orElseThrow();
        RecordingPainter.Op line = p.named("line").stream().filter(o -> o.colour().equals(Theme.LIGHT.selection()))
                .findFirst().orElseThrow();
        assertEquals(ring.x() + ring.w() / 2, line.x(), 1.0, "the line is under the ringed block");
    }
}
