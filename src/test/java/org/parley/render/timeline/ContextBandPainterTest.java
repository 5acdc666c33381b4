package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.layout.BandMark;
import org.parley.layout.ContextBand;
import org.parley.layout.TimeScale;
import org.parley.layout.XRange;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Track;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

class ContextBandPainterTest {

    @Test
    void drawsFiveYearTicksTheBackgroundTheWeekAndTheWindow() throws Exception {
        Dataset data = BundledSeeds.dataset();
        double width = 1600;
        ContextBand band = ContextBand.of(data, width - TimelineMetrics.GUTTER, ZoneId.of("UTC"));
        TimelineScene week = WeekScenes.week(data, width, 700, null, Set.of());
        RecordingPainter p = new RecordingPainter();
        ContextBandPainter.paint(p, Theme.LIGHT, band, ZoneId.of("UTC"), band.marks(data.events()), week.scale(), 600,
                width);
        for (int year = 1990; year <= 2020; year += 5) {
            assertTrue(p.texts().contains(Integer.toString(year)), "no " + year);
        }
        assertTrue(p.texts().contains("1990 – 2022"), p.texts().toString());
        assertTrue(p.texts().contains("focus"), p.texts().toString());
        assertTrue(p.ops.stream().anyMatch(o -> o.colour().equals(Theme.LIGHT.highlight()) && o.name().equals("fillRect")),
                "the week is not marked");
        XRange window = band.window(week.scale(), ContextBandPainter.MIN_WINDOW_WIDTH);
        assertTrue(p.named("strokeRect").stream().anyMatch(o -> o.colour().equals(Theme.LIGHT.selection())
                && Math.abs(o.x() - TimelineMetrics.GUTTER - window.x0()) < 0.01), "the window is not drawn");
        long backgroundMarks = data.events().stream().filter(e -> e.track() == Track.BACKGROUND).count();
        // Day-dated events are 20-px ticks, rougher ones 12-px soft ranges, both in the band's middle.
        long drawn = p.ops.stream().filter(o -> (o.name().equals("line") && o.h() == 20)
                || (o.name().equals("fillRect") && o.y() == 600 + 22 && o.h() == 12)).count();
        // Marks that would paint the same pixels are drawn once (ContextBandTest), so a few share.
        assertEquals(band.marks(data.events()).size(), drawn);
        assertTrue(drawn >= backgroundMarks / 2 && drawn <= backgroundMarks,
                drawn + " marks for " + backgroundMarks + " background events");
        // Each in its event's colour, though the painter sets a colour only when the kind changes.
        for (BandMark m : band.marks(data.events())) {
            if (m.isRange()) {
                continue;
            }
            Event e = data.event(m.eventId()).orElseThrow();
            assertTrue(p.named("line").stream().anyMatch(o -> o.h() == 20
                    && Math.abs(o.x() - TimelineMetrics.GUTTER - m.centre()) < 0.01
                    && o.colour().equals(Theme.LIGHT.kind(e.kind()))), "the tick of " + m.eventId());
        }
    }

    @Test
    void aDatasetOfOtherYearsHasABandOfItsOwnYearsAndNoMarkWithoutAFocus() {
        ContextBand band = new ContextBand(1000, ZoneId.of("UTC"),
                new DateRange(LocalDate.of(1815, 6, 18), LocalDate.of(1914, 6, 28)), null);
        RecordingPainter p = new RecordingPainter();
        TimeScale main = TimeScale.fit(LocalDate.of(1900, 1, 1).atStartOfDay(ZoneId.of("UTC")).toInstant(),
                LocalDate.of(1901, 1, 1).atStartOfDay(ZoneId.of("UTC")).toInstant(), 1000, 0);
        ContextBandPainter.paint(p, Theme.LIGHT, band, ZoneId.of("UTC"), List.of(), main, 0,
                1000 + TimelineMetrics.GUTTER);
        assertTrue(p.texts().contains("1815 – 1914"), p.texts().toString());
        assertTrue(p.texts().contains("1900"), p.texts().toString());
        assertFalse(p.texts().stream().anyMatch(t -> t.equals("focus") || t.equals("2020") || t.equals("1990")),
                p.texts().toString());
        // Not a label for each of 100 years in 1,000 px: one every five at most.
        long labels = p.texts().stream().filter(t -> t.matches("\\d{4}")).count();
        assertTrue(labels >= 5 && labels <= 21, labels + " year labels: " + p.texts());
    }
}
