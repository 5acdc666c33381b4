package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.layout.TestEvents.GENEVA;
import static org.parley.layout.TestEvents.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.Track;

/** Paper's day columns: a busy day takes the width its cards need, a day with none keeps a narrow named column. */
class DayColumnsTest {

    private static final LocalDate SUN = LocalDate.of(2022, 1, 9);
    private static final LocalDate THU = LocalDate.of(2022, 1, 13);
    /** What an A4 landscape sheet gives the days (decision 0094): 1,081 px less the gutter and padding. */
    private static final double USABLE = 865;

    /** The talks' shape: a card on Sunday, Monday and Thursday, none on Tuesday, twenty-eight on Wednesday. */
    private static List<Event> lopsidedWeek() {
        List<Event> events = new ArrayList<>();
        events.add(event("sun", "2022-01-09", Precision.DAY, Track.GENEVA_TALKS, 1));
        events.add(event("mon", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 1));
        for (int i = 0; i < 28; i++) {
            events.add(event("wed" + i, "2022-01-12", Precision.DAY, Track.NATO_RUSSIA_COUNCIL, i + 1));
        }
        events.add(event("thu", "2022-01-13", Precision.DAY, Track.OSCE_VIENNA, 1));
        events.add(event("bg", "2021-11", Precision.MONTH, Track.BACKGROUND, 1));
        return events;
    }

    @Test
    void aBusyDayTakesSeveralColumnsAndAnEmptyDayANarrowOne() {
        DayColumns columns = DayColumns.plan(lopsidedWeek(), GENEVA, SUN, THU, USABLE, w -> 80).orElseThrow();
        assertEquals(5, columns.days());
        assertEquals(1, columns.subColumns(0), "Sunday");
        assertEquals(0, columns.subColumns(2), "Tuesday has no card");
        assertTrue(columns.subColumns(3) >= 3, "Wednesday's 28 cards side by side: " + columns.subColumns(3));
        assertTrue(columns.columnWidth() >= RowGeometry.MIN_CARD_DAY_WIDTH, "wide enough for cards");
        // Every pixel is given out: the days with cards in columns, the empty day its narrow one.
        int total = 0;
        for (int d = 0; d < columns.days(); d++) {
            total += columns.subColumns(d);
        }
        assertEquals(USABLE, total * columns.columnWidth() + DayColumns.EMPTY_DAY_WIDTH, 1e-6);
    }

    @Test
    void columnsTooNarrowForWholeTitlesAreNotChosen() {
        // Rows cost nothing until a column narrower than 200 px would cut a title.
        DayColumns columns = DayColumns.plan(lopsidedWeek(), GENEVA, SUN, THU, USABLE,
                w -> w < 200 ? Double.POSITIVE_INFINITY : 80).orElseThrow();
        assertTrue(columns.columnWidth() >= 200, "column " + columns.columnWidth());
    }

    @Test
    void aDaysCardsFlowInTheirOrderLeftToRightThenDownAndStayInTheirDay() {
        List<Event> events = lopsidedWeek();
        DayColumns columns = DayColumns.plan(events, GENEVA, SUN, THU, USABLE, w -> 80).orElseThrow();
        TimelineLayout layout = TimelineLayout.inColumns(events, GENEVA, RowGeometry.DEFAULT.withCardLines(4),
                columns);
        TimeScale scale = TimeScale.fit(columns.toColumns(SUN.atStartOfDay(GENEVA).toInstant()),
                columns.toColumns(THU.plusDays(1).atStartOfDay(GENEVA).toInstant()), USABLE + 32, 16);
        Map<String, ItemBox> boxes = layout.visible(scale).stream()
                .collect(Collectors.toMap(ItemBox::eventId, b -> b));
        double wedFrom = scale.xOf(columns.toColumns(Instant.parse("2022-01-11T23:00:00Z")));
        double wedTo = scale.xOf(columns.toColumns(Instant.parse("2022-01-12T23:00:00Z")));
        int k = columns.subColumns(3);
        for (int i = 0; i < 28; i++) {
            ItemBox b = boxes.get("wed" + i);
            assertTrue(b.x0() >= wedFrom - 1e-6 && b.x1() <= wedTo + 1e-6, "wed" + i + " within Wednesday: " + b);
            assertEquals(columns.columnWidth(), b.width(), 1e-3);
            assertEquals(i % k, (int) Math.round((b.x0() - wedFrom) / columns.columnWidth()), "column of wed" + i);
            assertEquals(i / k, b.row(), "row of wed" + i);
        }
        List<ItemBox> all = new ArrayList<>(boxes.values());
        all.sort(Comparator.comparing(ItemBox::eventId));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " overlaps " + all.get(j));
            }
        }
        // The axis names the real days, each at the start of its columns.
        List<String> days = columns.ticks(scale).major().stream().map(Tick::label).toList();
        assertEquals(List.of("Sun 9", "Mon 10", "Tue 11", "Wed 12", "Thu 13"), days.subList(0, 5));
        assertEquals(wedFrom, columns.ticks(scale).major().get(3).x(), 1e-6);
    }

    @Test
    void aDayOfTimedEventsIsCardsInTheOrderOfTheClockWithTheirTimes() {
        // Twelve statements 17 minutes apart from 09:00, curated in the reverse order: on the even
        // axis they were points whose labels crowded into "+4".
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int minutes = 9 * 60 + 17 * i;
            events.add(event("t" + i, String.format("2022-01-12T%02d:%02d", minutes / 60, minutes % 60),
                    Precision.MINUTE, Track.NATO_RUSSIA_COUNCIL, 12 - i));
        }
        LocalDate wed = LocalDate.of(2022, 1, 12);
        DayColumns columns = DayColumns.plan(events, GENEVA, wed, wed, USABLE, w -> 80).orElseThrow();
        int k = columns.subColumns(0);
        assertTrue(k >= 2, "the day's cards side by side: " + k);
        TimelineLayout layout = TimelineLayout.inColumns(events, GENEVA, RowGeometry.DEFAULT.withCardLines(3), columns);
        TimeScale scale = TimeScale.fit(columns.toColumns(wed.atStartOfDay(GENEVA).toInstant()),
                columns.toColumns(wed.plusDays(1).atStartOfDay(GENEVA).toInstant()), USABLE + 32, 16);
        Map<String, ItemBox> boxes = layout.visible(scale).stream()
                .collect(Collectors.toMap(ItemBox::eventId, b -> b));
        double wedFrom = scale.xOf(columns.toColumns(wed.atStartOfDay(GENEVA).toInstant()));
        for (int i = 0; i < 12; i++) {
            ItemBox b = boxes.get("t" + i);
            assertTrue(b.isDay(), "t" + i + " is a card, not a point: " + b);
            assertEquals(columns.columnWidth(), b.width(), 1e-3);
            assertEquals(i % k, (int) Math.round((b.x0() - wedFrom) / columns.columnWidth()), "column of t" + i);
            assertEquals(i / k, b.row(), "row of t" + i);
        }
        assertEquals("09:00", columns.clock(events.get(0)));
        assertEquals("09:17", columns.clock(events.get(1)));
        assertEquals(null, columns.clock(event("d", "2022-01-12", Precision.DAY, Track.NATO_RUSSIA_COUNCIL, 1)),
                "a card known to the day prints no time");
    }

    @Test
    void aTimedEventOverMidnightIsACardOnTheDayItBeganSayingWhenItEnded() {
        // It had been a bar stretched across Wednesday's and Thursday's columns of cards, its time nowhere.
        Event late = event("late", "2022-01-12T23:00", "2022-01-13T01:00", Precision.MINUTE,
                Track.NATO_RUSSIA_COUNCIL, 1, GENEVA, "", List.of());
        LocalDate wed = LocalDate.of(2022, 1, 12);
        assertEquals(wed, DayColumns.cardDay(late, GENEVA));
        assertEquals("23:00–01:00 (Thu 13)", DayColumns.clock(late, GENEVA));
        Event early = event("early", "2022-01-12T09:30", Precision.MINUTE, Track.NATO_RUSSIA_COUNCIL, 2);
        assertEquals(wed, DayColumns.cardDay(early, GENEVA));
        assertEquals("09:30", DayColumns.clock(early, GENEVA));
        DayColumns columns = DayColumns.plan(List.of(early, late), GENEVA, wed, wed.plusDays(1), USABLE, w -> 80)
                .orElseThrow();
        assertTrue(columns.isCard(late), "a card in Wednesday's columns");
        assertEquals(0, columns.subColumns(1), "Thursday holds no card of it");
        // Running on past the next midnight it is a stretch of days, drawn as one.
        Event days = event("days", "2022-01-12T23:00", "2022-01-14T01:00", Precision.MINUTE,
                Track.NATO_RUSSIA_COUNCIL, 1, GENEVA, "", List.of());
        assertEquals(null, DayColumns.cardDay(days, GENEVA));
    }

    @Test
    void aMonthKeepsItsEvenAxis() {
        // Thirty-one days cannot each have even a narrow column on a sheet.
        assertTrue(DayColumns.plan(lopsidedWeek(), GENEVA, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31),
                USABLE, w -> 80).isEmpty());
    }

    @Test
    void daysWithNoCardKeepTheirEvenAxis() {
        List<Event> background = List.of(event("bg", "2021-11", Precision.MONTH, Track.BACKGROUND, 1));
        assertTrue(DayColumns.plan(background, GENEVA, SUN, THU, USABLE, w -> 80).isEmpty());
    }

    /**
     * Days whose only events run over several days (the Russian officials' wait of 9–11 January, all a filter kept
     * of the week's statements on the 9th) have no card to give a further column: the web page and the timeline PDF
     * of them had stopped with "unexpected error: ArrayIndexOutOfBoundsException".
     */
    @Test
    void daysHeldOnlyByEventsOverSeveralDaysArePlannedWithoutCards() {
        List<Event> wait = List.of(TestEvents.event("wait", "2022-01-09", "2022-01-11", Precision.DAY,
                Track.GENEVA_TALKS, 1, GENEVA, "", List.of()));
        DayColumns columns = DayColumns.plan(wait, GENEVA, SUN, THU, USABLE, w -> 80).orElseThrow();
        assertEquals(1, columns.subColumns(0), "the wait's first day keeps one column");
    }

    @Test
    void columnTimeRunsOnAcrossTheDaysAndOutsideThem() {
        DayColumns columns = DayColumns.plan(lopsidedWeek(), GENEVA, SUN, THU, USABLE, w -> 80).orElseThrow();
        long before = Instant.parse("2022-01-01T00:00:00Z").toEpochMilli();
        long last = Long.MIN_VALUE;
        for (long t = before; t < before + 20L * 86_400_000; t += 3_600_000) {
            long c = columns.toColumns(t);
            assertTrue(c >= last, "column time never runs back");
            last = c;
        }
        assertEquals(before, columns.toColumns(before), "before the days, time is as it is");
    }
}
