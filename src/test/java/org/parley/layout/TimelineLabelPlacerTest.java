package org.parley.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimelineLabelPlacerTest {

    /** A monospaced stand-in for a font: 7 px per character. */
    private static final ToDoubleFunction<String> MEASURE = s -> 7.0 * s.length();
    private static final Function<String, String> LABEL = id -> "Label of " + id;

    private final TimelineLabelPlacer placer = new TimelineLabelPlacer();

    private static ItemBox box(String id, int row, double x0, double x1) {
        return new ItemBox(id, 0, row, x0, x1, row * 22, row * 22 + 19, false, false);
    }

    /** An hour or minute item: the only kind whose label may stand beside it. */
    private static ItemBox point(String id, int row, double x0, double x1) {
        return new ItemBox(id, 0, row, x0, x1, row * 22, row * 22 + 19, false, true);
    }

    private static List<ItemBox> randomBoxes(Random r, int count) {
        List<ItemBox> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x0 = r.nextDouble() * 1200 - 100;
            double w = r.nextInt(3) == 0 ? r.nextDouble() * 2 : r.nextDouble() * 300;
            // Overlapping, odd-height boxes too: the placer must not rely on rows being tidy.
            double y0 = r.nextInt(10) * 22 + (r.nextInt(4) == 0 ? r.nextDouble() * 15 : 0);
            out.add(new ItemBox("e" + i, 0, 0, x0, x0 + w, y0, y0 + 10 + r.nextDouble() * 15, false, false));
        }
        return out;
    }

    @Test
    void sliversTooNarrowForAnyLabelCostAFewMeasurementsEach() {
        // Zoomed out, a frame holds thousands of items a pixel or two wide, side by side: each may
        // be measured for its whole label and its shortest form, but not searched for a shortening.
        List<ItemBox> slivers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            slivers.add(box("e" + i, i % 10, (i / 10) * 4.0, (i / 10) * 4.0 + 2));
        }
        int[] calls = {0};
        ToDoubleFunction<String> counting = s -> {
            calls[0]++;
            return MEASURE.applyAsDouble(s);
        };

        List<PlacedLabel> labels = placer.place(slivers, LABEL, counting, null, 1000);

        assertTrue(calls[0] <= 4 * slivers.size(), calls[0] + " measurements for " + slivers.size() + " slivers");
        assertTrue(labels.stream().allMatch(l -> l.x() >= 0 && l.x() + l.width() <= 1000));
    }

    @Test
    void itemsHemmedInByNeighboursAreNotMeasuredAtAll() {
        // Zoomed further out, items touch: none has room inside, nor a free pixel beside it, and
        // only the last of each row (free to its right) and the rows' "+N" are measured.
        List<ItemBox> touching = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            touching.add(point("e" + i, i % 10, (i / 10) * 3.0, (i / 10) * 3.0 + 4));
        }
        int[] calls = {0};
        ToDoubleFunction<String> counting = s -> {
            calls[0]++;
            return MEASURE.applyAsDouble(s);
        };

        List<PlacedLabel> labels = placer.place(touching, LABEL, counting, null, 1000);

        assertTrue(calls[0] <= 5 * 10, calls[0] + " measurements for 10 rows of touching items");
        for (int row = 0; row < 10; row++) {
            double y = row * 22;
            // Where the row's items end, one of the last two (the ones with a free pixel beside) is named.
            List<PlacedLabel> named = labels.stream().filter(l -> l.y() == y && !l.isCount()).toList();
            assertEquals(1, named.size(), "row " + row + ": " + named);
            assertTrue(named.get(0).x() >= 597, "row " + row + " named inside its crowd: " + named);
        }
        // The run before the named one has no room either side for its count; the one after it is one
        // point, its mark alone (no "+1").
        assertTrue(labels.stream().filter(PlacedLabel::isCount).allMatch(l -> l.hiddenCount() > 1), labels.toString());
    }

    @Test
    void placedLabelsNeverOverlapAndStayInTheViewport() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<ItemBox> boxes = randomBoxes(r, 1 + r.nextInt(120));
            String selected = r.nextBoolean() ? boxes.get(0).eventId() : null;
            List<PlacedLabel> labels = placer.place(boxes, LABEL, MEASURE, selected, 1000);
            for (int i = 0; i < labels.size(); i++) {
                PlacedLabel a = labels.get(i);
                assertTrue(a.x() >= 0 && a.x() + a.width() <= 1000, a.toString());
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(a.overlaps(labels.get(j)), a + " overlaps " + labels.get(j));
                }
            }
        }
    }

    @Test
    void placementIsDeterministic() {
        List<ItemBox> boxes = randomBoxes(new Random(9), 80);
        List<ItemBox> shuffled = new ArrayList<>(boxes);
        Collections.shuffle(shuffled, new Random(1));
        List<PlacedLabel> a = placer.place(boxes, LABEL, MEASURE, null, 1000);
        List<PlacedLabel> b = placer.place(boxes, LABEL, MEASURE, null, 1000);
        assertEquals(a, b);
        assertEquals(new HashSet<>(a), new HashSet<>(placer.place(shuffled, LABEL, MEASURE, null, 1000)));
    }

    @Test
    void aLabelGoesInsideWhenItFitsElseBeside() {
        List<PlacedLabel> labels = placer.place(List.of(box("wide", 0, 0, 300), point("narrow", 1, 100, 105)),
                LABEL, MEASURE, null, 1000);
        PlacedLabel wide = labels.stream().filter(l -> l.eventId().equals("wide")).findFirst().orElseThrow();
        PlacedLabel narrow = labels.stream().filter(l -> l.eventId().equals("narrow")).findFirst().orElseThrow();
        assertTrue(wide.inside());
        assertEquals(4, wide.x(), 1e-9);
        assertFalse(narrow.inside());
        assertEquals(109, narrow.x(), 1e-9);
    }

    @Test
    void crowdedItemsAreSummedUpAsACount() {
        List<ItemBox> boxes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boxes.add(box("e" + i, 0, 200 + i * 3, 201 + i * 3));
        }
        List<PlacedLabel> labels = placer.place(boxes, LABEL, MEASURE, null, 1000);
        int shown = (int) labels.stream().filter(l -> !l.isCount()).count();
        int counted = labels.stream().filter(PlacedLabel::isCount).mapToInt(PlacedLabel::hiddenCount).sum();
        assertTrue(shown < 20);
        assertTrue(labels.stream().anyMatch(PlacedLabel::isCount));
        assertEquals(20, shown + counted);
    }

    @Test
    void theSelectedLabelWinsACrowd() {
        List<ItemBox> boxes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boxes.add(point("e" + i, 0, 200 + i * 3, 201 + i * 3));
        }
        List<PlacedLabel> labels = placer.place(boxes, LABEL, MEASURE, "e13", 1000);
        assertTrue(labels.stream().anyMatch(l -> !l.isCount() && l.eventId().equals("e13")));
        assertFalse(placer.place(boxes, LABEL, MEASURE, null, 1000).stream()
                .anyMatch(l -> !l.isCount() && l.eventId().equals("e13")));
    }

    @Test
    void aLongLabelInACrampedItemIsAbbreviated() {
        ItemBox boxed = box("a", 0, 100, 160);
        List<ItemBox> boxes = List.of(box("left", 0, 0, 100), boxed, box("right", 0, 160, 1000));
        PlacedLabel label = placer.place(boxes, id -> id.equals("a") ? "NATO–Russia Council meets" : "",
                MEASURE, null, 1000).get(0);
        assertTrue(label.text().endsWith("…"), label.text());
        assertTrue(label.width() <= 52);
    }

    /** A month's bar on a slide read "…discuss whethe…": a label is cut after a word, as every other text. */
    @Test
    void anAbbreviatedLabelEndsWithAWholeWord() {
        String title = "After the week, U.S. and Russia to discuss whether to keep talking";
        for (double right = 120; right <= 440; right += 7) {
            ItemBox month = box("next", 0, 0, right);
            // A card right after it: no room beside, so the label is cut inside.
            PlacedLabel l = placer.place(List.of(month, box("after", 0, right, 1000)),
                    id -> id.equals("next") ? title : "", MEASURE, null, 1000).stream()
                    .filter(p -> p.eventId().equals("next")).findFirst().orElseThrow();
            String kept = l.text().substring(0, l.text().length() - 1);
            assertTrue(l.text().endsWith("…") && title.startsWith(kept), l.text());
            assertEquals(' ', title.charAt(kept.length()), "cut inside a word: " + l.text());
        }
    }

    @Test
    void aLongLabelNearTheRightEdgeIsShortenedBesideItsItemNotFlungLeft() {
        String longTitle = "NATO and U.S. offer talks on arms control, missiles, risk reduction and transparency";
        ItemBox item = point("offer", 0, 500, 700);
        List<PlacedLabel> labels = placer.place(List.of(item), id -> longTitle, MEASURE, null, 1000);
        assertEquals(1, labels.size());
        PlacedLabel l = labels.get(0);
        assertTrue(l.x() >= item.x1(), "placed right of its item, at " + l.x());
        assertTrue(l.text().endsWith("…") && longTitle.startsWith(l.text().substring(0, l.text().length() - 1)),
                l.text());
        assertTrue(l.x() + l.width() <= 1000);
    }

    @Test
    void aDaysLabelNeverLeavesItsColumn() {
        // Zoomed out, a day is a few pixels wide: its label must not spill over the next days.
        List<ItemBox> days = List.of(box("mon", 0, 100, 112), box("tue", 0, 112, 124), box("wide", 1, 0, 400));
        for (PlacedLabel l : placer.place(days, id -> "Informal dinner in Geneva opens the week", MEASURE, null, 1000)
                .stream().filter(l -> !l.isCount()).toList()) {
            ItemBox own = days.stream().filter(b -> b.eventId().equals(l.eventId())).findFirst().orElseThrow();
            assertTrue(l.x() >= own.x0() && l.x() + l.width() <= own.x1(), l + " leaves " + own);
        }
    }

    @Test
    void noLabelAndNoCountIsLaidOverADayCard() {
        // A point's label would run right into the card of the next day, as with the generated
        // 100,000 events at the week's zoom: it goes left instead, or is counted, never over it.
        ItemBox card = box("card", 1, 300, 450);
        ItemBox alone = point("p1", 1, 240, 244);
        assertTrue(placer.place(List.of(alone), LABEL, MEASURE, null, 1000).stream()
                .anyMatch(l -> l.eventId().equals("p1") && l.x() > 244), "without the card, p1 is named on its right");
        List<PlacedLabel> left = placer.place(List.of(alone), List.of(card), LABEL, MEASURE, null, 1000);
        assertTrue(left.stream().anyMatch(l -> l.eventId().equals("p1") && l.x() + l.width() <= 240),
                "with it, on its left: " + left);

        // p2 and p4 have no room either side (p3 on their left, the card on their right): they are
        // counted, and the "+2" too keeps off the card.
        List<ItemBox> points = List.of(point("p3", 1, 250, 254), point("p2", 1, 290, 294), point("p4", 1, 291, 295));
        List<PlacedLabel> labels = placer.place(points, List.of(card), LABEL, MEASURE, null, 1000);
        assertTrue(labels.stream().anyMatch(l -> l.isCount() && l.text().equals("+2")), labels.toString());
        for (PlacedLabel l : labels) {
            assertFalse(l.x() < card.x1() && card.x0() < l.x() + l.width() && l.y() < card.y1()
                    && card.y0() < l.y() + l.height(), l + " lies over the card");
        }

        // The selection's label is the reader's focus: it may still lie over a card.
        List<PlacedLabel> selected = placer.place(List.of(point("sel", 1, 280, 284)), List.of(card), LABEL, MEASURE,
                "sel", 1000);
        assertTrue(selected.stream().anyMatch(l -> l.eventId().equals("sel") && !l.isCount()), selected.toString());
    }

    @Test
    void hiddenPointsAreCountedBesideTheirMarksNotOnThem() {
        // No room for the labels in a narrow view: the "+2" stands right of the points' marks, where
        // inside the first one's box its mark would hide the "+".
        ItemBox q = point("q", 0, 20, 36);
        ItemBox r = point("r", 0, 22, 38);
        List<PlacedLabel> labels = placer.place(List.of(q, r), LABEL, MEASURE, null, 70);
        PlacedLabel count = labels.stream().filter(PlacedLabel::isCount).findFirst().orElseThrow();
        assertEquals("+2", count.text());
        assertTrue(count.x() >= r.x1(), count.toString());
    }

    /**
     * Points crowded between two titled days: the web page's "+8" stood over the next day's box, on its
     * kind's mark ("+8Summit: Lars…"). A count keeps off a box that holds a title; with no room beside
     * its run, it stands over the run's own marks.
     */
    @Test
    void aCountKeepsOffTitledBoxesAndStandsOverItsOwnRunWhenHemmedIn() {
        TimelineLabelPlacer marked = new TimelineLabelPlacer(4, 4, 16);
        List<ItemBox> row = new ArrayList<>(List.of(box("before", 0, 0, 200), box("after", 0, 300, 500)));
        for (int i = 0; i < 4; i++) {
            row.add(point("p" + i, 0, 210 + 20 * i, 226 + 20 * i));
        }
        List<PlacedLabel> labels = marked.place(row, id -> "A title far too long for the room of " + id, MEASURE,
                null, 1000);
        PlacedLabel count = labels.stream().filter(PlacedLabel::isCount).findFirst().orElseThrow(
                () -> new AssertionError("the run is not counted: " + labels));
        assertEquals("+4", count.text());
        assertTrue(count.x() >= 200 && count.x() + count.width() <= 300, "off both days: " + count);
    }

    /**
     * The web page of 100,000 events had "+1" beside many a lone mark, which read as "one more" of something
     * not drawn: a point whose name does not fit is that one event, its mark alone, as a narrow card is.
     */
    @Test
    void aLoneHiddenPointIsItsMarkAloneNotCounted() {
        List<PlacedLabel> labels = placer.place(List.of(point("q", 0, 20, 36)), LABEL, MEASURE, null, 60);
        assertTrue(labels.isEmpty(), labels.toString());
    }

    /** A card too narrow for its title is one event, its mark on it: no "+1" inside it; two such side by side are "+2". */
    @Test
    void aLoneNarrowCardIsNotCountedButARunOfThemIs() {
        // Hemmed in by wide cards either side: no room beside it.
        List<ItemBox> one = List.of(box("day", 0, 100, 130));
        List<ItemBox> hemmed = List.of(box("before", 0, 0, 100), box("after", 0, 130, 1000));
        List<PlacedLabel> alone = placer.place(one, hemmed, LABEL, MEASURE, null, 1000);
        assertTrue(alone.stream().noneMatch(l -> l.eventId().equals("day")), "nothing written in or beside it: " + alone);
        List<ItemBox> two = List.of(box("d1", 0, 100, 130), box("d2", 0, 131, 161));
        List<String> counts = placer.place(two, hemmedAfter(161), LABEL, MEASURE, null, 1000).stream()
                .filter(PlacedLabel::isCount).map(PlacedLabel::text).toList();
        assertEquals(List.of("+2"), counts);
    }

    private static List<ItemBox> hemmedAfter(double x) {
        return List.of(box("before", 0, 0, 100), box("after", 0, x, 1000));
    }

    /**
     * Fit all with a month-long event shown made the week's day cards 40 px wide: "Inf…", "All…".
     * A day's card that narrow is named beside it where nothing else is, as a point is; a sliver of
     * a zoomed-out year, or a card wide enough to hold a readable start, keeps to its column.
     */
    @Test
    void aNarrowDaysCardIsNamedBesideItWhereNothingIs() {
        String title = "Informal dinner in Geneva opens the week of talks";
        PlacedLabel narrow = placer.place(List.of(box("dinner", 0, 100, 140)), id -> title, MEASURE, null, 1000).get(0);
        assertEquals(title, narrow.text(), "named whole");
        assertFalse(narrow.inside());
        assertEquals(144, narrow.x(), 1e-9);

        PlacedLabel wide = placer.place(List.of(box("dinner", 0, 100, 300)), id -> title, MEASURE, null, 1000).get(0);
        assertTrue(wide.inside() && wide.x() + wide.width() <= 300, "a wider card keeps to its column: " + wide);

    }

    /**
     * The web page's timeline of 100,000 events drew day boxes some 117 px wide, most with their title cut
     * inside ("Talks: Tomas…") and, where the row was free to their right, some EMPTY with their title beside
     * them over the next day ("[  ] Treaty: Elena Berg 24, report 67398"): which box a title named was
     * anyone's guess. A box with room for a readable start holds its own title, cut; only one too narrow
     * for that is named beside it.
     */
    @Test
    void aDaysBoxWithRoomForAReadableStartHoldsItsOwnTitle() {
        TimelineLabelPlacer marked = new TimelineLabelPlacer(4, 4, 16);
        String title = "Treaty: Elena Berg 24, report 67398";
        for (double width = 90; width < 300; width += 9) {
            ItemBox day = box("treaty", 0, 100, 100 + width);
            List<PlacedLabel> labels = marked.place(List.of(day), id -> title, MEASURE, null, 1000);
            assertEquals(1, labels.size(), width + " px: " + labels);
            PlacedLabel l = labels.get(0);
            assertTrue(l.inside() && l.x() >= day.x0() && l.x() + l.width() <= day.x1(),
                    width + " px: its title is in it, " + l);
        }
    }

    /**
     * The whole range of a week among decades of background makes each of the week's days a sliver,
     * alone in its row: it is named beside it where the row is free, as a point is, rather than left
     * a bare mark; slivers side by side are counted, not named over each other's marks.
     */
    @Test
    void aLoneSliverIsNamedBesideItAndARunOfThemIsCounted() {
        String title = "Informal dinner in Geneva opens the week of talks";
        PlacedLabel lone = placer.place(List.of(box("dinner", 0, 990, 992)), id -> title, MEASURE, null, 1000).get(0);
        assertEquals(title, lone.text(), "named whole");
        assertEquals(990 - 4, lone.x() + lone.width(), 1e-9, "left of the sliver, at the plot's right edge");

        List<ItemBox> run = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            run.add(box("s" + i, 0, 500 + 3 * i, 502 + 3 * i));
        }
        List<PlacedLabel> labels = placer.place(run, id -> title, MEASURE, null, 1000);
        for (PlacedLabel l : labels) {
            for (ItemBox b : run) {
                assertFalse(l.x() < b.x1() && b.x0() < l.x() + l.width(), l + " lies over " + b);
            }
        }
        assertTrue(labels.stream().anyMatch(PlacedLabel::isCount), labels.toString());
    }

    @Test
    void aCardPartsTheRunsOfHiddenLabelsItStandsBetween() {
        // Two pairs of points hemmed in on either side of a card: each pair is counted where it is,
        // not all four by one "+4" standing for labels on the card's other side.
        ItemBox card = box("card", 0, 100, 200);
        List<ItemBox> points = List.of(point("a", 0, 30, 46), point("a2", 0, 32, 48), point("b", 0, 204, 220),
                point("b2", 0, 206, 222));
        List<PlacedLabel> labels = placer.place(points, List.of(card), LABEL, MEASURE, null, 240);
        List<String> counts = labels.stream().filter(PlacedLabel::isCount).map(PlacedLabel::text).toList();
        assertEquals(List.of("+2", "+2"), counts, labels.toString());
    }

    /** A box's kind mark takes its first 16 px: a label inside starts after it, one left of the box ends before the box. */
    @Test
    void labelsKeepClearOfABoxsMark() {
        TimelineLabelPlacer marked = new TimelineLabelPlacer(4, 4, 16);
        PlacedLabel inside = marked.place(List.of(box("wide", 0, 100, 400)), LABEL, MEASURE, null, 1000).get(0);
        assertTrue(inside.inside());
        assertEquals(120, inside.x(), 1e-9);

        // Right of the narrow card is another: its label goes left, clear of the card itself.
        List<ItemBox> row = List.of(box("narrow", 0, 300, 340), box("next", 0, 341, 1000));
        PlacedLabel left = marked.place(row, id -> id.equals("narrow") ? "Informal dinner" : "", MEASURE, null, 1000)
                .stream().filter(l -> l.eventId().equals("narrow")).findFirst().orElseThrow();
        assertEquals(300 - 4, left.x() + left.width(), 1e-9);
    }

    /** A run of slivers is counted beside the run, where the row is free, not inside its first sliver among the marks. */
    @Test
    void aRunOfSliversIsCountedClearOfTheirMarks() {
        List<ItemBox> run = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            run.add(box("s" + i, 0, 300 + 3 * i, 302 + 3 * i));
        }
        List<PlacedLabel> labels = placer.place(run, id -> "A label far too long for the row of slivers it names",
                MEASURE, null, 1000);
        PlacedLabel count = labels.stream().filter(PlacedLabel::isCount).findFirst().orElseThrow(() ->
                new AssertionError(labels.toString()));
        for (ItemBox b : run) {
            assertFalse(count.x() < b.x1() && b.x0() < count.x() + count.width(), count + " lies over " + b);
        }
    }

    /**
     * A day at decades' zoom is a fraction of a pixel, its mark drawn wider than it (1.5 px in, at
     * least 2 px): a lone sliver's label on its right keeps its gap from the mark as drawn, where it
     * had started 0.6 px from it and read as run into it ("|NATO–Russia meeting in Brussels").
     */
    @Test
    void aLoneSliversLabelBesideItClearsItsDrawnMark() {
        ItemBox sliver = box("meeting", 0, 100, 100.2);
        PlacedLabel right = placer.place(List.of(sliver), id -> "NATO-Russia meeting in Brussels", MEASURE, null, 1000)
                .get(0);
        assertFalse(right.inside(), right.toString());
        assertTrue(right.x() >= 100 + 1.5 + 2 + 4, "4 px clear of the mark drawn to 103.5: " + right);

        // A count beside a run of slivers keeps the same gap from the last one's mark.
        List<ItemBox> run = List.of(box("a", 0, 100, 100.2), box("b", 0, 101, 101.2));
        PlacedLabel count = placer.place(run, id -> "NATO-Russia meeting in Brussels", MEASURE, null, 1000).stream()
                .filter(PlacedLabel::isCount).findFirst().orElseThrow();
        assertTrue(count.x() >= 101 + 1.5 + 2 + 4 || count.x() + count.width() <= 100 - 4,
                "4 px clear of the marks: " + count);
    }

    /** A cluster too narrow for its count is counted beside it, not named after the first of its events. */
    @Test
    void aNarrowClusterIsCountedBesideIt() {
        ItemBox cluster = new ItemBox("dinner", 0, 0, 990, 993, 0, 19, false, false, 3);
        List<PlacedLabel> labels = placer.place(List.of(cluster), id -> "Informal dinner in Geneva", MEASURE, null, 1000);
        assertEquals(1, labels.size(), labels.toString());
        PlacedLabel count = labels.get(0);
        assertTrue(count.isCount());
        assertEquals("+3", count.text());
        assertEquals(3, count.hiddenCount());
        assertTrue(count.x() + count.width() <= cluster.x0(), "beside the cluster, clear of it: " + count);
    }
}
