package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.layout.ContextBand;
import org.parley.layout.XRange;
import org.parley.model.Dataset;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

class ContextBandPainterTest {

    @Test
    void drawsFiveYearTicksTheBackgroundTheWeekAndTheWindow() throws Exception {
        Dataset data = BundledSeeds.dataset();
        double width = 1600;
        ContextBand band = new ContextBand(width - TimelineMetrics.GUTTER, ZoneId.of("UTC"));
        TimelineScene week = WeekScenes.week(data, width, 700, null, java.util.Set.of());
        RecordingPainter p = new RecordingPainter();
        ContextBandPainter.paint(p, Theme.LIGHT, band, ZoneId.of("UTC"), band.marks(data.events()),
                id -> data.event(id).orElse(null), week.scale(), 600, width);
        for (int year = 1990; year <= 2020; year += 5) {
            assertTrue(p.texts().contains(Integer.toString(year)), "no " + year);
        }
        assertTrue(p.ops.stream().anyMatch(o -> o.colour().equals(Theme.LIGHT.highlight()) && o.name().equals("fillRect")),
                "the week is not marked");
        XRange window = band.window(week.scale(), ContextBandPainter.MIN_WINDOW_WIDTH);
        assertTrue(p.named("strokeRect").stream().anyMatch(o -> o.colour().equals(Theme.LIGHT.selection())
                && Math.abs(o.x() - TimelineMetrics.GUTTER - window.x0()) < 0.01), "the window is not drawn");
        long backgroundMarks = data.events().stream().filter(e -> e.track() == org.parley.model.Track.BACKGROUND).count();
        // Day-dated events are 20-px ticks, rougher ones 12-px soft ranges, both in the band's middle.
        long drawn = p.ops.stream().filter(o -> (o.name().equals("line") && o.h() == 20)
                || (o.name().equals("fillRect") && o.y() == 600 + 22 && o.h() == 12)).count();
        assertTrue(drawn >= backgroundMarks, drawn + " marks for " + backgroundMarks + " background events");
    }
}
