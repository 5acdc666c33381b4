package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.ItemBox;
import org.parley.layout.LaneMode;
import org.parley.layout.LegendEntries;
import org.parley.layout.RowGeometry;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.EventKind;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

class LegendPainterTest {

    @Test
    void listsEveryKindInItsColour() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 900, LegendEntries.ALL);
        for (EventKind k : EventKind.values()) {
            assertTrue(p.texts().contains(k.label()), k.label());
            assertTrue(p.ops.stream().anyMatch(o -> o.name().startsWith("fill") && o.colour().equals(Theme.LIGHT.kind(k))),
                    "no mark in the colour of " + k);
        }
        assertTrue(p.texts().contains(LegendPainter.SOFT_LABEL));
        assertTrue(p.texts().contains(LegendPainter.INFERRED_LABEL) && p.texts().contains(InferredMark.GLYPH),
                "the key says what the cards' mark for an inferred day or place means: " + p.texts());
    }

    /** A figure of the meetings alone had a key of nine kinds, eight of them drawn nowhere in it. */
    @Test
    void listsOnlyWhatIsDrawn() {
        LegendEntries meetings = new LegendEntries(EnumSet.of(EventKind.MEETING), false, true, false);
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 900, meetings);
        assertEquals(List.of(EventKind.MEETING.label(), ModalityStyle.LEGEND_LABEL), p.texts());
        assertFalse(p.texts().contains(LegendPainter.SOFT_LABEL), "no date known roughly among them");
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(900, meetings), 0.01, "one row, not two");
        assertEquals(0, LegendPainter.height(900, LegendEntries.NONE), "nothing drawn, no key");
    }

    /** Seen from far away: what a strip and its shade stand for, and no kind, since no kind's mark is drawn. */
    @Test
    void aKeyOfDensityStripsSaysWhatAStripAndItsShadeStandFor() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 1280, LegendEntries.strips(true, true));
        assertEquals(List.of(LegendPainter.STRIP_LABEL, LegendPainter.ROUGH_STRIP_LABEL, LegendPainter.SCALE_LABEL),
                p.texts());
        List<Double> alphas = p.ops.stream().filter(o -> o.name().equals("fillRect") && o.colour() != null
                && o.colour().withAlpha(1).equals(Theme.LIGHT.selection().withAlpha(1))).map(o -> o.colour().a()).toList();
        assertTrue(alphas.size() > 2 && alphas.equals(alphas.stream().sorted().toList()) && alphas.get(0) < alphas.get(alphas.size() - 1),
                "the swatch goes from light to deep in the strips' colour: " + alphas);
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(1280, LegendEntries.strips(true, true)), 0.01,
                "both on one row at 1280 px");
        assertEquals(List.of(LegendPainter.STRIP_LABEL, LegendPainter.SCALE_LABEL), labelsOf(LegendEntries.strips(true, false)));
    }

    /**
     * The key says what a pale and a dark strip count, as drawn: it had said only "darker where more", so a
     * dark strip of three events a month read as one of three hundred a day. Still one row at 1280 px.
     */
    @Test
    void aKeyOfDensityStripsSaysWhatThePalestAndTheDarkestCount() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 1280, LegendEntries.strips(true, true),
                new DensityScale(1240, 6 * 3_600_000d));
        assertEquals(List.of(LegendPainter.STRIP_LABEL, LegendPainter.ROUGH_STRIP_LABEL,
                "Shade counts the events in each 6 hours: palest 1, darkest 1,240"), p.texts(),
                "every entry whole");
        p.named("text").forEach(o -> assertTrue(o.x() + o.w() <= 1280, o + " within the key"));
        assertEquals("Shade counts the events in each 3 days or so: palest 1, darkest 87",
                new DensityScale(87, 2.5 * 86_400_000d).text());
        assertEquals("day", DensityScale.stretch(86_400_000d));
        assertEquals("3 months or so", DensityScale.stretch(100 * 86_400_000d));
    }

    /** A picture of 20,000 generated events over 24 years: its key counts the shades of the strips it draws. */
    @Test
    void aPictureOfDensityStripsKeysTheFullestCellItDraws() {
        Dataset data = SyntheticDataAccess.dataset(20_000);
        TimelineLayout layout = TimelineLayout.of(data.events(),
                LaneMode.TRACK, ZoneOffset.UTC, Function.identity(),
                false, RowGeometry.DENSE);
        TimelineScene scene = TimelineScene.wholeRange(layout, 1280, ZoneOffset.UTC,
                id -> data.event(id).orElse(null), new Decorations(null, null, true, true));
        assertTrue(layout.geometry().dense(), "drawn as strips");
        int most = layout.visible(scene.scale(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).stream()
                .mapToInt(ItemBox::count).max().orElseThrow();
        RecordingPainter p = new RecordingPainter();
        new TimelinePainter().paint(p, scene, Theme.LIGHT);
        String said = p.texts().stream().filter(t -> t.startsWith("Shade counts the events in each")).findFirst()
                .orElseThrow(() -> new AssertionError("no scale in the key: " + p.texts()));
        assertTrue(said.endsWith("palest 1, darkest " + String.format(Locale.ROOT, "%,d", most)), said);
        assertTrue(said.contains(DensityScale.stretch(4 * scene.scale().millisPerPixel())), said);
    }

    private static List<String> labelsOf(LegendEntries entries) {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 1600, entries);
        return p.texts();
    }

    @Test
    void entriesStayInsideTheHeightItPromises() {
        for (double width : new double[] {300, 900, 1600, 3840}) {
            RecordingPainter p = new RecordingPainter();
            LegendPainter.paint(p, Theme.DARK, 0, 0, width, LegendEntries.ALL);
            double h = LegendPainter.height(width, LegendEntries.ALL);
            p.named("text").forEach(o -> assertTrue(o.y() <= h && o.x() + o.w() <= width, o + " outside " + width));
            RecordingPainter strips = new RecordingPainter();
            LegendPainter.paint(strips, Theme.DARK, 0, 0, width, LegendEntries.strips(true, true));
            double sh = LegendPainter.height(width, LegendEntries.strips(true, true));
            strips.named("text").forEach(o -> assertTrue(o.y() <= sh && o.x() + o.w() <= width, o + " outside " + width));
        }
        assertEquals(LegendPainter.ROW_HEIGHT + 6, LegendPainter.height(3840, LegendEntries.ALL), 0.01);
    }
}
