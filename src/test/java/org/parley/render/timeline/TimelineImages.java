package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.seed.BundledSeeds;

/** Renders the fitted week to PNGs in the temp folder, for a person to look at; the files are not kept. */
class TimelineImages {

    @Test
    void writesTheWeekInLightAndDark() throws Exception {
        Dataset data = BundledSeeds.dataset();
        String selected = data.eventsInNarrativeOrder().stream().filter(e -> e.title().startsWith("NATO–Russia Council meets"))
                .findFirst().orElseThrow().id();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            BufferedImage image = new BufferedImage(1600, 700, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            TimelineScene scene = WeekScenes.week(data, 1600, 700 - ContextBandPainter.HEIGHT - LegendPainter.height(1600),
                    selected, Set.of());
            Java2DPainter p = new Java2DPainter(g);
            new TimelinePainter().paint(p, scene, theme);
            LegendPainter.paint(p, theme, 0, scene.height(), 1600);
            org.parley.layout.ContextBand band = new org.parley.layout.ContextBand(1600 - TimelineMetrics.GUTTER,
                    WeekScenes.BRUSSELS);
            ContextBandPainter.paint(p, theme, band, WeekScenes.BRUSSELS, band.marks(data.events()),
                    id -> data.event(id).orElse(null), scene.scale(), 700 - ContextBandPainter.HEIGHT, 1600);
            g.dispose();
            Path out = Path.of(System.getProperty("java.io.tmpdir"), "timeline-" + theme.name() + ".png");
            ImageIO.write(image, "png", out.toFile());
            assertTrue(Files.size(out) > 10_000);
        }
    }

    @Test
    void writesTheWeekByActor() throws Exception {
        Dataset data = BundledSeeds.dataset();
        BufferedImage image = new BufferedImage(1600, 700, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        new TimelinePainter().paint(new Java2DPainter(g),
                WeekScenes.week(data, org.parley.layout.LaneMode.ACTOR, 1600, 700, null, Set.of()), Theme.LIGHT);
        g.dispose();
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "timeline-actor.png");
        ImageIO.write(image, "png", out.toFile());
        assertTrue(Files.size(out) > 10_000);
    }
}
