package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.layout.LaneMode;
import org.parley.layout.PlacedLabel;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

class TimelinePainterTest {

    private static Dataset data;

    @BeforeAll
    static void load() throws Exception {
        data = BundledSeeds.dataset();
    }

    private static RecordingPainter paint(TimelineScene scene, TimelinePainter painter) {
        RecordingPainter p = new RecordingPainter();
        painter.paint(p, scene, Theme.LIGHT);
        return p;
    }

    @Test
    void dayEventsAreDrawnWithinTheirDayColumn() {
        TimelineScene scene = WeekScenes.week(data, 1600, 700, null, Set.of());
        RecordingPainter p = paint(scene, new TimelinePainter());
        List<RecordingPainter.Op> boxes = p.named("fillRoundRect");
        int checked = 0;
        for (ItemBox b : scene.layout().visible(scene.scale(), 0, scene.bodyHeight())) {
            Event e = data.event(b.eventId()).orElseThrow();
            if (e.time().precision() != Precision.DAY || !e.time().withinOneDay()) {
                continue;
            }
            LocalDate day = e.time().startDate();
            double col0 = TimelineMetrics.GUTTER + scene.scale().xOf(day.atStartOfDay(e.time().zone()).toInstant());
            double col1 = TimelineMetrics.GUTTER
                    + scene.scale().xOf(day.plusDays(1).atStartOfDay(e.time().zone()).toInstant());
            double top = scene.bodyTop() + b.y0();
            boolean drawn = boxes.stream().anyMatch(o -> Math.abs(o.y() - top) < 0.01
                    && o.x() >= col0 - 0.01 && o.x() + o.w() <= col1 + 0.01 && o.w() > (col1 - col0) * 0.9);
            assertTrue(drawn, e.id() + " is not drawn filling its day column " + day);
            checked++;
        }
        assertTrue(checked > 20, "only " + checked + " day events seen");
    }

    @Test
    void imprecisePeriodsAreDrawnSoftNeverAsCrispBoxes() {
        TimelineScene scene = TimelineScene.wholeRange(
                TimelineLayout.of(data, LaneMode.TRACK, null), 1600,
                WeekScenes.BRUSSELS, id -> data.event(id).orElse(null), Decorations.SCREEN);
        RecordingPainter p = paint(scene, new TimelinePainter());
        List<ItemBox> soft = scene.layout().all(scene.scale()).stream().filter(ItemBox::soft).toList();
        assertFalse(soft.isEmpty());
        for (ItemBox b : soft) {
            double top = scene.bodyTop() + b.y0();
            double bottom = scene.bodyTop() + b.y1();
            assertTrue(p.named("line").stream().anyMatch(o -> o.dashed() && Math.abs(o.y() - top - 0.5) < 0.01),
                    b.eventId() + " has no dashed top edge");
            assertTrue(p.named("line").stream().anyMatch(o -> o.dashed() && Math.abs(o.y() - bottom + 0.5) < 0.01),
                    b.eventId() + " has no dashed bottom edge");
            assertTrue(p.named("fillRoundRect").stream().noneMatch(o -> Math.abs(o.y() - top) < 0.01
                    && Math.abs(o.x() - (TimelineMetrics.GUTTER + b.x0() + 1.5)) < 0.01),
                    b.eventId() + " is drawn as a crisp box");
            assertTrue(p.named("fillRect").stream().anyMatch(o -> Math.abs(o.y() - top) < 0.01 && o.colour().a() < 0.3),
                    b.eventId() + " has no translucent fill");
        }
    }

    @Test
    void labelsDoNotOverlap() {
        for (String selected : new String[] {null, data.eventsInNarrativeOrder().get(40).id()}) {
            TimelinePainter painter = new TimelinePainter();
            RecordingPainter p = paint(WeekScenes.week(data, 1600, 700, selected, Set.of()), painter);
            List<PlacedLabel> labels = painter.lastLabels();
            assertTrue(labels.size() > 10, "few labels drawn: " + labels.size());
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(labels.get(i).overlaps(labels.get(j)),
                            labels.get(i).text() + " overlaps " + labels.get(j).text());
                }
                String text = labels.get(i).text();
                assertTrue(p.texts().contains(text), "placed but not drawn: " + text);
            }
        }
    }

    /** A bar's label says "≈" first when its day or place was inferred, as a card says it in its corner. */
    @Test
    void labelsOfInferredEventsBeginWithTheMark() {
        TimelinePainter painter = new TimelinePainter();
        paint(WeekScenes.week(data, 1600, 700, null, Set.of()), painter);
        List<PlacedLabel> labels = painter.lastLabels();
        Event after = data.event("after-week-decide").orElseThrow();
        assertTrue(after.inferred());
        assertTrue(labels.stream().anyMatch(l -> l.text().startsWith(InferredMark.GLYPH + " ")), labels.toString());
        for (PlacedLabel l : labels) {
            Event e = data.event(l.eventId()).orElseThrow();
            assertEquals(e.inferred(), l.text().startsWith(InferredMark.GLYPH + " "), l.text());
        }
    }

    @Test
    void theSelectedItemIsRingedInTheSelectionColour() {
        String id = data.eventsInNarrativeOrder().stream()
                .filter(e -> e.time().precision() == Precision.DAY && e.time().startDate().getDayOfMonth() == 12)
                .findFirst().orElseThrow().id();
        TimelineScene scene = WeekScenes.week(data, 1600, 700, id, Set.of());
        RecordingPainter p = paint(scene, new TimelinePainter());
        ItemBox box = scene.layout().boxesOf(id, scene.scale()).get(0);
        double cx = TimelineMetrics.GUTTER + (box.x0() + box.x1()) / 2;
        double cy = scene.bodyTop() + (box.y0() + box.y1()) / 2;
        List<RecordingPainter.Op> rings = p.named("strokeRoundRect").stream()
                .filter(o -> o.colour().equals(Theme.LIGHT.selection())).toList();
        assertEquals(1, rings.size());
        RecordingPainter.Op ring = rings.get(0);
        assertTrue(ring.x() < cx && ring.x() + ring.w() > cx && ring.y() < cy && ring.y() + ring.h() > cy,
                "the ring is not round the selected box");
    }

    @Test
    void highlightedItemsAreRingedInTheHighlightColour() {
        // Two distinct events drawn in the frame, whatever the order of the story.
        TimelineScene plain = WeekScenes.week(data, 1600, 700, null, Set.of());
        List<String> shown = plain.layout().visible(plain.scale(), 0, plain.bodyHeight()).stream()
                .map(ItemBox::eventId).distinct().toList();
        Set<String> hits = Set.of(shown.get(0), shown.get(shown.size() - 1));
        RecordingPainter p = paint(WeekScenes.week(data, 1600, 700, null, hits), new TimelinePainter());
        long rings = p.ops.stream().filter(o -> o.name().startsWith("stroke") && o.colour().equals(Theme.LIGHT.highlight()))
                .count();
        assertEquals(2, rings);
    }

    @Test
    void theAxisNamesTheMonthAndTheDays() {
        RecordingPainter p = paint(WeekScenes.week(data, 1600, 700, null, Set.of()), new TimelinePainter());
        assertTrue(p.texts().contains("January 2022"), p.texts().toString());
        assertTrue(p.texts().contains("Wed 12"), p.texts().toString());
    }

    @Test
    void everyLaneIsNamedInTheGutter() {
        TimelineScene scene = WeekScenes.week(data, 1600, 2000, null, Set.of());
        RecordingPainter p = paint(scene, new TimelinePainter());
        scene.layout().lanes().forEach(l -> assertTrue(p.texts().contains(l.label()), l.label()));
    }

    @Test
    void aWholeRangeExportIsTallEnoughForEveryLaneAndItsDecorations() {
        var layout = TimelineLayout.of(data, LaneMode.TRACK, null);
        TimelineScene scene = TimelineScene.wholeRange(layout, 3840, WeekScenes.BRUSSELS,
                id -> data.event(id).orElse(null), new Decorations("The week", "Sources: WP, NYT", true, false));
        assertTrue(scene.decorations().allItems());
        assertEquals(layout.height(), scene.bodyHeight(), 0.01);
        RecordingPainter p = paint(scene, new TimelinePainter());
        assertTrue(p.texts().contains("The week"));
        assertTrue(p.texts().contains("Sources: WP, NYT"));
        assertTrue(p.texts().contains("1990"), p.texts().toString());
    }
}
