package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.layout.TestEvents.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Modality;
import org.parley.model.Precision;
import org.parley.model.Track;
import org.parley.seed.BundledSeeds;

class TimelineLayoutTest {

    private static final ZoneId GENEVA = TestEvents.GENEVA;

    private static TimeScale week(double width) {
        return TimeScale.fit(Instant.parse("2022-01-09T00:00:00Z"), Instant.parse("2022-01-15T00:00:00Z"), width, 0);
    }

    private static List<TimeScale> zooms() {
        List<TimeScale> out = new ArrayList<>();
        TimeScale s = TimeScale.fit(Instant.parse("2022-01-12T10:00:00Z"), Instant.parse("2022-01-12T11:00:00Z"),
                1920, 0);
        for (int i = 0; i < 14; i++) {
            out.add(s);
            out.add(s.panBy(700));
            s = s.zoomAbout(960, 0.3);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(LaneMode.class)
    void noTwoItemsInALaneOverlap(LaneMode mode) {
        for (long seed = 1; seed <= 5; seed++) {
            TimelineLayout layout = TimelineLayout.of(TestEvents.random(seed, 300), mode, null);
            for (TimeScale s : List.of(week(1920), zooms().get(27))) {
                for (List<ItemBox> lane : layout.all(s).stream()
                        .collect(Collectors.groupingBy(ItemBox::lane)).values()) {
                    for (int i = 0; i < lane.size(); i++) {
                        for (int j = i + 1; j < lane.size(); j++) {
                            assertFalse(lane.get(i).intersects(lane.get(j)), lane.get(i) + " overlaps " + lane.get(j));
                        }
                    }
                }
            }
        }
    }

    @Test
    void dayItemsFillTheirDayColumnAndStackInOrder() {
        List<Event> events = List.of(
                event("c", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 3),
                event("a", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 1),
                event("b", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 2),
                event("d", "2022-01-11", Precision.DAY, Track.GENEVA_TALKS, 1));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, null);
        TimeScale s = week(1600);
        double dayStart = s.xOf(LocalDate.of(2022, 1, 10).atStartOfDay(GENEVA).toInstant());
        double dayEnd = s.xOf(LocalDate.of(2022, 1, 11).atStartOfDay(GENEVA).toInstant());
        List<ItemBox> boxes = layout.visible(s);
        for (String id : List.of("a", "b", "c")) {
            ItemBox b = only(boxes, id);
            assertEquals(dayStart, b.x0(), 1e-9);
            assertEquals(dayEnd, b.x1(), 1e-9);
            assertFalse(b.soft());
            assertFalse(b.point());
        }
        assertEquals(0, only(boxes, "a").row());
        assertEquals(1, only(boxes, "b").row());
        assertEquals(2, only(boxes, "c").row());
        assertEquals(0, only(boxes, "d").row());
        assertTrue(only(boxes, "a").y1() <= only(boxes, "b").y0());
        assertEquals(3, layout.lanes().get(0).rows());
    }

    @Test
    void inUtcADayItemFillsTheUtcColumnOfTheSameDate() {
        List<Event> events = List.of(event("a", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 1));
        TimeScale s = week(1600);
        ItemBox utc = TimelineLayout.of(events, LaneMode.TRACK, ZoneOffset.UTC).visible(s).get(0);
        assertEquals(s.xOf(Instant.parse("2022-01-10T00:00:00Z")), utc.x0(), 1e-9);
        assertEquals(s.xOf(Instant.parse("2022-01-11T00:00:00Z")), utc.x1(), 1e-9);
    }

    @Test
    void hoursAreRealInstantsInAnyDisplayZone() {
        List<Event> events = List.of(event("a", "2022-01-10T14", Precision.HOUR, Track.GENEVA_TALKS, 1));
        TimeScale s = week(1600);
        for (ZoneId zone : new ZoneId[] {null, ZoneOffset.UTC}) {
            ItemBox b = TimelineLayout.of(events, LaneMode.TRACK, zone).visible(s).get(0);
            assertEquals(s.xOf(Instant.parse("2022-01-10T13:00:00Z")), b.x0(), 1e-9);
            assertTrue(b.point());
        }
    }

    @Test
    void imprecisePeriodsAreSoftAndKeepToRowsBelowTheDays() {
        List<Event> events = List.of(
                event("fall", "2021-09", null, Precision.SEASON, Track.BACKGROUND, 0, GENEVA, "", List.of()),
                event("nineties", "1990", null, Precision.DECADE, Track.BACKGROUND, 0, GENEVA, "", List.of()),
                event("day", "2021-10-01", Precision.DAY, Track.BACKGROUND, 0));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, null);
        TimeScale s = TimeScale.fit(Instant.parse("1989-01-01T00:00:00Z"), Instant.parse("2023-01-01T00:00:00Z"),
                1920, 0);
        List<ItemBox> boxes = layout.visible(s);
        assertTrue(only(boxes, "fall").soft());
        assertTrue(only(boxes, "nineties").soft());
        assertFalse(only(boxes, "day").soft());
        assertEquals(0, only(boxes, "day").row());
        assertTrue(only(boxes, "fall").row() >= 1);
        assertEquals(2, layout.lanes().get(0).rows());
    }

    @Test
    void trackLanesFollowTrackOrderAndSkipEmptyTracks() {
        List<Event> events = List.of(event("x", "2022-01-10", Precision.DAY, Track.BACKGROUND, 1),
                event("y", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 1));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, null);
        assertEquals(List.of("Geneva talks", "Background"), layout.lanes().stream().map(Lane::label).toList());
        TimelineLayout all = TimelineLayout.of(events, LaneMode.TRACK, null, id -> id, true, RowGeometry.DEFAULT);
        assertEquals(Track.values().length, all.lanes().size());
        double y = 0;
        for (Lane lane : all.lanes()) {
            assertEquals(y, lane.y(), 1e-9);
            y = lane.bottom();
        }
        assertEquals(y, all.height(), 1e-9);
    }

    @Test
    void anEventWithSeveralActorsAppearsInEachActorsLane() {
        List<Event> events = List.of(
                event("talks", "2022-01-10", null, Precision.DAY, Track.GENEVA_TALKS, 1, GENEVA, "geneva",
                        List.of("sherman", "ryabkov")),
                event("solo", "2022-01-11", null, Precision.DAY, Track.GENEVA_TALKS, 1, GENEVA, "", List.of("sherman")),
                event("nobody", "2022-01-12", Precision.DAY, Track.BACKGROUND, 1));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.ACTOR, null,
                id -> id.equals("sherman") ? "Wendy Sherman" : null, false, RowGeometry.DEFAULT);
        assertEquals(List.of("Wendy Sherman", "ryabkov", "No actor"),
                layout.lanes().stream().map(Lane::label).toList());
        List<ItemBox> talks = layout.boxesOf("talks", week(1600));
        assertEquals(List.of(0, 1), talks.stream().map(ItemBox::lane).sorted().toList());
    }

    @Test
    void eventsWithNoPlaceShareTheLastPlaceLane() {
        List<Event> events = List.of(
                event("a", "2022-01-10", null, Precision.DAY, Track.GENEVA_TALKS, 1, GENEVA, "", List.of()),
                event("b", "2022-01-10", null, Precision.DAY, Track.GENEVA_TALKS, 2, GENEVA, "geneva", List.of()),
                event("c", "2022-01-12", null, Precision.DAY, Track.GENEVA_TALKS, 1, GENEVA, "brussels", List.of()),
                event("d", "2022-01-12", null, Precision.DAY, Track.GENEVA_TALKS, 1, GENEVA, "", List.of()),
                event("e", "2022-01-13", null, Precision.DAY, Track.GENEVA_TALKS, 1, GENEVA, "", List.of()));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.PLACE, null);
        List<String> keys = layout.lanes().stream().map(Lane::key).toList();
        assertEquals(List.of("brussels", "geneva", ""), keys);
        assertEquals("No place", layout.lanes().get(2).label());
    }

    @Test
    void visibleEqualsABruteForceFilter() {
        for (LaneMode mode : LaneMode.values()) {
            TimelineLayout layout = TimelineLayout.of(TestEvents.random(7, 500), mode, null);
            for (TimeScale s : zooms()) {
                List<ItemBox> inView = layout.all(s).stream()
                        .filter(b -> b.x1() > 0 && b.x0() < s.width()).toList();
                List<ItemBox> visible = layout.visible(s);
                // Every item in view is drawn: on its own, or inside the cluster of its row that covers it.
                assertEquals(inView.size(), visible.stream().mapToInt(ItemBox::count).sum());
                for (ItemBox b : inView) {
                    assertTrue(visible.stream().anyMatch(v -> v.eventId().equals(b.eventId()) && v.row() == b.row()
                                    && v.lane() == b.lane() && (v.count() == 1 ? v.equals(b)
                                    : v.x0() <= b.x0() + 1e-9 && b.x0() <= v.x1() + 1e-9)
                                    || v.isCluster() && v.row() == b.row() && v.lane() == b.lane()
                                    && v.x0() <= b.x0() + 1e-9 && b.x0() <= v.x1() + 1e-9),
                            key(b) + " is not drawn");
                }
                // Only items too narrow to tell apart are merged: one wide enough is drawn on its own.
                if (!layout.geometry().dense()) {
                    Set<ItemBox> alone = visible.stream().filter(v -> v.count() == 1)
                            .collect(Collectors.toSet());
                    for (ItemBox b : inView) {
                        if (b.x1() - b.x0() >= TimelineLayout.CLUSTER_BELOW_PX) {
                            assertTrue(alone.contains(b), key(b) + ", " + (b.x1() - b.x0()) + " px wide, was merged");
                        }
                    }
                }
            }
        }
    }

    @Test
    void verticalCullingKeepsOnlyRowsInTheBand() {
        TimelineLayout layout = TimelineLayout.of(TestEvents.random(8, 400), LaneMode.ACTOR, null);
        TimeScale s = week(1920);
        double top = layout.height() / 3;
        double bottom = top + 200;
        List<String> expected = layout.visible(s).stream().filter(b -> b.y1() > top && b.y0() < bottom)
                .map(TimelineLayoutTest::key).sorted().toList();
        List<String> actual = layout.visible(s, top, bottom).stream().map(TimelineLayoutTest::key).sorted().toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    @Test
    void hitTestAgreesWithBruteForce() {
        Random r = new Random(3);
        double slop = RowGeometry.DEFAULT.hitSlop();
        for (LaneMode mode : LaneMode.values()) {
            TimelineLayout layout = TimelineLayout.of(TestEvents.random(11, 400), mode, null);
            for (TimeScale s : zooms()) {
                List<ItemBox> boxes = layout.all(s);
                for (int i = 0; i < 300; i++) {
                    double x = r.nextDouble() * s.width();
                    double y = r.nextDouble() * layout.height();
                    Optional<String> expected = boxes.stream()
                            .filter(b -> y >= b.y0() && y < b.y1() && x >= b.x0() - slop && x <= b.x1() + slop)
                            .min(Comparator.comparingDouble((ItemBox b) -> Math.max(0, Math.max(b.x0() - x, x - b.x1())))
                                    .thenComparingDouble(ItemBox::x0))
                            .map(ItemBox::eventId);
                    assertEquals(expected, layout.hitTest(x, y, s), "at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void hitTestFindsTheItemUnderItsCentre() {
        TimelineLayout layout = TimelineLayout.of(TestEvents.random(12, 200), LaneMode.TRACK, null);
        TimeScale s = week(1920);
        for (ItemBox b : layout.visible(s)) {
            double x = (Math.max(b.x0(), 0) + Math.min(b.x1(), s.width())) / 2;
            assertEquals(Optional.of(b.eventId()), layout.hitTest(x, (b.y0() + b.y1()) / 2, s));
        }
        assertEquals(Optional.empty(), layout.hitTest(10, -5, s));
    }

    @Test
    void rangeOfAnEventKeepsASelectionRevealable() {
        List<Event> events = List.of(event("a", "2022-01-13", Precision.DAY, Track.GENEVA_TALKS, 1));
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, null);
        TimeRange range = layout.rangeOf("a").orElseThrow();
        TimeScale s = TimeScale.fit(Instant.parse("2021-12-01T00:00:00Z"), Instant.parse("2021-12-03T00:00:00Z"),
                1000, 0);
        TimeScale shown = s.reveal(range.start(), range.end(), 10);
        ItemBox b = layout.visible(shown).get(0);
        assertTrue(b.x0() >= 0 && b.x1() <= shown.width());
        assertEquals(layout.fullRange().orElseThrow().start(), range.start());
    }

    private static ItemBox only(List<ItemBox> boxes, String id) {
        List<ItemBox> found = boxes.stream().filter(b -> b.eventId().equals(id)).toList();
        assertEquals(1, found.size(), id);
        return found.get(0);
    }

    private static String key(ItemBox b) {
        return b.eventId() + "@" + b.lane() + "/" + b.row();
    }

    @Test
    void itemsTooNarrowToTellApartAreDrawnAsOneClusterWithTheirCount() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(event("d" + i, LocalDate.of(2021, 1, 1).plusDays(i).toString(), Precision.DAY,
                    Track.GENEVA_TALKS, 1));
        }
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, null);
        TimeScale decade = TimeScale.fit(Instant.parse("2015-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"),
                1000, 0);
        List<ItemBox> boxes = layout.visible(decade);
        assertTrue(boxes.size() < 10, boxes.size() + " boxes for 200 one-pixel days");
        assertEquals(200, boxes.stream().mapToInt(ItemBox::count).sum());
        ItemBox cluster = boxes.stream().filter(ItemBox::isCluster).findFirst().orElseThrow();
        assertEquals(Optional.of(cluster), layout.clusterAt((cluster.x0() + cluster.x1()) / 2,
                (cluster.y0() + cluster.y1()) / 2, decade));
        // Zoomed to a week, the same days are single boxes again.
        assertTrue(layout.visible(week(1000)).stream().noneMatch(ItemBox::isCluster));
    }

    @Test
    void cardRowsAreTallerForDaysButRangesStayCompact() {
        List<Event> events = List.of(
                event("a", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 1),
                event("b", "2022-01-10", Precision.DAY, Track.GENEVA_TALKS, 2),
                event("m", "2022-01", Precision.MONTH, Track.GENEVA_TALKS, 1));
        RowGeometry cards = RowGeometry.forDayWidth(200);
        assertEquals(4, cards.cardLines());
        assertEquals(3, RowGeometry.forDayWidth(250).cardLines());
        TimelineLayout layout = TimelineLayout.of(events, LaneMode.TRACK, null, Function.identity(),
                false, cards);
        TimeScale s = week(1600);
        ItemBox a = only(layout.visible(s), "a");
        ItemBox b = only(layout.visible(s), "b");
        ItemBox m = only(layout.visible(s), "m");
        assertEquals(cards.preciseRowHeight() - cards.rowGap(), a.y1() - a.y0(), 1e-9);
        assertTrue(b.y0() >= a.y1(), "cards of one day stack in order");
        assertEquals(cards.rowHeight() - cards.rowGap(), m.y1() - m.y0(), 1e-9);
        assertEquals(RowGeometry.DEFAULT, RowGeometry.forDayWidth(40));
        assertEquals(2, RowGeometry.forDayWidth(400).cardLines());
    }

    @ParameterizedTest
    @EnumSource(LaneMode.class)
    void aRestrictedLayoutKeepsExactlyTheKeptEventsInPlaceAndClosesEmptyRows(LaneMode mode) {
        List<Event> all = TestEvents.random(21, 400);
        TimelineLayout full = TimelineLayout.of(all, mode, null);
        List<Event> kept = all.stream().filter(e -> e.id().hashCode() % 3 == 0).toList();
        TimelineLayout restricted = full.restrictedTo(kept);
        TimeScale s = week(1920);
        Set<String> keptIds = kept.stream().map(Event::id).collect(Collectors.toSet());
        assertEquals(keptIds, new HashSet<>(restricted.eventIds()));
        for (Event e : all) {
            assertEquals(keptIds.contains(e.id()), !restricted.boxesOf(e.id(), s).isEmpty(), e.id());
        }
        // Same horizontal place and same order of rows; no empty lane; lanes stacked without gaps.
        for (Event e : kept) {
            List<ItemBox> was = full.boxesOf(e.id(), s);
            List<ItemBox> now = restricted.boxesOf(e.id(), s);
            assertEquals(was.size(), now.size());
            assertEquals(was.get(0).x0(), now.get(0).x0(), 1e-9);
            assertTrue(now.get(0).row() <= was.get(0).row());
        }
        double y = 0;
        for (Lane lane : restricted.lanes()) {
            assertEquals(y, lane.y(), 1e-9);
            assertTrue(lane.rows() > 0);
            y = lane.bottom();
        }
        assertEquals(y, restricted.height(), 1e-9);
        assertTrue(restricted.height() <= full.height());
        assertEquals(TimelineLayout.of(kept, mode, null).legendEntries(), restricted.legendEntries(),
                "the key of the kept events, restricted or laid out anew");
        List<ItemBox> boxes = restricted.all(s);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)));
            }
        }
        assertTrue(full.restrictedTo(List.of()).fullRange().isEmpty());
    }

    /** The key of a figure of the week's meetings names meetings and the look of what had not happened, no more. */
    @Test
    void theKeyListsTheKindsAndMarksOfTheEventsLaidOut() {
        Dataset week = BundledSeeds.dataset();
        TimelineLayout full = TimelineLayout.of(week, LaneMode.TRACK, null);
        assertEquals(EnumSet.allOf(EventKind.class).size() > 1, full.legendEntries().kinds().size() > 1);
        List<Event> meetings = week.events().stream().filter(e -> e.kind() == EventKind.MEETING).toList();
        LegendEntries entries = full.restrictedTo(meetings).legendEntries();
        assertEquals(Set.of(EventKind.MEETING), entries.kinds());
        assertEquals(meetings.stream().anyMatch(e -> e.modality() != Modality.HAPPENED), entries.notHappened());
        assertEquals(meetings.stream().anyMatch(Event::inferred), entries.inferred());
        assertEquals(entries, TimelineLayout.of(meetings, LaneMode.TRACK, null).legendEntries(), "restricted or laid out anew");
        assertEquals(LegendEntries.NONE, full.restrictedTo(List.of()).legendEntries());
    }

    @Test
    void theKeptEventsInAnyOrderOrAsCopiesRestrictTheSameAsInTheLayoutsOrder() {
        List<Event> all = TestEvents.random(22, 300);
        TimelineLayout full = TimelineLayout.of(all, LaneMode.TRACK, null);
        List<Event> inOrder = all.stream().filter(e -> e.id().hashCode() % 2 == 0).toList();
        List<Event> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(5));
        // Equal records that are not the same objects, as a dataset read again would give.
        List<Event> copies = shuffled.stream().map(e -> new Event(e.id(), e.title(), e.summary(), e.time(),
                e.order(), e.place(), e.refers(), e.kind(), e.cameo(), e.track(), e.actors(), e.evidence(),
                e.inferred(), e.note(), e.modality())).toList();
        TimeScale s = week(1920);
        List<ItemBox> expected = full.restrictedTo(inOrder).all(s);
        assertEquals(expected, full.restrictedTo(shuffled).all(s));
        assertEquals(expected, full.restrictedTo(copies).all(s));
        assertEquals(inOrder.size(), full.restrictedTo(inOrder).eventIds().size());
    }

    @Test
    void farAwayALargeDatasetIsOneDensityStripPerLaneAndKind() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            // A burst: 3,000 events on ten days, the rest spread over years, some known only to the year.
            String start = i < 3000 ? LocalDate.of(2020, 3, 1 + i % 10).toString()
                    : i % 5 == 0 ? Integer.toString(1995 + i % 25) : LocalDate.of(1995, 1, 1).plusDays(i * 3L).toString();
            Precision p = start.length() == 4 ? Precision.YEAR : Precision.DAY;
            events.add(event("e" + i, start, p, Track.values()[i % 3], i));
        }
        assertEquals(RowGeometry.DENSE, RowGeometry.forView(1, events.size()));
        assertEquals(RowGeometry.DEFAULT, RowGeometry.forView(1, 62), "a small dataset keeps its single items");
        TimelineLayout dense = TimelineLayout.of(events, LaneMode.TRACK, null, Function.identity(),
                false, RowGeometry.DENSE);
        assertTrue(dense.isDense());
        assertEquals(LegendEntries.strips(true, true), dense.legendEntries(), "no kind's mark is drawn, only strips");
        assertEquals(LegendEntries.strips(true, false), dense.restrictedTo(events.subList(0, 3000)).legendEntries(),
                "the burst's events are all dated to the day");
        for (Lane lane : dense.lanes()) {
            assertTrue(lane.rows() <= 2, lane + " has more than a dated and a rough strip");
        }
        TimeScale all = TimeScale.fit(Instant.parse("1994-01-01T00:00:00Z"), Instant.parse("2022-01-01T00:00:00Z"),
                1600, 0);
        List<ItemBox> cells = dense.visible(all);
        assertTrue(cells.size() <= 3 * 2 * 400, cells.size() + " cells");
        assertTrue(cells.stream().allMatch(c -> c.width() <= TimelineLayout.DENSITY_CELL_PX + 1e-9));
        ItemBox fullest = cells.stream().max(Comparator.comparingInt(ItemBox::count)).orElseThrow();
        assertTrue(fullest.count() >= 100, "the burst is not the densest cell: " + fullest);
        assertEquals(Optional.of(fullest), dense.clusterAt((fullest.x0() + fullest.x1()) / 2,
                (fullest.y0() + fullest.y1()) / 2, all));
        // Every day event in view is counted once.
        int dayCells = cells.stream().filter(c -> !c.soft()).mapToInt(ItemBox::count).sum();
        long dayEventsInView = events.stream().filter(e -> e.time().precision() == Precision.DAY
                && e.time().startInstant().isBefore(Instant.parse("2021-12-31T00:00:00Z"))).count();
        assertTrue(dayCells >= dayEventsInView, dayCells + " counted of " + dayEventsInView);
    }

    @Test
    void aDenseStripCountsEveryItemCoveringACellAndNamesItAfterTheFirst() {
        // Years-long items over one another, as a large dataset's rough dates are: each cell is
        // covered by many, which the strip must count without visiting every cell of every item.
        Random random = new Random(11);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int year = 1990 + random.nextInt(30);
            events.add(TestEvents.event("y" + i, Integer.toString(year), Integer.toString(year + random.nextInt(6)),
                    Precision.YEAR, Track.BACKGROUND, i, ZoneOffset.UTC, "", List.of()));
        }
        TimelineLayout dense = TimelineLayout.of(events, LaneMode.TRACK, null, Function.identity(),
                false, RowGeometry.DENSE);
        TimeScale view = TimeScale.fit(Instant.parse("1995-01-01T00:00:00Z"), Instant.parse("2015-01-01T00:00:00Z"),
                1000, 0);
        List<ItemBox> cells = dense.visible(view);
        assertEquals(250, cells.size(), "every 4-px cell of the 1,000 px is covered");
        for (ItemBox cell : cells) {
            List<Event> covering = events.stream().filter(e -> {
                double x0 = view.xOf(e.time().startInstant());
                double x1 = Math.max(view.xOf(e.time().endInstant()), x0 + 0.5);
                return Math.floor(x0 / TimelineLayout.DENSITY_CELL_PX) <= cell.x0() / TimelineLayout.DENSITY_CELL_PX
                        && Math.floor((x1 - 1e-9) / TimelineLayout.DENSITY_CELL_PX)
                        >= cell.x0() / TimelineLayout.DENSITY_CELL_PX;
            }).toList();
            assertEquals(covering.size(), cell.count(), "cell at " + cell.x0());
            Instant earliest = covering.stream().map(e -> e.time().startInstant()).min(Instant::compareTo).orElseThrow();
            Event named = events.stream().filter(e -> e.id().equals(cell.eventId())).findFirst().orElseThrow();
            assertTrue(covering.contains(named) && named.time().startInstant().equals(earliest),
                    "cell at " + cell.x0() + " is named after " + named.id() + ", not one of the first to cover it");
        }
    }
}
